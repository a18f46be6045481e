package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BylineNamesTest {
  /** A personal blog's: named after its owner, whose name alone a byline then reads as the site's. */
  private static final Set<String> SITE = Set.of("Mira Sandberg", "sandberg.example");
  private static final List<String> BYLINES = List.of("By Jane Roe, John Doe and Max Mustermann",
      "Von Anna Schmid | 3. August 2019", "Example News", "Jane Roe, London", "jroe (Jane Roe)", "",
      "Posted by admin on August 3, 2019", "Redaktion Example News", "Par Jeanne Dupont et Paul Martin",
      "Mira Sandberg", "Von Mira Sandberg und Jonas Beck");

  /** Each byline gives what {@link AuthorNames#of} gives with the site's names, the first time and again. */
  @Test
  void givesWhatTheBylineReadAloneGivesEachTime() {
    BylineNames names = new BylineNames(SITE);
    for (int round = 0; round < 2; round++) {
      for (String byline : BYLINES) {
        assertThat(names.of(byline)).as(byline).isEqualTo(AuthorNames.of(byline, SITE));
      }
    }
    assertThat(names.of("Mira Sandberg")).as("the site's name").isEmpty();
    assertThat(names.site()).isSameAs(SITE);
  }

  /** The names are shared by every step that reads the byline: none may change them for the others. */
  @Test
  void givesNamesThatNoStepCanChange() {
    BylineNames names = new BylineNames(SITE);
    List<String> read = names.of("By Jane Roe and John Doe");
    assertThat(read).containsExactly("Jane Roe", "John Doe");
    assertThatThrownBy(() -> read.add("Max Mustermann")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(names.of("By Jane Roe and John Doe")).containsExactly("Jane Roe", "John Doe");
  }
}
