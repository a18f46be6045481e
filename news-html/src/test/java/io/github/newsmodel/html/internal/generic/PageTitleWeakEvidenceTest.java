package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The headline of pages whose headings and declared titles agree little or not at all: an {@code <h1>} that only
 * shares the section's word with the title, a title that names only the site, an {@code og:title} of the site's
 * name, a title that signs the headline with the site's name and a colon.
 */
class PageTitleWeakEvidenceTest {
  private static final String URL = "https://www.harbourtimes.example/news/2024/05/03/storm";
  private static final String TEXT = "<p>The storm that reached the coast on Tuesday night closed the harbour for three"
      + " days, the port authority said on Wednesday.</p><p>Ferries to the islands were cancelled.</p>";

  private static Optional<String> title(String html) {
    return GenericExtractor.extract(Jsoup.parse(html, URL), URI.create(URL), Optional.empty(), Optional.empty())
        .title();
  }

  /**
   * A federation's page titled by its sections alone, "Canoeing - News - Canoeing | Federation", shares only the
   * section's word with the article's {@code <h2>} and with a sidebar box's {@code <h1>}; the box heads logos, the
   * {@code <h2>} the text.
   */
  @Test
  void anH1ThatOnlySharesTheSectionsWordAndHeadsNoTextGivesWayToTheHeadingOfTheText() {
    String page = """
        <title>Canoeing - News - Canoeing | Example Canoe Federation</title>
        <div id="content"><div id="col_2"><div class="csc-default">
        <h2>Licences for canoeing can now be ordered online</h2>
        <div class="newsSingleHeader"><b>Canoeing</b><br>01.02.2022</div>""" + TEXT + """
        </div></div><div id="col_3"><div class="csc-default"><h1>Quicklinks</h1><a href="/results">Results</a></div>
        <div class="csc-default"><h1>Our partners - Canoeing</h1><table><tr><td><a href="https://partner.example/">
        <img src="/partner.png"></a></td></tr></table></div>
        <div class="csc-default"><h1>Book hotels and do good</h1><p>Every booking made through the button below
        gives a part of its price to the federation's young athletes.</p></div></div></div>""";

    assertThat(title(page)).hasValue("Licences for canoeing can now be ordered online");
    assertThat(title(page.replace("<h1>Book hotels and do good</h1>", "")))
        .as("the box's <h1> heads the text after it").hasValue("Our partners - Canoeing");
  }

  /** An {@code <h1>} rephrased from the title heads the text below its standfirst, and stays the headline. */
  @Test
  void anH1ThatOnlySharesAWordAndHeadsTheTextBelowItsStandfirstStays() {
    assertThat(title("<title>Harbour closed for three days after storm | Harbour Times</title>"
        + "<h1>Storm shuts the harbour</h1><h2>Ferries to the islands cancelled, harbour closed until the weekend"
        + "</h2>" + TEXT)).hasValue("Storm shuts the harbour");
  }

  /**
   * A theme that sets the site's name in the {@code <h1>} and the post's headline in an {@code <h2>}, under a title
   * of the site's name, shows the headline in the first {@code <h2>}, when that heads the text; a teaser's, a link
   * to another page, is no headline.
   */
  @Test
  void aTitleOfTheSitesNameAloneGivesWayToTheFirstLowerHeadingWhenItHeadsTheText() {
    String page = "<title>Harbour Times</title><header><h1>Harbour Times</h1></header><article>"
        + "<h2>Storm closes harbour for three days</h2>" + TEXT + "</article><aside><h2>Most read</h2><ul>"
        + "<li><a href=/a>Council approves new ferry timetable</a></li></ul></aside>";

    assertThat(title(page)).hasValue("Storm closes harbour for three days");
    assertThat(title(page.replace("<h1>Harbour Times</h1>", ""))).as("without an <h1>")
        .hasValue("Storm closes harbour for three days");
    assertThat(title(page.replace("<h2>Storm closes harbour for three days</h2>",
        "<h2><a href=/news/storm>Storm closes harbour for three days</a></h2>"))).as("a teaser's heading")
        .hasValue("Harbour Times");
    assertThat(title(page.replace("<h2>Storm closes harbour for three days</h2>",
        "<h2><a href=" + URL + ">Storm closes harbour for three days</a></h2>"))).as("a link to the page itself")
        .hasValue("Storm closes harbour for three days");
  }

  @Test
  void aKickerIsNoPartOfAnH1UnderATitleOfTheSitesName() {
    assertThat(title("<title>Harbour Times</title><h1><span class=kicker>Weather</span> Storm closes harbour for"
        + " three days</h1>" + TEXT)).hasValue("Storm closes harbour for three days");
  }

  /**
   * An {@code og:title} that is the site's name, beside a {@code <title>} that holds it as a part of its own after the
   * headline, gives way to that title; a title that a page also declares as its site's name, and that no other title
   * shows as a part of its own, is the article's.
   */
  @Test
  void anOgTitleOfTheSitesNameGivesWayToATitleOfMore() {
    assertThat(title("<title>Storm closes harbour for three days | Harbour Times</title>"
        + "<meta property=og:title content='Harbour Times'>" + TEXT)).as("a name that spells the host")
        .hasValue("Storm closes harbour for three days");
    assertThat(title("<title>Storm closes harbour for three days | Coastal Herald</title>"
        + "<meta property=og:title content='Coastal Herald'>" + TEXT)).as("a part of the <title> of its own")
        .hasValue("Storm closes harbour for three days");
    assertThat(title("<title>Harbour Times in 2015 - Annual Report</title>"
        + "<meta property=og:title content=\"The Harbour Times's 2015 Annual Report\">"
        + "<meta property=og:site_name content=\"The Harbour Times's 2015 Annual Report\">" + TEXT))
        .as("a site's name that is the page's title").hasValue("The Harbour Times's 2015 Annual Report");
  }

  @Test
  void theSitesNameBeforeAColonIsNoPartOfAHeadlineThatNoHeadingShows() {
    assertThat(title("<title>Harbour Times: Storm closes harbour for three days</title>" + TEXT))
        .hasValue("Storm closes harbour for three days");
    assertThat(title("<title>Harbour Times: Storm</title>" + TEXT)).as("a headline of one word")
        .hasValue("Harbour Times: Storm");
    assertThat(title("<title>Ferry: Storm closes harbour for three days</title>" + TEXT))
        .as("a topic before the colon").hasValue("Ferry: Storm closes harbour for three days");
  }

  @Test
  void aHeadingsLinesInElementsOfTheirOwnReadWithASpaceBetween() {
    assertThat(title("<title>Harbour Times</title><h1><span class=top>Krach vor der Versammlung:</span><span"
        + " class=main>Es knirscht im Verein</span></h1>" + TEXT))
        .hasValue("Krach vor der Versammlung: Es knirscht im Verein");
  }
}
