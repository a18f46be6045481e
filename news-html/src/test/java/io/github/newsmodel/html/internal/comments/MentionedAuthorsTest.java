package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "@Bernd" at the start of a comment in a flat list answers Bernd's latest comment ({@link MentionedAuthors}). */
class MentionedAuthorsTest {

  private static Comment by(String id, String name) {
    return Comment.builder().id(id).author(Author.of(name)).addBody(Paragraph.of("Text.")).build();
  }

  private static MentionedAuthors after(Comment... earlier) {
    MentionedAuthors m = new MentionedAuthors();
    for (Comment c : earlier) {
      m.add(c);
    }
    return m;
  }

  private static String parent(MentionedAuthors m, String text) {
    return m.parent(List.of(Paragraph.of(text))).orElse("-");
  }

  @Test
  void anAtAndAnEarlierAuthorsNameAnswerThatAuthorsLatestComment() {
    MentionedAuthors m = after(by("1", "Bernd"), by("2", "Bernd Müller"), by("3", "Bernd"), by("4", "Rolf B."));

    assertThat(parent(m, "@Bernd Müller: nein.")).as("the longest name").isEqualTo("2");
    assertThat(parent(m, "@Bernd nein.")).as("the latest of Bernd's").isEqualTo("3");
    assertThat(parent(m, "@ Bernd, nein.")).isEqualTo("3");
    assertThat(parent(m, "@bernd: nein.")).isEqualTo("3");
    assertThat(parent(m, "@Bernd")).isEqualTo("3");
    assertThat(parent(m, "@Rolf B. Und noch etwas.")).isEqualTo("4");
    assertThat(parent(m, "@Rolf B.")).isEqualTo("4");
  }

  @Test
  void noEarlierAuthorOfTheNameOrNoAtAnswersNoOne() {
    MentionedAuthors m = after(by("1", "Bernd"), by("2", "Clara"));

    assertThat(parent(m, "@Gustav: nein.")).isEqualTo("-");
    assertThat(parent(m, "@Berndt nein.")).as("a longer word is another name").isEqualTo("-");
    assertThat(parent(m, "Clara: genau.")).as("no @: a text may open with any word and a colon").isEqualTo("-");
    assertThat(parent(m, "Ich stimme @Clara zu.")).isEqualTo("-");
    assertThat(parent(new MentionedAuthors(), "@Clara ja.")).isEqualTo("-");
  }
}
