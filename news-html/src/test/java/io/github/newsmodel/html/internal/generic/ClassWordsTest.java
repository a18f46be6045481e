package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassWordsTest {
  private static final ClassWords BYLINES = new ClassWords(List.of("byline", "author"), List.of("author"),
      List.of("authorit"));

  @Test
  void aWalkOverAPageMarksWhatEachElementMarks() {
    List<Element> all = Jsoup.parse("""
        <div class="Post-Byline">Jane</div><div class="post-byline">John</div><div class="post-byline">Max</div>
        <p id="author-1">A</p><p class="authority">B</p><p class="authority" id="author">C</p><p>D</p>
        <span class="text">E</span><span class="text">F</span>""").body().getAllElements();
    ClassWords.Walk walk = BYLINES.walk();
    assertThat(all).extracting(walk::marks).containsExactlyElementsOf(all.stream().map(BYLINES::marks).toList())
        .containsExactly(false, true, true, true, true, false, true, false, false, false);
  }
}
