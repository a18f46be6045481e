package io.github.newsmodel.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page read from a file resolves its relative links against the address a browser marked it as saved from, or else
 * the canonical URL it declares.
 */
class SavedPageTest {
  private static final URI FILE = URI.create("file:///home/you/saved/allofmp3.html");

  @Test
  void aSavedPageKeepsTheLinksItHoldsAsTheServedPageDoes() {
    String page = Pages.text("afterdawn-allofmp3-ifpi-raid.html");
    Article served = HtmlArticles.parse(page, Pages.ALLOFMP3);
    Article saved = HtmlArticles.parse(page, FILE);

    assertThat(saved.body()).isEqualTo(served.body());
    assertThat(saved.body()).first().isInstanceOf(Image.class); // its src is relative
    assertThat(saved.comments()).isEqualTo(served.comments());
    assertThat(saved.url()).isEmpty(); // where it was served from is still unknown
    assertThat(saved.canonicalUrl()).isEqualTo(served.canonicalUrl());
  }

  @Test
  void aRelativeBaseIsReadAgainstTheCanonicalUrl() {
    Article article = HtmlArticles.parse(page("<base href=\"../media/\">"), FILE);

    assertThat(article.images()).extracting(Image::url)
        .containsExactly(URI.create("https://news.example.org/2024/media/harbour.jpg"));
  }

  @Test
  void anAbsoluteBaseStands() {
    Article article = HtmlArticles.parse(page("<base href=\"https://cdn.example.net/a/\">"), FILE);

    assertThat(article.images()).extracting(Image::url)
        .containsExactly(URI.create("https://cdn.example.net/a/harbour.jpg"));
  }

  @Test
  void withoutACanonicalUrlNoLinkIsMadeUp() {
    Article article = HtmlArticles.parse(page("").replace("<link rel=\"canonical\" "
        + "href=\"https://news.example.org/2024/harbour/\">", ""), FILE);

    assertThat(article.images()).isEmpty();
    assertThat(article.canonicalUrl()).isEqualTo(Optional.empty());
  }

  /** What Chrome writes when it saves a page "complete": the mark of where from, and its own copies' folder. */
  private static final String SAVED_BY_CHROME = """
      <!DOCTYPE html>
      <!-- saved from url=(0044)https://news.example.org/2024/harbour/#top -->
      <html><head><title>Harbour reopens</title>
      <link rel="stylesheet" href="./Harbour reopens_files/site.css"></head><body><h1>Harbour reopens</h1>
      <p><img src="./Harbour reopens_files/harbour-600.jpg" alt="The pier"
        srcset="https://cdn.example.org/harbour-600.jpg 600w, ./Harbour reopens_files/harbour-300.jpg 300w"></p>
      <p><img src="./Harbour reopens_files/cranes.jpg" alt="Cranes"></p>
      <p>The harbour reopened on Monday after three weeks of repairs to the eastern pier and its cranes.</p>
      <p>Ferries to the islands run to the summer timetable again, and the fish market is back on the quay. The
      harbour master said the repairs had cost less than planned, as the divers found the piles sound.</p>
      <p>Read more about <a href="https://news.example.org/2024/pier/">the pier</a> and its history.</p>
      </body></html>""";

  @Test
  void aPageABrowserSavedIsAtTheAddressItWasSavedFrom() {
    Article article = HtmlArticles.parse(SAVED_BY_CHROME, FILE);

    assertThat(article.url()).contains(URI.create("https://news.example.org/2024/harbour/"));
    assertThat(article.source().map(s -> s.uri())).contains(FILE);
    // The browser's copies on disk are no addresses of the page: an image keeps the one its srcset still holds.
    assertThat(article.body()).filteredOn(Image.class::isInstance).extracting(b -> ((Image) b).url())
        .containsExactly(URI.create("https://cdn.example.org/harbour-600.jpg"));
  }

  @Test
  void theCallersAddressWinsAndTheLocalCopiesStillGo() {
    URI served = URI.create("https://news.example.org/2024/harbour-reopens/");

    Article article = HtmlArticles.parse(SAVED_BY_CHROME, served);

    assertThat(article.url()).contains(served);
    assertThat(article.body()).filteredOn(Image.class::isInstance).extracting(b -> ((Image) b).url())
        .containsExactly(URI.create("https://cdn.example.org/harbour-600.jpg"));
  }

  /**
   * Firefox marks no page it saves, and its versions in other languages name the copies' folder in theirs: a page
   * read from a file that links into such a folder has the links taken out all the same, where resolved against its
   * canonical URL they made up addresses.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Harbour reopens_files", "Harbour reopens-Dateien", "Harbour%20reopens_fichiers",
      "harbour REOPENS_archivos"})
  void aPageFirefoxSavedLosesItsLocalCopiesThough(String folder) {
    String saved = SAVED_BY_CHROME.replace("<!-- saved from url=(0044)https://news.example.org/2024/harbour/#top -->",
        "").replace("./Harbour reopens_files/", folder + "/").replace("<title>Harbour reopens</title>",
        "<title>Harbour reopens</title><link rel=\"canonical\" href=\"https://news.example.org/2024/harbour/\">");

    Article article = HtmlArticles.parse(saved, URI.create("file:///home/you/saved/Harbour%20reopens.html"));

    assertThat(article.url()).isEmpty();
    assertThat(bodyImages(article)).containsExactly(URI.create("https://cdn.example.org/harbour-600.jpg"));
  }

  /** Without a browser's mark, a folder named as browsers name theirs but not after the file is the site's own. */
  @Test
  void aFolderOfTheSitesOwnStaysInAPageNoBrowserMarked() {
    String page = SAVED_BY_CHROME.replace("<!-- saved from url=(0044)https://news.example.org/2024/harbour/#top -->",
        "").replace("./Harbour reopens_files/", "noticias_archivos/").replace("<title>Harbour reopens</title>",
        "<title>Harbour reopens</title><link rel=\"canonical\" href=\"https://news.example.org/2024/harbour/\">");

    Article article = HtmlArticles.parse(page, URI.create("file:///home/you/saved/Harbour%20reopens.html"));

    assertThat(bodyImages(article)).contains(
        URI.create("https://news.example.org/2024/harbour/noticias_archivos/cranes.jpg"));
  }

  /** The caller's document is read at the canonical URL's base, and left with its own base after. */
  @Test
  void theCallersDocumentKeepsItsBase() {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page(""), FILE.toString());

    Article article = HtmlArticles.parse(doc, FILE, io.github.newsmodel.html.ParseOptions.defaults());

    assertThat(article.images()).extracting(Image::url)
        .containsExactly(URI.create("https://news.example.org/2024/harbour/harbour.jpg"));
    assertThat(doc.baseUri()).isEqualTo(FILE.toString());
  }

  @Test
  void aFolderNamedAfterThePageInAnotherWordCountsOnlyWhereABrowserMarkedThePage() {
    String marked = SAVED_BY_CHROME.replace("./Harbour reopens_files/", "./Harbour reopens_bestanden/");
    String unmarked = marked.replace("<!-- saved from url=(0044)https://news.example.org/2024/harbour/#top -->", "")
        .replace("<title>Harbour reopens</title>",
        "<title>Harbour reopens</title><link rel=\"canonical\" href=\"https://news.example.org/2024/harbour/\">");
    URI file = URI.create("file:///home/you/saved/Harbour%20reopens.html");

    assertThat(bodyImages(HtmlArticles.parse(marked, file)))
        .containsExactly(URI.create("https://cdn.example.org/harbour-600.jpg"));
    assertThat(bodyImages(HtmlArticles.parse(unmarked, file))).contains(
        URI.create("https://news.example.org/2024/harbour/Harbour%20reopens_bestanden/cranes.jpg"));
  }

  private static java.util.List<URI> bodyImages(Article article) {
    return article.body().stream().filter(Image.class::isInstance).map(b -> ((Image) b).url()).toList();
  }

  @Test
  void theMarkIsReadWithoutADoctypeAndOnlyForAWebAddress() {
    String withoutDoctype = SAVED_BY_CHROME.replace("<!DOCTYPE html>\n", "");
    String fromNowhere = SAVED_BY_CHROME.replace("url=(0044)https://news.example.org/2024/harbour/#top",
        "url=(0014)about:internet");

    assertThat(HtmlArticles.parse(withoutDoctype, FILE).url())
        .contains(URI.create("https://news.example.org/2024/harbour/"));
    assertThat(HtmlArticles.parse(fromNowhere, FILE).url()).isEmpty();
  }

  /** A browser that saved a replay of the Wayback Machine marks it with the archive's address. */
  @Test
  void aSavedReplayIsTheCaptureItsMarkNames() {
    String replay = SAVED_BY_CHROME.replace("url=(0044)https://news.example.org/2024/harbour/#top",
        "url=(0081)https://web.archive.org/web/20240301120000/https://news.example.org/2024/harbour/");

    Article article = HtmlArticles.parse(replay, FILE);

    assertThat(article.url()).contains(URI.create("https://news.example.org/2024/harbour/"));
    assertThat(article.source().flatMap(s -> s.capturedAt())).contains(OffsetDateTime.parse("2024-03-01T12:00Z"));
  }

  /**
   * The SingleFile extension, which ArchiveBox runs too, writes where and when it saved the page in a comment at
   * the top of the {@code <html>}: the page is at that address, captured then.
   */
  @Test
  void aPageSingleFileSavedIsAtItsAddressCapturedWhenItWasSaved() {
    String saved = SAVED_BY_CHROME.replace("<!-- saved from url=(0044)https://news.example.org/2024/harbour/#top -->\n",
        "").replace("<html>", """
        <html><!--
         Page saved with SingleFile\s
         url: https://news.example.org/2024/harbour/\s
         saved date: Tue Mar 05 2024 10:15:30 GMT+0100 (Central European Standard Time)
        -->""");

    Article article = HtmlArticles.parse(saved, FILE);
    Article replay = HtmlArticles.parse(saved.replace("url: https://news.example.org/2024/harbour/",
        "url: https://web.archive.org/web/20240301120000/https://news.example.org/2024/harbour/"), FILE);

    assertThat(article.url()).contains(URI.create("https://news.example.org/2024/harbour/"));
    assertThat(article.source()).contains(Source.builder().uri(FILE)
        .capturedAt(OffsetDateTime.parse("2024-03-05T10:15:30+01:00")).build());
    assertThat(replay.url()).contains(URI.create("https://news.example.org/2024/harbour/"));
    assertThat(replay.source().flatMap(s -> s.capturedAt())).as("the archive's capture, not the save")
        .contains(OffsetDateTime.parse("2024-03-01T12:00Z"));
  }

  private static String page(String base) {
    return "<html><head><title>Harbour reopens</title>" + base
        + "<link rel=\"canonical\" href=\"https://news.example.org/2024/harbour/\">"
        + "<meta property=\"og:image\" content=\"harbour.jpg\"></head><body><h1>Harbour reopens</h1>"
        + "<p>The harbour reopened on Monday after three weeks of repairs to the eastern pier and its cranes.</p>"
        + "</body></html>";
  }
}
