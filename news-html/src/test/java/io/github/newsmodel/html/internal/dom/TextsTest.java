package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void readsMarkupInAStringAsTheTextItShows() {
    assertThat(Texts.withoutMarkup("<p>First <b>bold</b> words.</p><p>Second.</p>")).isEqualTo(
        "First bold words. Second.");
    assertThat(Texts.withoutMarkup("Cut short and<a class=\"excerpt-read-more\" href=\"/s\">Read More</a>"))
        .isEqualTo("Cut short and");
    assertThat(Texts.withoutMarkup("<The Palace: Tale of Jang Noksu> opens at <Jeongdong>"))
        .isEqualTo("<The Palace: Tale of Jang Noksu> opens at <Jeongdong>");
    assertThat(Texts.withoutMarkup("a < b and c > d")).isEqualTo("a < b and c > d");
  }

  @Test
  void endTagsAloneAreNoMarkupButLeaveTheEnds() {
    // what a split at "</p><p>" leaves of a paragraph
    assertThat(Texts.withoutMarkup("Really.</p>")).isEqualTo("Really.");
    assertThat(Texts.withoutMarkup("</div> Really. </p> </div>")).isEqualTo("Really.");
    // a reader who writes tags as words: parsed as HTML, all after "<!--" would go
    assertThat(Texts.withoutMarkup("Thanks. </script> <!-- it holds markup"))
        .isEqualTo("Thanks. </script> <!-- it holds markup");
    assertThat(Texts.withoutMarkup("</nonsense> stays")).isEqualTo("</nonsense> stays");
  }

  @Test
  void normalisesWhiteSpaceOfEveryKind() {
    assertThat(Texts.normalise("  a\u00a0\u00a0b\t\n c\u200bd\u3000 ")).isEqualTo("a b c d");
    assertThat(Texts.normalise("soft\u00adhyphen")).isEqualTo("softhyphen");
    assertThat(Texts.normalise(" \u2007 ")).isEmpty();
  }

  @Test
  void aClassOfSpacesHoldsJustTheCharactersOfItsRegex() {
    Pattern all = Pattern.compile("[\\s\\h\\u200b]");
    Pattern below = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]");
    Texts.Spaces noBreakSpaces = Texts.Spaces.of(c -> below.matcher(String.valueOf((char) c)).matches());
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      assertThat(Texts.ALL_SPACES.test((char) c)).as("U+%04X", c).isEqualTo(all.matcher(s).matches());
      assertThat(noBreakSpaces.test((char) c)).as("U+%04X", c).isEqualTo(below.matcher(s).matches());
    }
  }

  @Test
  void everyCharacterIsVisibleOrNotAsTheRegexSays() {
    Pattern invisible = Pattern.compile("[\\u00ad\\u2060\\ufeff\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f]");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b";
      String expected = invisible.matcher(s).replaceAll("");
      assertThat(Texts.visible(s)).as("U+%04X", c).isEqualTo(expected);
      assertThat(Texts.visibleCollapsed(s, Texts.ALL_SPACES)).as("U+%04X", c)
          .isEqualTo(Texts.collapse(expected, Texts.ALL_SPACES));
    }
  }

  @Test
  void digitsAreTheDigitsOfEveryScript() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "ab" + (char) c;
      assertThat(Texts.hasDigit(text)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
    }
  }

  @Test
  void collapsesRunsAsTheRegexesDid() {
    Pattern all = Pattern.compile("[\\s\\h\\u200b]+");
    Pattern noBreak = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    Texts.Spaces noBreakSpaces = Texts.Spaces.of(c -> c <= ' ' ? Texts.isRegexSpace((char) c) : c == '\u00a0'
        || c == '\u2007' || c == '\u202f');
    RandomNames.forEach(20_000, s -> {
      assertThat(Texts.collapse(s, Texts.ALL_SPACES)).as("'%s'", s).isEqualTo(all.matcher(s).replaceAll(" "));
      assertThat(Texts.collapse(s, noBreakSpaces)).as("'%s'", s).isEqualTo(noBreak.matcher(s).replaceAll(" "));
    });
  }

  @Test
  void appendsCollapsedTextUnlessItMakesTheTextTooLong() {
    RandomNames.forEach(20_000, s -> {
      String collapsed = Texts.collapse(s, Texts.ALL_SPACES);
      for (String before : new String[] {"", "by "}) {
        for (int limit : new int[] {0, 3, 8, 40}) {
          StringBuilder out = new StringBuilder(before);
          boolean tooLong = Texts.appendCollapsed(out, s, Texts.ALL_SPACES, limit);
          assertThat(tooLong).as("'%s' after '%s' within %s", s, before, limit)
              .isEqualTo(before.length() + collapsed.length() > limit);
          if (!tooLong) {
            assertThat(out.toString()).isEqualTo(before + collapsed);
          }
        }
      }
    });
  }

  @Test
  void splitsTokensAsTrimAndTheRegexDid() {
    RandomNames.forEach(20_000, s -> {
      String t = s.trim();
      String[] expected = t.isEmpty() ? new String[0] : t.split("\\s+");
      assertThat(Texts.tokens(s)).as("'%s'", s).containsExactly(expected);
    });
    assertThat(Texts.tokens("\u0001post  entry\t")).containsExactly("post", "entry");
  }

  @Test
  void keepsTheSameStringWhenThereIsNothingToCollapse() {
    String text = "one two three";
    assertThat(Texts.collapse(text, Texts.ALL_SPACES)).isSameAs(text);
  }

  @Test
  void readsTheTextOfAnElementsPartsApartWhereItsElementsMeet() {
    Element byline = Jsoup.parseBodyFragment("<p class=meta><a href=/p/1><span>Beitrag</span></a><span>von"
        + " <b><a href=/u/jroe>jroe</a></b> » </span>21.01.2009</p>").selectFirst("p");

    assertThat(Texts.partsText(byline, 100)).hasValue("Beitrag von jroe » 21.01.2009");
    assertThat(Texts.shortText(byline, 100)).as("as a browser joins inline elements")
        .hasValue("Beitragvon jroe » 21.01.2009");
    assertThat(Texts.partsText(byline, 10)).as("too long").isEmpty();
  }

  /**
   * A heading whose lines the page sets in elements of their own, one right after the other, reads with a space
   * between them; words that an inline element marks within a run of text stay as they stand.
   */
  @Test
  void readsAHeadingsPartsApartWhereOneElementFollowsAnotherWithNothingBetween() {
    Element heading = Jsoup.parseBodyFragment("<h1><span class=pf-title>Krach vor der Versammlung:</span>"
        + "<span class=blue>Es knirscht im Verein</span></h1>").selectFirst("h1");
    Element inline = Jsoup.parseBodyFragment("<h1><em>Star Wars</em>'s return, <b>now</b><i>!</i></h1>")
        .selectFirst("h1");

    assertThat(Texts.headingText(heading, 100)).hasValue("Krach vor der Versammlung: Es knirscht im Verein");
    assertThat(Texts.shortText(heading, 100)).as("as a browser joins inline elements")
        .hasValue("Krach vor der Versammlung:Es knirscht im Verein");
    assertThat(Texts.headingText(inline, 100)).as("text between the elements").hasValue("Star Wars's return, now !");
    assertThat(Texts.headingText(heading, 20)).as("too long").isEmpty();
  }

  @Test
  void readsOnlyTheOpeningOfALongElement() {
    Element paragraph = Jsoup.parseBodyFragment("<div><p><b>27.1.2022</b>  \u2013 Bei der Erinnerung an die"
        + " Verfolgten</p><p>Zweiter Absatz, der nicht mehr gelesen wird.</p></div>").selectFirst("div");

    assertThat(Texts.opening(paragraph, 12)).as("cut where white space stands").isEqualTo("27.1.2022 \u2013");
    assertThat(Texts.opening(paragraph, 60)).as("a block starts on a line of its own")
        .isEqualTo("27.1.2022 \u2013 Bei der Erinnerung an die Verfolgten Zweiter");
    assertThat(Texts.opening(paragraph, 200)).isEqualTo("27.1.2022 \u2013 Bei der Erinnerung an die Verfolgten"
        + " Zweiter Absatz, der nicht mehr gelesen wird.");
  }

  /**
   * A {@code <details>} box's summary, which jsoup counts inline, starts a line of its own, and text right after a
   * block's end is not run into the block's last word; inline elements still join as a browser joins them.
   */
  @Test
  void aSummaryAndTheTextAfterABlockStandApart() {
    Element details = Jsoup.parseBodyFragment("<details class=\"date\"><summary>12:40 BST, 3 May 2024</summary>"
        + "First published on Thu 2 May 2024 09.15 BST</details>").selectFirst("details");
    Element line = Jsoup.parseBodyFragment("<div><dl><dt>Published</dt><dd>3 May 2024</dd></dl>9:15 <b>BST</b>"
        + "<i>x</i></div>").selectFirst("div");

    assertThat(Texts.shortText(details, 100))
        .hasValue("12:40 BST, 3 May 2024 First published on Thu 2 May 2024 09.15 BST");
    assertThat(Texts.opening(details, 100)).isEqualTo("12:40 BST, 3 May 2024 First published on Thu 2 May 2024"
        + " 09.15 BST");
    assertThat(Texts.shortText(line, 100)).hasValue("Published 3 May 2024 9:15 BSTx");
  }

  @Test
  void theWordsOutsideSomeTagsKeepTheWordsOfTheOthersApart() {
    Element line = Jsoup.parseBodyFragment("<div><b>Posted:</b> Mon Mar 06, 2006<span>10:05 pm</span>"
        + "<a href=\"#p1\">Re: <i>ferry</i></a></div>").body().child(0);

    assertThat(Texts.normalise(Texts.outside(line, Set.of("a", "b")))).isEqualTo("Mon Mar 06, 2006 10:05 pm");
    assertThat(Texts.normalise(Texts.outside(line, Set.of()))).isEqualTo("Posted: Mon Mar 06, 2006 10:05 pm Re: ferry");
  }
}
