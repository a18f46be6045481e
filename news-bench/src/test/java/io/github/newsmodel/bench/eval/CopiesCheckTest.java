package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopiesCheckTest {
  private static final URI PAGE = URI.create("https://news.example.com/2025/05/haushalt");
  private static final String ARTICLE = """
      <html><head><title>Der Haushalt steht | Example News</title>
      <link rel="canonical" href="https://news.example.com/2025/05/haushalt">
      <meta property="og:image" content="https://cdn.example.com/rat.jpg">
      <link rel="stylesheet" href="/site.css"><script src="//cdn.example.com/app.js"></script></head>
      <body><article><h1>Der Haushalt steht</h1>
      <p class="byline">Von <a href="/autoren/jane-roe">Jane Roe</a></p>
      <p><img src="/bilder/rat.jpg" srcset="/bilder/rat-2x.jpg 2x, https://cdn.example.com/rat-3x.jpg 3x"
        alt="Der Rat"></p>
      <p>Der Rat hat den Haushalt am Donnerstag beschlossen, nach einer Debatte von fast vier Jahren. Die Stadt
      investiert in Schulen, Brücken und den Nahverkehr.</p>
      <p>Die Opposition stimmte zu. <a href="#kommentare">Kommentare</a> <a href="mailto:jane@example.com">Mail</a>
      <a href="weiter.html">Weiter</a></p></article></body></html>""";

  @Test
  void theReplayRewritesLinksAsTheArchiveDoesAndInjectsItsMarkup() {
    Document page = Jsoup.parse(ARTICLE, PAGE.toString());

    WaybackReplay.rewrite(page, PAGE, "20250601120000", WaybackReplay.Archive.INTERNET_ARCHIVE);

    String web = "/web/20250601120000";
    assertThat(page.expectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://web.archive.org" + web + "/https://news.example.com/2025/05/haushalt");
    assertThat(page.expectFirst("link[rel=stylesheet][href*=site]").attr("href"))
        .isEqualTo(web + "cs_/https://news.example.com/site.css");
    assertThat(page.expectFirst("script[src*=app]").attr("src"))
        .isEqualTo("https://web.archive.org" + web + "js_/https://cdn.example.com/app.js");
    assertThat(page.expectFirst("meta[property=og:image]").attr("content"))
        .isEqualTo("https://web.archive.org" + web + "im_/https://cdn.example.com/rat.jpg");
    assertThat(page.expectFirst("article img").attr("src")).isEqualTo(web + "im_/https://news.example.com/bilder/rat.jpg");
    assertThat(page.expectFirst("article img").attr("srcset")).isEqualTo(web + "im_/https://news.example.com/bilder/rat-2x.jpg"
        + " 2x, https://web.archive.org" + web + "im_/https://cdn.example.com/rat-3x.jpg 3x");
    assertThat(page.select("article a").eachAttr("href")).containsExactly(
        web + "/https://news.example.com/autoren/jane-roe", "#kommentare", "mailto:jane@example.com", "weiter.html");
    assertThat(page.head().child(0).attr("src")).isEqualTo("//archive.org/includes/athena.js");
    assertThat(page.body().html()).startsWith("<!-- BEGIN WAYBACK TOOLBAR INSERT -->");
    assertThat(page.expectFirst("#wmtbURL").val()).isEqualTo(PAGE.toString());
    assertThat(page.outerHtml()).contains("FILE ARCHIVED ON 12:00:00 Jun 01, 2025");
  }

  @Test
  void aPageReadsTheSameFromItsReplayByAddressAndSavedAndFromMhtml(@TempDir Path dir) throws IOException {
    corpus(dir, "bodies", ARTICLE, PAGE);

    Report report = CopiesCheck.run(dir, List.of("bodies"), 1);

    assertThat(report.pages()).isEqualTo(1);
    assertThat(report.errors()).isZero();
    assertThat(report.figure("replay").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.figure("replaySaved").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.figure("mhtml").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.figure("archiveToday").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.figure("archiveTodaySaved").orElseThrow().value()).isEqualTo(1.0);
  }

  /**
   * archive.today's snapshot: the archive's head and header, the page it kept inside #CONTENT, its links out of the
   * page through the archive, its images the archive's copies in both the snapshot and the page it kept.
   */
  @Test
  void theSnapshotHoldsThePageArchiveTodayKeptInsideItsOwn() {
    Document kept = ArchiveTodayCopy.kept(Jsoup.parse(ARTICLE, PAGE.toString()));
    String image = kept.select("img").attr("src");

    Document snapshot = Jsoup.parse(ArchiveTodayCopy.of(kept, PAGE, OffsetDateTime.parse("2025-06-01T12:00:00Z")),
        ArchiveTodayCopy.address().toString());

    assertThat(kept.select("script")).isEmpty();
    assertThat(kept.head().select("meta[property], link")).isEmpty();
    assertThat(image).startsWith("https://archive.ph/" + ArchiveTodayCopy.ID + "/");
    assertThat(snapshot.expectFirst("meta[property=article:published_time]").attr("content"))
        .isEqualTo("2025-06-01T12:00:00Z");
    assertThat(snapshot.expectFirst("#HEADER input[name=q]").val()).isEqualTo(PAGE.toString());
    assertThat(snapshot.expectFirst("#SHARE_LONGLINK").val())
        .isEqualTo("https://archive.ph/2025.06.01-120000/" + PAGE);
    assertThat(snapshot.expectFirst("#CONTENT div.html > div.body img").attr("src")).isEqualTo(image);
    assertThat(snapshot.select("#CONTENT div.body a[href]").eachAttr("href")).containsExactly(
        "https://archive.ph/o/" + ArchiveTodayCopy.ID + "/https://news.example.com/autoren/jane-roe", "#kommentare",
        "mailto:jane@example.com", "https://archive.ph/o/" + ArchiveTodayCopy.ID
            + "/https://news.example.com/2025/05/weiter.html");
  }

  @Test
  void aPageThatIsACopyAlreadyIsNotArchivedAgain(@TempDir Path dir) throws IOException {
    corpus(dir, "bodies", ARTICLE, URI.create("https://web.archive.org/web/2019/" + PAGE));

    assertThat(CopiesCheck.run(dir, List.of("bodies"), 1).pages()).isZero();
  }

  /** What the archive's markup left behind shows as the fields it changed, all but where the page was read from. */
  @Test
  void theDifferencesNameEveryFieldButTheSource() throws IOException {
    JsonNode asIs = Pages.JSON.readTree("""
        {"title": "Der Haushalt steht", "url": "https://news.example.com/a", "source": {"uri": "https://news.example.com/a"}}""");
    JsonNode archived = Pages.JSON.readTree("""
        {"title": "Der Haushalt steht", "url": "https://web.archive.org/web/1/https://news.example.com/a",
         "siteName": "Wayback Machine", "source": {"uri": "file:///saved.html"}}""");

    assertThat(CopiesCheck.differences(asIs, asIs)).isEmpty();
    assertThat(CopiesCheck.differences(asIs, archived)).hasValueSatisfying(d -> {
      assertThat(d.fieldNames()).toIterable().containsExactly("url", "siteName");
      assertThat(d.get("siteName").get("asIs").asText()).isEqualTo("(none)");
      assertThat(d.get("siteName").get("archived").asText()).isEqualTo("\"Wayback Machine\"");
    });
  }

  private static void corpus(Path dir, String name, String html, URI url) throws IOException {
    Path pages = Files.createDirectories(dir.resolve(name).resolve("pages"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pages.resolve("a.html.gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve(name).resolve("truth.jsonl"),
        "{\"id\":\"a\",\"file\":\"pages/a.html.gz\",\"url\":\"" + url + "\"}\n");
  }
}
