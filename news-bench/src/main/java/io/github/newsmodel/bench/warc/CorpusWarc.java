package io.github.newsmodel.bench.warc;

import io.github.newsmodel.bench.eval.Corpus;
import io.github.newsmodel.bench.eval.CorpusPage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the pages of the evaluation corpora into one WARC file, as the responses of a crawl, for the command-line
 * benchmarks: {@code java -cp news-bench.jar io.github.newsmodel.bench.warc.CorpusWarc --corpora DIR --out FILE
 * [--only bodies,metadata,dates,snippets] [--min-size 1G]}.
 *
 * <p>Each page is one {@code response} record with an HTTP 200 response of type {@code text/html} and no charset,
 * so that the reader detects it from the bytes as it would for a saved page, and the page's URL from the corpus.
 * With {@code --min-size}, the corpora are written again and again, each copy with its own record ids, until the
 * file is that large. The file is the same, byte for byte, on every run.
 */
public final class CorpusWarc {
  /** The capture time of every record: after every page of the corpora, so none of their dates is impossible. */
  private static final Instant CAPTURED = Instant.parse("2025-01-01T00:00:00Z");

  private CorpusWarc() {}

  /**
   * Runs the command.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path corpora = Path.of("../shared/corpora");
    Path file = null;
    List<String> only = List.of("bodies", "metadata", "dates", "snippets");
    long minSize = 0;
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException("'" + args[i] + "' needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--corpora" -> corpora = Path.of(value);
          case "--out" -> file = Path.of(value);
          case "--only" -> only = List.of(value.split(","));
          case "--min-size" -> minSize = size(value);
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
      }
      if (file == null) {
        throw new IllegalArgumentException("--out FILE is required");
      }
    } catch (IllegalArgumentException e) {
      err.println("corpus-warc: " + e.getMessage());
      err.println("usage: CorpusWarc --corpora DIR --out FILE [--only bodies,metadata,dates,snippets]"
          + " [--min-size 1G]");
      return 2;
    }
    List<Corpus> sets = new ArrayList<>();
    for (String name : only) {
      Path dir = corpora.resolve(name);
      if (!Files.isRegularFile(dir.resolve("truth.jsonl"))) {
        err.println("corpus-warc: no evaluation corpus at " + dir.toAbsolutePath().normalize()
            + " (needs truth.jsonl and pages/); pass --corpora DIR");
        return 2;
      }
      sets.add(Corpus.load(dir));
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      long records = 0;
      long size;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING); WarcWriter warc = new WarcWriter(channel)) {
        int copy = 0;
        do {
          for (Corpus corpus : sets) {
            for (CorpusPage page : corpus.pages()) {
              warc.write(response(corpus, page, copy));
              records++;
            }
          }
          copy++;
        } while (warc.position() < minSize);
        size = warc.position();
      }
      out.printf(Locale.ROOT, "corpus-warc: %s: %d records, %.1f MB%n", file, records, size / 1e6);
      return 0;
    } catch (IOException e) {
      err.println("corpus-warc: cannot write " + file + ": " + e.getMessage());
      return 1;
    }
  }

  private static WarcResponse response(Corpus corpus, CorpusPage page, int copy) throws IOException {
    byte[] html = Corpus.html(page);
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", "text/html")
        .body(MediaType.HTML, html)
        .build();
    URI url = page.url().orElse(URI.create("https://corpus.example/" + corpus.name() + "/" + page.id()));
    String name = corpus.name() + "/" + page.id() + "/" + copy;
    return new WarcResponse.Builder(url)
        .recordId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)))
        .date(CAPTURED)
        .body(http)
        .build();
  }

  /** {@code 1G}, {@code 512M}, {@code 100k} or a number of bytes. */
  static long size(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    long unit = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      default -> 1;
    };
    try {
      return Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1)) * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size: '" + value + "' (such as 1G, 512M, 100k)");
    }
  }
}
