package io.github.newsmodel.bench;

import io.github.newsmodel.bench.eval.Corpus;
import io.github.newsmodel.bench.eval.CorpusPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The pages of one evaluation corpus, read and decoded once, before any benchmark's clock starts, so that every
 * extractor gets the same {@code String} and none pays for disk, gzip or charset detection.
 */
final class BenchPages {
  private BenchPages() {}

  /**
   * One page: its URL and its text.
   *
   * @param url the URL the corpus gives, else the file's URI
   * @param html the page decoded with the charset the page declares, else UTF-8
   */
  record Page(URI url, String html) {}

  /**
   * Reads a corpus folder.
   *
   * @param corpora the folder that holds the corpora, such as {@code ../shared/corpora}
   * @param name the corpus, such as {@code bodies}
   * @return its pages in the order of its {@code truth.jsonl}
   * @throws IllegalStateException if the folder or its {@code truth.jsonl} is missing, with what to pass instead
   */
  static List<Page> load(String corpora, String name) {
    Path dir = Path.of(corpora).resolve(name);
    if (!Files.isRegularFile(dir.resolve("truth.jsonl"))) {
      throw new IllegalStateException("no evaluation corpus at " + dir.toAbsolutePath().normalize()
          + " (needs truth.jsonl and pages/): pass the folder of the corpora with -p corpora=DIR,"
          + " such as -p corpora=../shared/corpora from the project root");
    }
    List<Page> pages = new ArrayList<>();
    for (CorpusPage page : Corpus.load(dir).pages()) {
      byte[] bytes = Corpus.html(page);
      URI url = page.url().orElse(page.file().toUri());
      pages.add(new Page(url, new String(bytes, declaredCharset(bytes, url))));
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException(dir + "/truth.jsonl lists no pages");
    }
    return List.copyOf(pages);
  }

  /** The charset jsoup finds (byte order mark, then the page's own declaration), which is what a browser uses. */
  private static Charset declaredCharset(byte[] bytes, URI url) {
    try {
      return Charset.forName(Jsoup.parse(new ByteArrayInputStream(bytes), null, url.toString()).charset().name());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
