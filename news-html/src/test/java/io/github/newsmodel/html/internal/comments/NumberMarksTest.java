package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The number a page prints at the head of a comment, in no element named so ({@link NumberMarks}). */
class NumberMarksTest {

  private static Element comment(String html) {
    return Jsoup.parse("<div class=comment>" + html + "</div>").selectFirst("div.comment");
  }

  private static Set<Element> none() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  @Test
  void aMarkAloneAsTheCommentsFirstTextHeadsIt() {
    for (String mark : List.of("#12", "# 12", "12.", "Kommentar 12", "Comment #12", "Beitrag Nr. 12", "#12:")) {
      Element c = comment("<div class=head><strong>" + mark + "</strong> <span class=author>Ann</span></div>"
          + "<div class=comment-text><p>Yes.</p></div>");
      Element heading = NumberMarks.heading(c, c.selectFirst("div.comment-text"), none());

      assertThat(heading).as(mark).isSameAs(c.selectFirst("strong"));
      assertThat(NumberMarks.number(heading)).as(mark).hasValue(12);
    }
  }

  @Test
  void aWordedMarkAndTheAuthorInOneLineGiveTheNumberAndTheName() {
    for (String line : List.of("Kommentar 12 von Ann Berger", "Comment #12 by Ann Berger",
        "Beitrag Nr. 12 von Ann Berger", "Commentaire 12 par Ann Berger")) {
      Element c = comment("<div class=head>" + line + "</div><div class=comment-text><p>Yes.</p></div>");
      Element heading = NumberMarks.heading(c, c.selectFirst("div.comment-text"), none());

      assertThat(heading).as(line).isSameAs(c.selectFirst("div.head"));
      assertThat(NumberMarks.number(heading)).as(line).hasValue(12);
      assertThat(NumberMarks.name(heading)).as(line).hasValue("Ann Berger");
    }
    Element alone = comment("<div class=head>Kommentar 12</div><div class=comment-text><p>Yes.</p></div>");
    assertThat(NumberMarks.name(NumberMarks.heading(alone, alone.selectFirst("div.comment-text"), none()))).isEmpty();
  }

  @Test
  void aWordedMarkBeforeOtherWordsHeadsNoComment() {
    for (String line : List.of("Kommentar 12 ist falsch", "Comment 12 was right", "Kommentar 12 von")) {
      Element c = comment("<div class=head>" + line + "</div><div class=comment-text><p>Yes.</p></div>");

      assertThat(NumberMarks.heading(c, c.selectFirst("div.comment-text"), none())).as(line).isNull();
    }
  }

  @Test
  void noMarkHeadsACommentWhenItsFirstTextIsMoreOrInItsText() {
    Element withName = comment("<div class=head>#12 Ann</div><div class=comment-text><p>Yes.</p></div>");
    Element inText = comment("<div class=comment-text><p>#3</p><p>No, read it again.</p></div>");
    Element later = comment("<span class=author>Ann</span> <strong>#12</strong><p class=comment-text>Yes.</p>");
    Element count = comment("<span class=likes>12</span><p class=comment-text>Yes.</p>");
    Element only = comment("<p>Comment 3.</p>");

    assertThat(NumberMarks.heading(withName, withName.selectFirst("div.comment-text"), none())).isNull();
    assertThat(NumberMarks.heading(inText, inText.selectFirst("div.comment-text"), none()))
        .as("a reader answers so, naming the comment answered").isNull();
    assertThat(NumberMarks.heading(later, later.selectFirst("p.comment-text"), none())).isNull();
    assertThat(NumberMarks.heading(count, count.selectFirst("p.comment-text"), none())).isNull();
    assertThat(NumberMarks.heading(only, null, none())).as("all that a reader wrote").isNull();
  }

  /** The walk for the first text stops at a reply nested in the comment: the reply's number is its own. */
  @Test
  void aNestedRepliesMarkIsNotItsParents() {
    Element c = comment("<div class=comment id=r><strong>#2</strong><p class=comment-text>Reply.</p></div>"
        + "<p class=comment-text>Parent.</p>");
    Set<Element> others = none();
    others.add(c.selectFirst("#r"));

    assertThat(NumberMarks.heading(c, null, others)).isNull();
  }

  @Test
  void aWordedMarkAsTheTextsFirstParagraphIsTheNumberButABareOneIsTheReaders() {
    List<Block> worded = List.of(Paragraph.of("Kommentar 12"), Paragraph.of("Stimmt."));
    List<Block> bare = List.of(Paragraph.of("#3"), Paragraph.of("Stimmt nicht."));
    List<Block> alone = List.of(Paragraph.of("Kommentar 12"));

    assertThat(NumberMarks.opening(worded)).hasValue(new NumberMarks.Opening(12, Optional.empty()));
    assertThat(NumberMarks.opening(bare)).isEmpty();
    assertThat(NumberMarks.opening(alone)).as("the only paragraph is the text").isEmpty();
  }

  /** The header printed as the text's first line, "Kommentar 12 von Ann", gives the number and the name. */
  @Test
  void aWordedMarkAndANameAsTheTextsFirstParagraphAreTheNumberAndTheName() {
    for (String line : List.of("Kommentar 12 von Ann Berger", "Comment #12 by Ann Berger",
        "Beitrag Nr. 12 von Ann Berger", "Commentaire 12 par Ann Berger")) {
      List<Block> body = List.of(Paragraph.of(line), Paragraph.of("Stimmt."));

      assertThat(NumberMarks.opening(body)).as(line)
          .hasValue(new NumberMarks.Opening(12, Optional.of("Ann Berger")));
    }
  }

  /** A reader's sentence that names another comment opens the text, and is no header. */
  @Test
  void aSentenceAfterAWordedMarkIsNoOpeningMark() {
    for (String line : List.of("Kommentar 12 von Ann ist falsch.", "Comment 12 by Ann is right!",
        "Kommentar 12 von Ann war wohl doch nicht so gemeint", "Kommentar 12 ist falsch", "Kommentar 12 von")) {
      List<Block> body = List.of(Paragraph.of(line), Paragraph.of("Stimmt."));

      assertThat(NumberMarks.opening(body)).as(line).isEmpty();
    }
  }

  @Test
  void aMarkBeforeTheNameIsTheNumberAndNoPartOfTheName() {
    assertThat(NumberMarks.beforeName("4. Dora")).hasValue(4);
    assertThat(NumberMarks.beforeName("#5 Emil")).hasValue(5);
    assertThat(NumberMarks.beforeName("Dora")).isEmpty();
    assertThat(NumberMarks.beforeName("4 Dora")).isEmpty();
    assertThat(NumberMarks.withoutMark("4. Dora")).isEqualTo("Dora");
    assertThat(NumberMarks.withoutMark("#5 Emil")).isEqualTo("Emil");
    assertThat(NumberMarks.withoutMark("2Pac")).isEqualTo("2Pac");
    assertThat(NumberMarks.withoutMark("88181 (Profil gelöscht)")).isEqualTo("88181 (Profil gelöscht)");
  }

  @Test
  void aMarkBeforeTheTimeInTheDateLineIsTheNumber() {
    assertThat(NumberMarks.beforeTime("#12 \u00a0—\u00a0 vor 8 Stunden")).hasValue(12);
    assertThat(NumberMarks.beforeTime("#3 | 02.05.2024, 09:12")).hasValue(3);
    assertThat(NumberMarks.beforeTime("#1.1 — vor 8 Stunden")).as("a reply's place in its thread").isEmpty();
    assertThat(NumberMarks.beforeTime("02.05.2024 — #3")).isEmpty();
    assertThat(NumberMarks.beforeTime("#3 vor 8 Stunden")).isEmpty();
  }

  /** "#1.1" before the time is a reply's place under comment #1; a number alone or a date is no place. */
  @Test
  void aDottedMarkBeforeTheTimeInTheDateLineIsAReplysPlace() {
    assertThat(NumberMarks.placeBeforeTime("#1.1 \u00a0—\u00a0 vor 8 Stunden")).hasValue("1.1");
    assertThat(NumberMarks.placeBeforeTime("#2.10.3 | 02.05.2024, 09:12")).hasValue("2.10.3");
    assertThat(NumberMarks.placeBeforeTime("#12 — vor 8 Stunden")).isEmpty();
    assertThat(NumberMarks.placeBeforeTime("#1.1 vor 8 Stunden")).isEmpty();
    assertThat(NumberMarks.placeBeforeTime("02.05.2024 — #1.1")).isEmpty();
  }
}
