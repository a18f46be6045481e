package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** A folder of the evaluation corpora: {@code truth.jsonl} and {@code pages/*.html.gz}. */
public final class Corpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final List<CorpusPage> pages;

  private Corpus(String name, List<CorpusPage> pages) {
    this.name = name;
    this.pages = List.copyOf(pages);
  }

  /**
   * Reads a corpus folder.
   *
   * @param dir the folder holding {@code truth.jsonl}
   * @return the corpus, named after the folder
   * @throws UncheckedIOException if the truth file cannot be read
   */
  public static Corpus load(Path dir) {
    Path truth = dir.resolve("truth.jsonl");
    List<CorpusPage> pages = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        if (!node.hasNonNull("id") || !node.hasNonNull("file")) {
          throw new IllegalArgumentException(truth + ":" + number + ": a line needs 'id' and 'file'");
        }
        pages.add(new CorpusPage(node.get("id").asText(), dir.resolve(node.get("file").asText()),
            url(node.path("url").asText("")), node));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + truth, e);
    }
    return new Corpus(dir.getFileName().toString(), pages);
  }

  private static Optional<URI> url(String value) {
    if (value.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.strip());
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The page's HTML bytes, decompressed.
   *
   * @param page a page of this corpus
   * @return the raw bytes, in whatever charset the page declares
   * @throws UncheckedIOException if the file cannot be read
   */
  public static byte[] html(CorpusPage page) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page.file()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page.file(), e);
    }
  }

  /**
   * The corpus name, which is its folder name, such as {@code bodies}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The pages in file order.
   *
   * @return the pages
   */
  public List<CorpusPage> pages() {
    return pages;
  }
}
