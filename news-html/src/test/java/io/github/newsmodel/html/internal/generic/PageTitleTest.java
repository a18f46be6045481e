package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How the headline is chosen among the {@code <h1>}s and the declared titles. */
class PageTitleTest {
  private static final URI URL = URI.create("https://www.stadtanzeiger.example/kultur/geburtstag");

  private static Optional<String> title(String html) {
    Article article = GenericExtractor.extract(Jsoup.parse(html, URL.toString()), URL, Optional.empty(),
        Optional.empty());
    return article.title();
  }

  @Test
  void aKickerInABlockOfItsOwnAtTheStartOfTheHeadingIsNotPartOfTheHeadline() {
    String head = "<title>100. Geburtstag: Die Malerin Erika Brandt wird 100 Jahre alt</title>";

    assertThat(title(head + "<h1><div class=topic-label>100. Geburtstag</div> Die Malerin Erika Brandt wird 100 Jahre"
        + " alt</h1>")).hasValue("Die Malerin Erika Brandt wird 100 Jahre alt");
    assertThat(title(head + "<h1><span class=h1small>100. Geburtstag</span> Die Malerin Erika Brandt wird 100 Jahre"
        + " alt</h1>")).hasValue("Die Malerin Erika Brandt wird 100 Jahre alt");
  }

  @Test
  void anInlineElementAtTheStartOfTheHeadingIsPartOfTheHeadline() {
    assertThat(title("<title>Die Zauberflöte kehrt zurück</title><h1><em>Die Zauberflöte</em> kehrt zurück"
        + " ins Stadttheater</h1>")).hasValue("Die Zauberflöte kehrt zurück ins Stadttheater");
  }

  @Test
  void aHeadingThatHoldsTheSitesLogoIsNotTheHeadline() {
    assertThat(title("""
        <title>Warum die Rente ein Streitfall bleibt | Stadtanzeiger - Analyse Meinung Kritik</title>
        <meta property="og:site_name" content="Stadtanzeiger - Analyse Meinung Kritik">
        <h1 class="logo logo-interne">Meinung</h1>
        <h2 class="title">Warum die Rente ein Streitfall bleibt</h2>"""))
        .hasValue("Warum die Rente ein Streitfall bleibt");
  }

  /**
   * Movable Type and TypePad print "Blog: Post" in the {@code <title>}, the blog's name in the {@code <h1>} and the
   * post's headline in an {@code <h3>}. A title whose name before the colon the page shows as anything else keeps
   * it.
   */
  @Test
  void aLowerHeadingThatShowsATitleAfterTheSitesNameAndAColonIsTheHeadline() {
    String html = """
        <title>Stadtanzeiger Notizen: Die Linde am Markt wird gefällt</title>
        <h1 id="banner-header"><a href="https://www.stadtanzeiger.example/notizen/">Stadtanzeiger Notizen</a></h1>
        <h2 class="date-header">14. April 2007</h2>
        <h3 class="entry-header">Die Linde am Markt wird gefällt</h3>
        <p>Der Gemeinderat hat gestern beschlossen, die Linde am Markt zu fällen.</p>""";

    assertThat(title(html)).hasValue("Die Linde am Markt wird gefällt");
    assertThat(title(html.replace("Stadtanzeiger Notizen", "Lindenauer Notizen"))).as("a name that is not the host's")
        .hasValue("Die Linde am Markt wird gefällt");
    assertThat(title(html.replace("<h1 id=\"banner-header\"><a href=\"https://www.stadtanzeiger.example/notizen/\">"
        + "Stadtanzeiger Notizen</a></h1>", ""))).as("nothing shows the name before the colon as the site's")
        .hasValue("Stadtanzeiger Notizen: Die Linde am Markt wird gefällt");
  }

  /** A home page's title that the clean-up would leave as "Home" stays as the page declares it. */
  /**
   * A theme that sets the site's logo as an image in the {@code <h1>} puts the headline in an {@code <h2>}; when the
   * title names only the site, the page's one {@code <h2>} is the headline.
   */
  @Test
  void theOneLowerHeadingOfAPageWhoseH1IsAnImageLogoAndWhoseTitleNamesTheSite() {
    String page = """
        <title>Stadtanzeiger</title><meta property="og:site_name" content="Stadtanzeiger">
        <body><header><h1><a href="/" class="custom-logo-link" rel="home"><img src="/logo.png"></a></h1></header>
        <div class="posttitlein"><h2>Der neue Trend: Koalitionen aus Pflicht</h2></div>
        <p>Die Wahlen zeigen, dass die Parteien sich ihre Partner nicht mehr aussuchen können.</p></body>""";

    assertThat(title(page)).hasValue("Der neue Trend: Koalitionen aus Pflicht");
    assertThat(title(page.replace("</h2></div>", "</h2></div><h2>Weitere Artikel</h2>")))
        .as("two <h2>s: which is the headline is not known").hasValue("Stadtanzeiger");
  }

  @Test
  void aHomePagesTitleIsNotCutToHome() {
    assertThat(title("<title>Stadtanzeiger Lindenau - Home</title><nav><a href=/>Home</a></nav>"
        + "<div class=teaser><h2><a href=/a>Der Rat tagt</a></h2></div>")).hasValue("Stadtanzeiger Lindenau - Home");
  }

  @Test
  void withoutAHeadingAnElementThatItsClassCallsTheTitleShowsTheHeadline() {
    String html = """
        <title>Die Linde am Markt - Stadtgeschichte - Heimatverein Lindenau</title>
        <div id="page-title">Die Linde am Markt</div>
        <div class="post-title-list"><div class="post-title">Der Brunnen im Park</div></div>""";

    assertThat(title(html)).hasValue("Die Linde am Markt");
    assertThat(title(html.replace("page-title", "intro"))).as("the other title-classed element does not agree")
        .hasValue("Die Linde am Markt - Stadtgeschichte");
  }

  @Test
  void theSitesNameIsTakenFromATitleThatJoinsItWithoutSpaces() {
    assertThat(title("""
        <title>STADT LEICHT|Das neue Freibad öffnet im Juni</title>
        <meta property="og:site_name" content="STADT LEICHT">"""))
        .hasValue("Das neue Freibad öffnet im Juni");
  }

  @Test
  void anH1ThatOnlySharesAWordWithTheTitleGivesWayToAnH2ThatShowsIt() {
    assertThat(title("""
        <title>Betriebsrente (bAV) - Wann lohnt sie sich? - Stadtanzeiger</title>
        <meta property="og:title" content="Mit dem Chef für die Betriebsrente sparen">
        <h1>Betriebsrente</h1>
        <h2>Mit dem Chef für die Betriebsrente sparen</h2>"""))
        .hasValue("Mit dem Chef für die Betriebsrente sparen");
    assertThat(title("""
        <title>Heimatverein Lindenau - Neuigkeiten » Die Feste des letzten Sommers</title>
        <h1>Neuigkeiten</h1>
        <div class="left"><h2>Die Feste des letzten Sommers</h2></div>""")).as("the story that ends a path of titles")
        .hasValue("Die Feste des letzten Sommers");
  }

  @Test
  void anH1AtTheEndOfTheBreadcrumbsGivesWayToAnH2ThatAgreesBetter() {
    String html = """
        <title>Verkehr: Sperrung in der Altstadt</title>
        <meta property="og:title" content="Die Brücke am Markt bleibt bis Mai gesperrt">
        <ol class="site-breadcrumb"><li><a href="/">Start</a></li><li><h1>Verkehr: Sperrung in der Altstadt</h1></li></ol>
        <article><h2>Die Brücke am Markt bleibt bis Mai gesperrt</h2><p>Die Stadt saniert die Brücke.</p></article>""";

    assertThat(title(html)).hasValue("Die Brücke am Markt bleibt bis Mai gesperrt");
    assertThat(title(html.replace("site-breadcrumb", "site-path"))).as("an <h1> that agrees with a declared title")
        .hasValue("Verkehr: Sperrung in der Altstadt");
    assertThat(title(html.replace("<ol class=\"site-breadcrumb\">", "<ol>").replace("<h1>",
        "<h1 class=\"breadcrumb-item\">"))).as("the last link of the breadcrumbs itself")
        .hasValue("Die Brücke am Markt bleibt bis Mai gesperrt");
  }

  @Test
  void anH1AtTheEndOfTheBreadcrumbsGivesWayToAHeadlineElementThatAgreesBetter() {
    String html = """
        <title>Mietrecht: Was Vermieter wissen müssen | Stadtanzeiger</title>
        <ul id="breadcrumb"><li><a href="/">Start</a></li><li><h1>Mietrecht: Was Vermieter wissen müssen</h1></li></ul>
        <article itemscope itemtype="http://schema.org/Article">
        <div class="article-head" itemprop="headline"><span class="highline">Mietrecht</span>
        Was Vermieter über die Rechte ihrer Mieter wissen müssen</div>
        <p>Die wichtigsten Fragen und Antworten.</p></article>""";

    assertThat(title(html)).hasValue("Was Vermieter über die Rechte ihrer Mieter wissen müssen");
    assertThat(title(html.replace("id=\"breadcrumb\"", "id=\"path\""))).as("an <h1> outside the breadcrumbs")
        .hasValue("Mietrecht: Was Vermieter wissen müssen");
    assertThat(title(html.replace("<title>", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
        + " \"headline\": \"Mietrecht: Was Vermieter wissen müssen\"}</script><title>")))
        .as("an <h1> that shows the JSON-LD headline agrees as well").hasValue("Mietrecht: Was Vermieter wissen müssen");
  }

  @Test
  void aHeadlineElementAboveTheH1ThatShowsItAndMoreIsTheHeadlineInFull() {
    String head = "<title>Mieten oder kaufen » Der Vergleich | Stadtanzeiger</title>";
    String stage = """
        <header class="stage"><div class="stage-headlines">
        <p class="stage-headline">Mieten oder kaufen – was rechnet sich eher?</p>
        <p class="stage-subline">Kosten, Vorteile, Nachteile</p></div></header>""";
    String text = "<article><h1>Mieten oder kaufen</h1><p>Wer eine Wohnung sucht, hat die Wahl.</p>";

    assertThat(title(head + stage + text + "</article>")).hasValue("Mieten oder kaufen – was rechnet sich eher?");
    assertThat(title(head + stage.replace("stage-head", "stage-top") + text + "</article>"))
        .as("no element that its class calls the headline").hasValue("Mieten oder kaufen");
    assertThat(title(head + text + stage + "</article>")).as("below the <h1>: a teaser")
        .hasValue("Mieten oder kaufen");
    assertThat(title(head + stage.replace("was rechnet sich eher?", "Stadtanzeiger") + text + "</article>"))
        .as("the site's name after the <h1>'s text").hasValue("Mieten oder kaufen");
    String teaser = "<p class=\"stage-headline\">Mieten oder kaufen – was rechnet sich eher?</p>";
    assertThat(title(head + "<a href=\"/ratgeber/rechner\">" + teaser + "</a>" + text + "</article>"))
        .as("a teaser's link to another page").hasValue("Mieten oder kaufen");
    assertThat(title(head + "<nav class=\"top-stories\">" + teaser + "</nav>" + text + "</article>"))
        .as("a teaser in the navigation").hasValue("Mieten oder kaufen");
  }

  @Test
  void anH1ThatALinkToThePageItselfShowsNamesThePageWhenTheTitleNamesTheSite() {
    String html = """
        <title>Ausflüge an Rhein und Ruhr</title>
        <div class="path">Sie sind hier: <a href="/">Start</a> » <a href="/kultur">Kultur</a>
        » <a href="/kultur/geburtstag">Altstadt-Nord</a></div>
        <h1>Altstadt-Nord</h1><p>Das Viertel liegt nördlich des Bahnhofs.</p>""";

    assertThat(title(html)).hasValue("Altstadt-Nord");
    assertThat(title(html.replace("\"/kultur/geburtstag\"", "\"http://stadtanzeiger.example/kultur/geburtstag/\"")))
        .as("spelt without www. and with a slash")
        .hasValue("Altstadt-Nord");
    assertThat(title(html.replace("/kultur/geburtstag", "/kultur/altstadt-nord"))).as("a link to another page")
        .hasValue("Ausflüge an Rhein und Ruhr");
    assertThat(title(html.replace("/kultur/geburtstag", "#altstadt"))).as("a link to a place on the page")
        .hasValue("Ausflüge an Rhein und Ruhr");
  }

  /**
   * A page of thousands of {@code <h1>}s and thousands of links, none to the page itself: the links are read once,
   * not once for each {@code <h1>} (the product took minutes).
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void manyH1sAndManyLinksTakeTimeInProportion() {
    StringBuilder html = new StringBuilder("<title>Ausflüge an Rhein und Ruhr</title>");
    for (int i = 0; i < 20_000; i++) {
      html.append("<h1>Abschnitt ").append(i).append("</h1>");
    }
    for (int i = 0; i < 20_000; i++) {
      html.append("<a href=\"/seite-").append(i).append("\">Seite ").append(i).append("</a>");
    }

    assertThat(title(html.toString())).hasValue("Ausflüge an Rhein und Ruhr");
  }

  @Test
  void twoDeclaredTitlesWithTopicsOfTheirOwnBeforeAColonShareTheHeadlineAfterIt() {
    String html = """
        <title>Stadtanzeiger | Vorschauen: Der Leuchtturm von Westerby</title>
        <meta property="og:title" content="Ein Licht im Sturm?: Der Leuchtturm von Westerby">
        <div id="article"><span class="title">Der Leuchtturm von Westerby</span>
        <span class="subtitle">Ein Licht im Sturm?</span><p>Das Spiel erscheint im April.</p></div>""";

    assertThat(title(html)).hasValue("Der Leuchtturm von Westerby");
    assertThat(title(html.replace("Ein Licht im Sturm?:", "Vorschauen:"))).as("the same topic")
        .hasValue("Vorschauen: Der Leuchtturm von Westerby");
    assertThat(title(html.replace("Ein Licht im Sturm?: Der", "Ein Licht im Sturm?: Ein"))).as("another headline")
        .hasValue("Ein Licht im Sturm?: Ein Leuchtturm von Westerby");
  }

  @Test
  void aLowerHeadingShowsTheStoryAfterTheBannersNameAndTwoHyphens() {
    String html = """
        <title>Wort der Woche --schwadronieren</title>
        <h2><a href="/wort-der-woche/">Wort der Woche</a></h2>
        <h3>schwadronieren</h3><p>Bedeutung: wortreich und prahlerisch reden.</p>""";

    assertThat(title(html)).hasValue("schwadronieren");
    assertThat(title(html.replace("--", ": "))).as("after a colon").hasValue("schwadronieren");
    assertThat(title(html.replace("/wort-der-woche/", "/kultur/geburtstag"))).as("an <h2> that links to the page")
        .hasValue("Wort der Woche --schwadronieren");
  }

  @Test
  void aDateBeforeTheHeadlineIsNoPartOfIt() {
    assertThat(title("""
        <title>23.01.2022 - Die Stadt saniert die Brücke am Markt - Stadtanzeiger</title>
        <h1>23.01.2022 - Die Stadt saniert die Brücke am Markt</h1><p>Die Arbeiten dauern bis Mai.</p>"""))
        .hasValue("Die Stadt saniert die Brücke am Markt");
  }

  @Test
  void anOrnamentBeforeAHeadingIsNoPartOfTheHeadline() {
    assertThat(title("<title>stadtanzeiger.example // » Erika Brandt</title><h1></h1><h2>[> Erika Brandt</h2>"))
        .hasValue("Erika Brandt");
  }

  @Test
  void aTitleThatOnlyNamesTheSiteOrItsHomePageGivesWayToTheHeading() {
    assertThat(title("<title>Stadtanzeiger</title><h1>Willkommen im neuen Rathaus!</h1>"))
        .hasValue("Willkommen im neuen Rathaus!");
    assertThat(title("<title>Home</title><main><h1>Zeit, Abschied zu nehmen.</h1></main>"))
        .hasValue("Zeit, Abschied zu nehmen.");
    assertThat(title("<title>Stadtanzeiger Zukunft</title><h1>Über uns</h1>")).as("more than the site's name")
        .hasValue("Stadtanzeiger Zukunft");
    assertThat(title("<title>Home</title>")).as("without a heading").hasValue("Home");
  }

  /**
   * A title that is the site's name with an article before it, or its name spelt as its host's labels are, or as the
   * logo's link home shows it, was taken for the headline and the {@code <h1>} passed over.
   */
  @Test
  void aTitleThatNamesTheSiteWithAnArticleOrAsItsHostsLabelsOrItsLogoGivesWayToTheHeading() {
    String h1 = "<h1>Council approves new bridge over the river</h1><p>The city council voted on Thursday evening"
        + " to approve a new pedestrian bridge across the river, ending a debate of four years.</p>";

    assertThat(title("https://www.dailyplanet.example/2024/05/03/bridge", "<title>The Daily Planet</title>" + h1))
        .hasValue("Council approves new bridge over the river");
    assertThat(title("https://www.zeit.de/politik/bridge", "<title>Die Zeit</title>" + h1))
        .hasValue("Council approves new bridge over the river");
    assertThat(title("https://www.independent.co.uk/news/bridge", "<title>The Independent</title>" + h1))
        .as("the site's label before a generic one").hasValue("Council approves new bridge over the river");
    assertThat(title("https://news.bbc.co.uk/2/hi/bridge", "<title>BBC News</title>" + h1))
        .as("the site's label and its section's").hasValue("Council approves new bridge over the river");
    assertThat(title("https://www.planet-news.example/2024/05/03/bridge", "<title>The Daily Planet</title>"
        + "<header><a href=/ class=logo>The Daily Planet</a></header>" + h1))
        .as("the logo's link home").hasValue("Council approves new bridge over the river");
    assertThat(title("https://www.planet-news.example/2024/05/03/bridge", "<title>The Daily Planet</title>" + h1))
        .as("nothing says it names the site").hasValue("The Daily Planet");
    assertThat(title("https://www.zeit.de/politik/bridge", "<title>Die Zeitenwende</title>" + h1))
        .as("more than the site's name").hasValue("Die Zeitenwende");
    assertThat(title("https://news.bbc.co.uk/2/hi/bridge", "<title>BBC News Night</title>" + h1))
        .as("more than the site's name").hasValue("BBC News Night");
  }

  private static Optional<String> title(String url, String html) {
    URI uri = URI.create(url);
    return GenericExtractor.extract(Jsoup.parse(html, url), uri, Optional.empty(), Optional.empty()).title();
  }

  @Test
  void thePartOfAHeadingThatItsClassCallsTheHeadlineIsTheHeadline() {
    String html = """
        <meta property="og:title" content="Freibad am See">
        <meta name="title" content="Das Freibad am See öffnet schon im Mai">
        <h2><span class="article-subline">Freibad am See</span>
        <span class="article-headline">Das Freibad am See öffnet schon im Mai</span></h2>""";

    assertThat(title(html)).as("the social card shows the kicker")
        .hasValue("Das Freibad am See öffnet schon im Mai");
    assertThat(title("""
        <meta name="twitter:title" content="Bäder – Sommer: Das Freibad am See öffnet schon im Mai">
        <h1><span class="topic">Bäder – Sommer</span><span class="hidden">: </span>
        <span class="headline">Das Freibad am See öffnet schon im Mai</span></h1>""")).as("a title that joins both")
        .hasValue("Das Freibad am See öffnet schon im Mai");
    assertThat(title("""
        <title>Das Freibad am See öffnet im Mai</title>
        <h1><a href="/baeder/freibad">Das Freibad am See öffnet im Mai</a></h1>
        <h2 itemprop="headline"><span class="topline">Bäder</span>
        <span class="headline">Das Freibad am See öffnet schon Anfang Mai</span></h2>""")).as("its own microdata")
        .hasValue("Das Freibad am See öffnet im Mai");
  }

  @Test
  void anH1ThatOnlyNamesASectionGivesWayToAnH2ThatATitleHolds() {
    String html = """
        <title>Stadtanzeiger | Kultur | Literatur | 30.11. | Buch der Woche - Die Chronik von Lindenau</title>
        <h1 class="section">Literatur</h1>
        <h2>30.11. | Buch der Woche</h2>""";

    assertThat(title(html)).hasValue("30.11. | Buch der Woche");
    assertThat(title(html.replace("30.11. | Buch der Woche</h2>", "Woche</h2>"))).as("a word is no story")
        .hasValue("Literatur");
  }

  @Test
  void withoutAHeadingATitleOfManyPartsIsCutToTheStoryWhenAPartAtItsEndNamesTheSite() {
    assertThat(title("<title>Leserkreis Stadtanzeiger Lindenau - Die Linde am Markt wird gefällt - Lokales - News"
        + "</title><p>Die Linde am Markt ist alt.</p>")).hasValue("Die Linde am Markt wird gefällt");
    assertThat(title("<title>Leserkreis Lindenau - Die Linde am Markt wird gefällt - Lokales - News</title>"))
        .as("no part names the site").hasValue("Leserkreis Lindenau - Die Linde am Markt wird gefällt - Lokales");
    assertThat(title("<title>Leserkreis Stadtanzeiger Lindenau - Die Linde am Markt wird gefällt - Lokales</title>"
        + "<h1>Die Linde am Markt wird gefällt - Lokales</h1>")).as("a heading shows the title")
        .hasValue("Die Linde am Markt wird gefällt - Lokales");
  }

  @Test
  void aHeadingThatIsTheStoryPartOfATitleShowsItWhole() {
    assertThat(title("""
        <title>stadtanzeiger.example - Lokales - Die Linde am Markt wird gefällt</title>
        <h1>Lokales | Eintrag</h1>
        <h2>Die Linde am Markt wird gefällt</h2><p>Die Linde ist alt.</p>"""))
        .hasValue("Die Linde am Markt wird gefällt");
  }

  @Test
  void withoutAnH1TheOneH2ThatSharesAWordWithTheTitleIsTheHeadline() {
    assertThat(title("<title>Heimatverein Lindenau - Chronik</title><h2>Die Chronik der Linde</h2><p>Alt.</p>"))
        .hasValue("Die Chronik der Linde");
    assertThat(title("<title>Heimatverein Lindenau - Chronik</title><h2>Die Chronik der Linde</h2><p>Alt.</p>"
        + "<h2>Termine</h2>")).as("one of several").hasValue("Heimatverein Lindenau - Chronik");
    assertThat(title("<title>Heimatverein Lindenau --Chronik</title><h2>Heimatverein Lindenau</h2><p>Alt.</p>"))
        .as("a part of the title, the site's name").hasValue("Heimatverein Lindenau --Chronik");
  }
}
