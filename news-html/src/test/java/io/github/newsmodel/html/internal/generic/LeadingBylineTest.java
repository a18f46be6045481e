package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadingBylineTest {
  private static final Paragraph TEXT = Paragraph.of("The ferry to the island runs every hour from Monday.");

  @Test
  void aFirstParagraphThatIsTheArticlesBylineIsLeftOut() {
    assertThat(LeadingByline.without(List.of(Paragraph.of("von Daniela Obers"), TEXT),
        List.of(Author.of("Daniela Obers")), Optional.empty())).containsExactly(TEXT);
    assertThat(LeadingByline.without(List.of(Paragraph.of("posted by timothy on Monday August 02, 2010 @06:41PM\n"
        + "from the all-aboard-the-api dept."), TEXT), List.of(Author.of("timothy")), Optional.of("Slashdot")))
        .containsExactly(TEXT);
    assertThat(LeadingByline.without(List.of(Paragraph.of("Von Deutscher Tennis Bund 4. 2. 2022."), TEXT),
        List.of(), Optional.of("Deutscher Tennis Bund"))).as("the site's own byline").containsExactly(TEXT);
  }

  @Test
  void aFirstParagraphThatSaysMoreOrNamesAnotherStays() {
    List<Block> monday = List.of(Paragraph.of("By Monday, the ferry ran again."), TEXT);
    assertThat(LeadingByline.without(monday, List.of(Author.of("Jane Roe")), Optional.of("Harbour News")))
        .isEqualTo(monday);
    List<Block> other = List.of(Paragraph.of("By John Doe"), TEXT);
    assertThat(LeadingByline.without(other, List.of(Author.of("Jane Roe")), Optional.empty())).isEqualTo(other);
    List<Block> unlabelled = List.of(Paragraph.of("Jane Roe"), TEXT);
    assertThat(LeadingByline.without(unlabelled, List.of(Author.of("Jane Roe")), Optional.empty()))
        .isEqualTo(unlabelled);
    assertThat(LeadingByline.without(List.of(), List.of(Author.of("Jane Roe")), Optional.empty())).isEmpty();
  }
}
