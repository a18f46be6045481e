package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsmodel.bench.eval.WaybackReplay.Archive;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.json.NewsJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Whether a page read from a copy of it gives the article the page itself gives: each page of the corpora with an
 * http URL is read as it is, as a web archive would serve it ({@link WaybackReplay}), the Wayback Machine for one
 * page and pywb for the next, as a browser saves it as a single file ({@link MhtmlCopy}), and as archive.today's
 * snapshot of it ({@link ArchiveTodayCopy}); the articles are compared field by field, all but their {@code source}:
 * the snapshot's with the article of the page that archive.today keeps, which is less than the page.
 * All readings are given the same capture time, so that relative dates and the check against dates after the
 * capture agree.
 *
 * <p>The replay is read twice: by its archive address, as a WARC record of the replay or a downloader gives it, and
 * as a file saved from a browser, where only the archive's markup tells that it is a copy. No truth is needed:
 * every difference is the archive's markup leaking into the article, or a link left pointing into the archive.
 * The figures are the shares of pages whose articles are equal to the page's own: {@code replay} read by the
 * replay's address, {@code replaySaved} read as a saved file, {@code mhtml} read from the MHTML file,
 * {@code archiveToday} and {@code archiveTodaySaved} the snapshot read by its short address and as a saved file;
 * {@code differs.<field>} count the pages that differ in a field.
 */
final class CopiesCheck {
  /** The capture's timestamp: after every page of the corpora, before today. */
  static final String TIMESTAMP = "20251201120000";
  private static final OffsetDateTime CAPTURED_AT = OffsetDateTime.parse("2025-12-01T12:00:00Z");
  /** Where a replay saved from a browser is read from: nothing but its markup tells that it is a copy. */
  private static final URI SAVED = URI.create("file:///archive/saved-replay.html");
  /** Where a page saved as MHTML is read from, and when it says it was saved: the capture time. */
  private static final URI SAVED_MHTML = URI.create("file:///archive/saved-page.mhtml");
  private static final String MHTML_DATE = "Mon, 1 Dec 2025 12:00:00 -0000";
  /** Where an archive.today snapshot saved from a browser is read from. */
  private static final URI SAVED_SNAPSHOT = URI.create("file:///archive/saved-snapshot.html");
  private static final long PAGE_TIMEOUT_SECONDS = 60;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final NewsJson NEWS_JSON = NewsJson.standard();

  /** The ways each page is read from a copy, in the order of the report's figures. */
  private static final List<Reading> READINGS = List.of(new Reading("replay", "differs", ""),
      new Reading("replaySaved", "savedDiffers", "saved."), new Reading("mhtml", "mhtmlDiffers", "mhtml."),
      new Reading("archiveToday", "archiveTodayDiffers", "archiveToday."),
      new Reading("archiveTodaySaved", "archiveTodaySavedDiffers", "archiveTodaySaved."));

  /**
   * One way of reading a page from a copy.
   *
   * @param figure the figure of the pages that read the same
   * @param detail the key of a page's detail that holds the fields that differ
   * @param fieldPrefix what the {@code differs.} figures of those fields are named with
   */
  private record Reading(String figure, String detail, String fieldPrefix) {}

  private CopiesCheck() {}

  /**
   * Reads the pages of the named corpora under {@code corporaDir} both ways; a page in several corpora is read once.
   *
   * @param corporaDir the folder holding the corpora
   * @param names the corpora whose pages are read
   * @param threads how many pages to read at once
   * @return the report, named {@code copies}
   */
  static Report run(Path corporaDir, List<String> names, int threads) {
    Map<String, CorpusPage> pages = new TreeMap<>();
    for (String name : names) {
      Path dir = corporaDir.resolve(name);
      if (Files.isRegularFile(dir.resolve("truth.jsonl"))) {
        for (CorpusPage page : Corpus.load(dir).pages()) {
          WaybackReplay.original(page.url()).ifPresent(u -> pages.putIfAbsent(u.toString(), page));
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<ObjectNode> details = new ArrayList<>();
    int[] same = new int[READINGS.size()];
    int errors = 0;
    Map<String, Integer> fields = new TreeMap<>();
    try {
      List<Future<ObjectNode>> futures = new ArrayList<>();
      int n = 0;
      for (CorpusPage page : pages.values()) {
        // Every other page is a pywb replay: both kinds of archive are read over pages of every sort.
        Archive archive = n++ % 2 == 0 ? Archive.INTERNET_ARCHIVE : Archive.PYWB;
        futures.add(pool.submit(() -> compare(page, archive)));
      }
      Iterator<CorpusPage> it = pages.values().iterator();
      for (Future<ObjectNode> f : futures) {
        CorpusPage page = it.next();
        ObjectNode detail;
        try {
          detail = f.get(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          f.cancel(true);
          Throwable cause = e.getCause() == null ? e : e.getCause();
          detail = JSON.createObjectNode().put("id", page.id()).put("error", cause.toString());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        if (detail.has("error")) {
          errors++;
          details.add(detail);
          continue;
        }
        for (int r = 0; r < READINGS.size(); r++) {
          Reading reading = READINGS.get(r);
          if (!detail.has(reading.detail())) {
            same[r]++;
          } else {
            detail.get(reading.detail()).fieldNames()
                .forEachRemaining(k -> fields.merge(reading.fieldPrefix() + k, 1, Integer::sum));
          }
        }
        details.add(detail);
      }
    } finally {
      pool.shutdownNow();
    }
    List<Figure> figures = new ArrayList<>();
    for (int r = 0; r < READINGS.size(); r++) {
      figures.add(Figure.share(READINGS.get(r).figure(), same[r], pages.size()));
    }
    fields.forEach((k, n) -> figures.add(new Figure("differs." + k, n, n + " pages")));
    return new Report("copies", pages.size(), errors, figures, details);
  }

  /** Reads one page both ways and tells the fields in which the two articles differ. */
  private static ObjectNode compare(CorpusPage page, Archive archive) {
    URI url = page.url().orElseThrow();
    ObjectNode detail = JSON.createObjectNode().put("id", page.id()).put("url", url.toString())
        .put("archive", archive.name());
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(Corpus.html(page)), null, url.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    doc.outputSettings().prettyPrint(false);
    String plain = doc.outerHtml();
    WaybackReplay.rewrite(doc, url, TIMESTAMP, archive);
    String replay = doc.outerHtml();
    JsonNode asIs = read(() -> HtmlArticles.parse(plain, url, ParseOptions.builder()
        .source(Source.builder().uri(url).capturedAt(CAPTURED_AT).build()).build()));
    JsonNode byAddress = read(() -> HtmlArticles.parse(replay, archive.address(url, TIMESTAMP)));
    JsonNode saved = read(() -> HtmlArticles.parse(replay, SAVED));
    JsonNode mhtml = read(() -> {
      try {
        return HtmlArticles.parse(new ByteArrayInputStream(MhtmlCopy.of(plain, url, MHTML_DATE)), SAVED_MHTML);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    differences(asIs, byAddress).ifPresent(d -> detail.set("differs", d));
    differences(asIs, saved).ifPresent(d -> detail.set("savedDiffers", d));
    differences(asIs, mhtml).ifPresent(d -> detail.set("mhtmlDiffers", d));
    // archive.today keeps less of the page than it showed: its snapshot is compared with the page it kept
    Document kept = ArchiveTodayCopy.kept(Jsoup.parse(plain, url.toString()));
    kept.outputSettings().prettyPrint(false);
    String keptPage = kept.outerHtml();
    String snapshot = ArchiveTodayCopy.of(kept, url, CAPTURED_AT);
    JsonNode keptArticle = read(() -> HtmlArticles.parse(keptPage, url, ParseOptions.builder()
        .source(Source.builder().uri(url).capturedAt(CAPTURED_AT).build()).build()));
    JsonNode snapshotByAddress = read(() -> HtmlArticles.parse(snapshot, ArchiveTodayCopy.address()));
    JsonNode snapshotSaved = read(() -> HtmlArticles.parse(snapshot, SAVED_SNAPSHOT));
    differences(keptArticle, snapshotByAddress).ifPresent(d -> detail.set("archiveTodayDiffers", d));
    differences(keptArticle, snapshotSaved).ifPresent(d -> detail.set("archiveTodaySavedDiffers", d));
    return detail;
  }

  /** The fields, all but {@code source}, in which two articles differ, with both values; empty if none. */
  static Optional<ObjectNode> differences(JsonNode asIs, JsonNode archived) {
    Set<String> keys = new LinkedHashSet<>();
    asIs.fieldNames().forEachRemaining(keys::add);
    archived.fieldNames().forEachRemaining(keys::add);
    keys.remove("source");
    ObjectNode differs = JSON.createObjectNode();
    for (String key : keys) {
      JsonNode a = asIs.get(key);
      JsonNode b = archived.get(key);
      if (a == null ? b != null : !a.equals(b)) {
        ObjectNode both = differs.putObject(key);
        both.put("asIs", shortened(a));
        both.put("archived", shortened(b));
      }
    }
    return differs.isEmpty() ? Optional.empty() : Optional.of(differs);
  }

  /** An article as JSON, or an object holding only the name of the exception it threw. */
  private static JsonNode read(Supplier<Article> parse) {
    try {
      return JSON.readTree(NEWS_JSON.write(parse.get()));
    } catch (RuntimeException e) {
      return JSON.createObjectNode().put("thrown", e.getClass().getSimpleName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String shortened(Optional<JsonNode> node) {
    return node.map(JsonNode::toString).map(s -> s.length() > 300 ? s.substring(0, 300) + "..." : s)
        .orElse("(none)");
  }

  private static String shortened(JsonNode node) {
    return shortened(Optional.ofNullable(node));
  }

}
