package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberingTest {
  @Test
  void numbersEqualStringsAlikeInTheOrderTheyCome() {
    Numbering numbering = new Numbering();

    assertThat(numbering.number("post")).isEqualTo(1);
    assertThat(numbering.number("comment")).isEqualTo(2);
    assertThat(numbering.number(new String("post"))).isEqualTo(1);
    assertThat(numbering.size()).isEqualTo(2);
  }

  @Test
  void keepsItsNumbersAsItGrows() {
    Numbering numbering = new Numbering();
    Map<String, Integer> expected = new HashMap<>();

    // Far more strings than the table starts with room for, many of them alike but for their last character.
    for (int i = 0; i < 5000; i++) {
      String key = "comment-" + (i % 3000);
      int number = numbering.number(key);
      assertThat(number).isEqualTo(expected.computeIfAbsent(key, k -> expected.size() + 1));
    }
    assertThat(numbering.size()).isEqualTo(3000);
  }

  @Test
  void aNumberingMadeForFewStringsNumbersManyAlike() {
    // A small page's numbering starts with room for few strings, and grows as the strings come.
    for (int expected : new int[] {0, 1, 7, 8, 9, 64}) {
      Numbering numbering = new Numbering(expected);
      for (int i = 0; i < 300; i++) {
        assertThat(numbering.number("c" + i)).as("%s expected", expected).isEqualTo(i + 1);
      }
      for (int i = 0; i < 300; i++) {
        assertThat(numbering.number(new String("c" + i))).isEqualTo(i + 1);
      }
      assertThat(numbering.size()).isEqualTo(300);
    }
  }
}
