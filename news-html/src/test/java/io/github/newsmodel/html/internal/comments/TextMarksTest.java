package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextMarksTest {
  @Test
  void findsANumberSignOnlyAfterWhiteSpace() {
    assertThat(NumberedComments.startsWithNumberSign("#1 Ann")).isTrue();
    assertThat(NumberedComments.startsWithNumberSign(" \n\t# 12 Ann")).isTrue();
    assertThat(NumberedComments.startsWithNumberSign("\u2003#5")).isTrue(); // an em space is white space
    assertThat(NumberedComments.startsWithNumberSign("\u00a0#5")).isFalse(); // a no-break space is not
    assertThat(NumberedComments.startsWithNumberSign("  a #1")).isFalse();
    assertThat(NumberedComments.startsWithNumberSign("  ##1")).isFalse();
    assertThat(NumberedComments.startsWithNumberSign(" # x")).isFalse();
    assertThat(NumberedComments.startsWithNumberSign(" #")).isFalse();
    assertThat(NumberedComments.startsWithNumberSign("Post #1")).isFalse();
    assertThat(NumberedComments.startsWithNumberSign("   ")).isFalse();
    assertThat(NumberedComments.startsWithNumberSign("")).isFalse();
  }

  @Test
  void whiteSpaceIsToldAsCharacterTellsIt() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(NumberedComments.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
    }
  }

  @Test
  void readsNumberSignsAndNoticesInTheSameElements() {
    TextMarks both = read("<div>\n <p>An article.</p>\n <div><b>x</b>\n #3 Ann</div>"
        + "<p>Comments are <a href=x>x</a>closed.</p></div>", true, true);
    assertThat(both.numbered).isTrue();
    assertThat(both.closed).isTrue();
    TextMarks oneElement = read("<p>\n#3 Comments are closed.</p>", true, true);
    assertThat(oneElement.numbered).isTrue();
    assertThat(oneElement.closed).isTrue();
    TextMarks numbersOnly = read("<p>\n#3 Comments are closed.</p>", true, false);
    assertThat(numbersOnly.numbered).isTrue();
    assertThat(numbersOnly.closed).isFalse();
  }

  @Test
  void aLongTextIsNoNoticeButMayStillNumber() {
    TextMarks marks = read("<p>Comments are closed. " + "More words. ".repeat(20) + "<b>x</b> #4 Ann</p>", true,
        true);
    assertThat(marks.closed).isFalse();
    assertThat(marks.numbered).isTrue();
    assertThat(read("<p>Nothing here.</p><div class=nocomments></div>", true, true).closed).isTrue();
  }

  @Test
  void readsEveryNoticeOfTheRegexButNoTextWithoutOne() {
    for (String notice : new String[] {"Comments are closed.", "COMMENTING IS CLOSED", "Comments have been disabled",
        "Kommentare sind geschlossen", "Die Kommentarfunktion ist deaktiviert", "Les commentaires sont fermés",
        "Commenti chiusi", "Los comentarios están cerrados", "Kommentointi on suljettu",
        "No new comments can be posted.",
        // the regex reads case as Unicode does, where the long s is an s, the dotless and the dotted i an i, and
        // the Kelvin sign a k
        "Comments are clo\u017fed", "Comments have been d\u0131sabled", "Commenti ch\u0130usi",
        "Kommentare sind dea\u212ativiert", "\u201cComments are closed\u201d"}) {
      assertThat(read("<span>" + notice + "</span>", false, true).closed).as(notice).isTrue();
    }
    for (String text : new String[] {"5 Comments", "Leave a comment", "Government", "Comments are open",
        "The government\u2019s comments", "Les commentaires sont ouverts \u00e0 tous", "d\u00e9sabled comments"}) {
      assertThat(read("<span>" + text + "</span>", false, true).closed).as(text).isFalse();
    }
  }

  @Test
  void onlyFourCharactersBeyondAsciiMatchAnAsciiLetterIgnoringCase() {
    // what TextMarks.asciiLetter relies on: the regex's letter x matches c when toLowerCase(toUpperCase(c)) is x
    List<String> folding = new ArrayList<>();
    for (int c = 128; c <= Character.MAX_CODE_POINT; c++) {
      int folded = Character.toLowerCase(Character.toUpperCase(c));
      if (folded < 128 || Character.toLowerCase(c) < 128 || Character.toUpperCase(c) < 128) {
        folding.add(Integer.toHexString(c));
      }
    }
    assertThat(folding).containsExactly("130", "131", "17f", "212a");
  }

  private static TextMarks read(String body, boolean numbers, boolean notices) {
    PageElements elements = PageElements.of(Jsoup.parse(body).body());
    return TextMarks.read(elements, 0, elements.all().size(), numbers, notices);
  }
}
