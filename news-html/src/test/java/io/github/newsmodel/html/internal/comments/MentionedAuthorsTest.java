package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "@Bernd" at the start of a comment answers Bernd's latest comment, and so does "Bernd:" in a flat list ({@link
 * MentionedAuthors}).
 */
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
    return m.parent(List.of(Paragraph.of(text)), false, Optional.empty()).orElse("-");
  }

  /** In a flat list: a name and a colon count too. */
  private static String flat(MentionedAuthors m, String text) {
    return m.parent(List.of(Paragraph.of(text)), true, Optional.empty()).orElse("-");
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
    assertThat(parent(m, "Clara: genau.")).as("no @ where the page nests replies").isEqualTo("-");
    assertThat(parent(m, "Ich stimme @Clara zu.")).isEqualTo("-");
    assertThat(parent(new MentionedAuthors(), "@Clara ja.")).isEqualTo("-");
  }

  @Test
  void inAFlatListAnEarlierAuthorsNameAndAColonAnswerThatAuthorsLatestComment() {
    MentionedAuthors m = after(by("1", "Bernd"), by("2", "Bernd Müller"), by("3", "Bernd"), by("4", "Note"));

    assertThat(flat(m, "Bernd: nein.")).isEqualTo("3");
    assertThat(flat(m, "bernd müller: nein.")).isEqualTo("2");
    assertThat(flat(m, "@Bernd nein.")).isEqualTo("3");
    assertThat(flat(m, "Bernd:")).isEqualTo("3");
  }

  @Test
  void aColonAfterAnythingButAnEarlierAuthorsWholeNameAnswersNoOne() {
    MentionedAuthors m = after(by("1", "Bernd"), by("2", "Clara"));

    assertThat(flat(m, "Note: Bernd was right.")).as("an ordinary sentence").isEqualTo("-");
    assertThat(flat(m, "Bernd and Clara: both wrong.")).as("not the whole of what precedes").isEqualTo("-");
    assertThat(flat(m, "Bernd:Clara")).as("no space after the colon").isEqualTo("-");
    assertThat(flat(m, "Bernd ist da. Später: ja.")).isEqualTo("-");
    assertThat(flat(m, "Gustav: nein.")).isEqualTo("-");
  }

  @Test
  void aCommentAnswersNoCommentOfItsOwnAuthor() {
    MentionedAuthors m = after(by("1", "Bernd"), by("2", "Clara"));

    assertThat(m.parent(List.of(Paragraph.of("Bernd: mein Nachtrag.")), true, Optional.of(Author.of("Bernd"))))
        .isEmpty();
    assertThat(m.parent(List.of(Paragraph.of("@Clara ja.")), true, Optional.of(Author.of("Bernd"))))
        .hasValue("2");
  }
}
