package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl of hostile pages loses nothing: of N pages of which K are bad, the output holds N−K articles and the
 * errors file K records, each page exactly once, in input order, with two threads. The bad ones are a gzip bomb, a
 * page larger than the limit, a malformed HTTP response, a page that is no article, a record cut off by the end of
 * the file, and a compressed page file that inflates without end; the good ones include pages nested 100,000 deep,
 * thousands of comments, a JSON-LD bomb, {@code javascript:} links, NUL bytes and a mislabelled charset.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostileWarcTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String LIMIT = "4M";
  private static final int MB = 1 << 20;

  @TempDir Path dir;

  @Test
  void everyPageOfAHostileCrawlIsExactlyOneArticleOrOneErrorRecord() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>(); // record id to "article" or the error kind
    Path warc = dir.resolve("hostile.warc.gz");
    try (TestWarc out = TestWarc.create(warc)) {
      int n = 0;
      out.html(TestWarc.url(++n), TestPages.articleBytes(n, 2));
      expected.put(TestWarc.recordId(n), "article");
      out.response(TestWarc.url(++n), "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", bomb());
      expected.put(TestWarc.recordId(n), "too-large");
      out.html(TestWarc.url(++n), nested(100_000));
      expected.put(TestWarc.recordId(n), "article");
      out.html(TestWarc.url(++n), TestPages.articleBytes(n, 5 * MB / 150)); // 5 MB, beyond the limit
      expected.put(TestWarc.recordId(n), "too-large");
      out.html(TestWarc.url(++n), utf8("Links", "<p><a href='javascript:alert(1)'>Read</a> " + TEXT + "</p>"
          + "<img src='data:image/png;base64,iVBORw0KGgo=' width=600 height=400>"
          + "<p class=byline>By <a rel=author href='javascript:alert(2)'>Jane Roe</a></p>"));
      expected.put(TestWarc.recordId(n), "article");
      out.html(TestWarc.url(++n), utf8("Nul\u0000 bytes", "<p>" + TEXT + "\u0000\u0001</p>"));
      expected.put(TestWarc.recordId(n), "article");
      out.html("http://forums.afterdawn.com/thread_view.cfm/1/" + ++n, TestPages.notAnArticleBytes(n));
      expected.put(TestWarc.recordId(n), "not-an-article");
      out.html(TestWarc.url(++n), comments(12_000));
      expected.put(TestWarc.recordId(n), "article");
      out.html(TestWarc.url(++n), utf8("JSON-LD bomb", "<script type=application/ld+json>" + "[".repeat(MB)
          + "</script><script type=application/ld+json>{\"@type\": \"NewsArticle\", \"commentCount\": 1e999999,"
          + " \"wordCount\": " + "9".repeat(100_000) + ", \"headline\": \"" + "x".repeat(1_000_000)
          + "\"}</script><p>" + TEXT + "</p>"));
      expected.put(TestWarc.recordId(n), "article");
      out.response(TestWarc.url(++n), "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
          TestPages.articleBytes(n, 1)); // not gzip
      expected.put(TestWarc.recordId(n), "unreadable-input");
      out.response(TestWarc.url(++n), "200 OK", "Content-Type: text/html; charset=utf-8\r\n",
          page("Caf\u00e9 \u201cmislabelled\u201d", "<p>" + TEXT + " Caf\u00e9.</p>").getBytes(
              Charset.forName("windows-1252")));
      expected.put(TestWarc.recordId(n), "article");
      out.html(TestWarc.url(++n), TestPages.articleBytes(n, 40));
      expected.put(TestWarc.recordId(n), "truncated");
    }
    String last = TestWarc.recordId(expected.size());
    long lastOffset = ParseWarcTest.offsets(warc).get(last);
    truncate(warc, 100);
    Path bombFile = TestPages.write(dir.resolve("bomb.html.gz"), bomb());
    Path errors = dir.resolve("errors.jsonl");

    Cli.Result result = cli().run("parse", "--threads", "2", "--max-page-size", LIMIT, "--errors",
        errors.toString(), warc.toString(), bombFile.toString());

    List<String> articles = ParseWarcTest.articles(result.out()).stream()
        .map(a -> a.source().orElseThrow().recordId().orElseThrow()).toList();
    Map<String, String> outcomes = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    for (String id : articles) {
      assertThat(outcomes.put(id, "article")).as("written once: " + id).isNull();
    }
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(errors)) {
      records.add(MAPPER.readTree(line));
    }
    for (JsonNode record : records.subList(0, records.size() - 1)) {
      // A record cut off before its header could be read is named by where it starts.
      String id = record.path("recordId").asText(record.path("offset").asLong() == lastOffset ? last : "");
      assertThat(outcomes.put(id, record.path("kind").asText())).as("one error record: " + id).isNull();
      order.add(id);
    }
    assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(expected);
    List<String> expectedErrors = expected.entrySet().stream().filter(e -> !e.getValue().equals("article"))
        .map(Map.Entry::getKey).toList();
    assertThat(order).as("errors in input order").isEqualTo(expectedErrors);
    assertThat(articles).as("articles in input order").isEqualTo(expected.entrySet().stream()
        .filter(e -> e.getValue().equals("article")).map(Map.Entry::getKey).toList());
    JsonNode bombRecord = records.get(records.size() - 1);
    assertThat(bombRecord.path("input").asText()).isEqualTo(bombFile.toString());
    assertThat(bombRecord.path("kind").asText()).isEqualTo("too-large");
    assertThat(result.out().toLowerCase(Locale.ROOT)).doesNotContain("javascript:").doesNotContain("data:image")
        .doesNotContain("\\u0000");
    assertThat(result.summary()).startsWith("news: 2 files, 7 articles, 6 errors, 0 skipped records in ");
    assertThat(result.exit()).isEqualTo(1);
    List<Article> parsed = ParseWarcTest.articles(result.out());
    assertThat(parsed.get(4).comments()).hasSize(10_000);
    assertThat(parsed.get(4).commentCount()).hasValue(12_000);
    assertThat(parsed.get(6).title()).hasValue("Caf\u00e9 \u201cmislabelled\u201d");
  }

  private static final String TEXT = "The council said on Monday that the new bridge over the river would open in "
      + "spring, after repairs to its eastern pier took two months longer than planned.";

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
        + body + "</article><footer><p>Contact the newsroom.</p></footer></body></html>";
  }

  private static byte[] utf8(String title, String body) {
    return page(title, body).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] nested(int depth) {
    return page("Deep", "<div>".repeat(depth) + "<p>" + TEXT + "</p>" + "</div>".repeat(depth))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] comments(int count) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Comments</title></head><body>"
        + "<article><h1>Comments</h1><p>" + TEXT + "</p></article><ol class=comment-list>");
    for (int i = 1; i <= count; i++) {
      html.append("<li class=comment id=comment-").append(i).append("><p>Comment ").append(i).append(".</p></li>");
    }
    return html.append("</ol><footer><p>Contact.</p></footer></body></html>").toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** 256 MB of page in some 250 KB of gzip. */
  private static byte[] bomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write("<html><head><title>Bomb</title></head><body><p>".getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 4096; i++) {
        gzip.write(spaces);
      }
    }
    return out.toByteArray();
  }

  private static void truncate(Path file, int bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - bytes);
    }
  }
}
