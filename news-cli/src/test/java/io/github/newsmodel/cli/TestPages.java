package io.github.newsmodel.cli;

import io.github.newsmodel.cli.internal.input.TestBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pages for the tests: the bundled AfterDawn sample, and small pages made here. */
final class TestPages {
  /** The page of the README's first command. */
  static final Path SAMPLE = Path.of("../samples/afterdawn-allofmp3-ifpi-raid.html");
  static final String SAMPLE_TITLE = "AllofMP3 calls IFPI raid a publicity stunt";
  static final String SAMPLE_URL =
      "http://www.afterdawn.com/news/article.cfm/2007/05/24/allofmp3_calls_ifpi_raid_a_publicity_stunt";

  private TestPages() {}

  static byte[] sample() {
    try {
      return Files.readAllBytes(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page of any site, which the generic extractor reads; {@code paragraphs} sets its size. */
  static String article(int n, int paragraphs) {
    StringBuilder page = new StringBuilder()
        .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Article ").append(n).append("</title>")
        .append("<meta property=\"og:title\" content=\"Article ").append(n).append("\">")
        .append("<link rel=\"canonical\" href=\"https://news.example.com/a/").append(n).append("\">")
        .append("<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00+02:00\">")
        .append("</head><body><article><h1>Article ").append(n).append("</h1>");
    for (int i = 0; i < paragraphs; i++) {
      page.append("<p>Paragraph ").append(i).append(" of article ").append(n)
          .append(": the council met on Tuesday and agreed, after a long debate, to open the new library.</p>");
    }
    return page.append("</article></body></html>\n").toString();
  }

  static byte[] articleBytes(int n, int paragraphs) {
    return article(n, paragraphs).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A page that is no article: an AfterDawn forum page, which the AfterDawn parser rejects with
   * NotAnArticleException. Its canonical link sends a saved copy to that parser too.
   */
  static String notAnArticle(int n) {
    return "<!DOCTYPE html>\n<html><head><title>Forum thread " + n + "</title>"
        + "<link rel=\"canonical\" href=\"http://forums.afterdawn.com/thread_view.cfm/1/" + n + "\"></head>"
        + "<body class=\"forums\"><p>Which DVD burner should I buy?</p></body></html>\n";
  }

  static byte[] notAnArticleBytes(int n) {
    return notAnArticle(n).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) {
    return TestBytes.gzip(bytes);
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page that names Disqus: its embed's element and script, as Disqus's install code writes them. */
  static byte[] pageLoadingDisqus(int n) {
    return pageLoadingDisqus(n, "https://news.example.com/a/" + n);
  }

  static byte[] pageLoadingDisqus(int n, String configuredUrl) {
    String page = article(n, 2);
    if (configuredUrl.isEmpty()) {
      page = page.replaceFirst("<link rel=\"canonical\"[^>]*>", "");
    }
    return page.replace("</article>", "</article><div id=\"disqus_thread\"></div><script>var disqus_config ="
        + " function () { this.page.url = '" + configuredUrl + "'; }; (function() { var d = document,"
        + " s = d.createElement('script'); s.src = 'https://newsexample.disqus.com/embed.js';"
        + " (d.head || d.body).appendChild(s); })();</script>").getBytes(StandardCharsets.UTF_8);
  }

  /** The address of the Disqus frame of the article at {@code url}. */
  static String disqusFrame(String url) {
    return "https://disqus.com/embed/comments/?base=default&f=newsexample&t_u="
        + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&t_t=Article";
  }

  static byte[] disqusThread(String url) {
    return disqusThread(url, "Good news.");
  }

  /** The frame's page: the thread's first page of posts, as Disqus writes it, at the article's url. */
  static byte[] disqusThread(String url, String firstMessage) {
    String data = "{\"cursor\":{\"total\":2},\"code\":0,\"response\":{\"posts\":["
        + "{\"id\":\"901\",\"parent\":null,\"createdAt\":\"2024-03-01T09:30:00\",\"message\":\"<p>" + firstMessage
        + "</p>\",\"author\":{\"name\":\"Ann\",\"profileUrl\":\"https://disqus.com/by/ann/\",\"isAnonymous\":false}},"
        + "{\"id\":\"902\",\"parent\":901,\"createdAt\":\"2024-03-01T09:45:00\",\"message\":\"<p>Agreed.</p>\","
        + "\"author\":{\"name\":\"Guest\",\"profileUrl\":\"\",\"isAnonymous\":true}}],"
        + "\"thread\":{\"clean_title\":\"Article\",\"link\":\"" + url + "\",\"posts\":2}}}";
    return ("<!DOCTYPE html><html><head><title>Disqus Comments</title></head><body>"
        + "<script type=\"text/json\" id=\"disqus-threadData\">" + data + "</script></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }
}
