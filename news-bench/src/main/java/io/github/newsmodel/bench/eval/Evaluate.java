package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsmodel.html.HtmlArticles;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scoring command: {@code ./evaluate [--corpora DIR] [--only bodies,metadata,dates,snippets,copies]
 * [--gate FILE] [--details DIR] [--threads N]}.
 *
 * <p>Parses every page of each corpus with {@link HtmlArticles}, prints the figures the way each corpus's
 * {@code SOURCE.md} describes, optionally writes one JSON line per page to {@code DIR/<corpus>.jsonl} to show
 * what went wrong where, and exits with 1 when a figure breaks a bound of the gate file, 2 on a usage error.
 * {@code copies} is no corpus but a check over the pages of them all ({@link CopiesCheck}).
 */
public final class Evaluate {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Not a corpus: the check that the pages of all the corpora read the same from their copies. */
  private static final String COPIES = "copies";
  private static final List<String> ALL = Stream.concat(Evaluation.CORPORA.stream(), Stream.of(COPIES)).toList();

  private Evaluate() {}

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
    List<String> only = ALL;
    Optional<Path> gate = Optional.empty();
    Optional<Path> details = Optional.empty();
    int threads = Runtime.getRuntime().availableProcessors();
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--corpora" -> corpora = Path.of(required(args[i], value));
          case "--only" -> only = Arrays.asList(required(args[i], value).split(","));
          case "--gate" -> gate = Optional.of(Path.of(required(args[i], value)));
          case "--details" -> details = Optional.of(Path.of(required(args[i], value)));
          case "--threads" -> threads = Integer.parseInt(required(args[i], value));
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
        i++;
      }
      only.stream().filter(name -> !name.equals(COPIES)).forEach(Evaluation::scorer);
    } catch (IllegalArgumentException e) {
      err.println("evaluate: " + e.getMessage());
      err.println("usage: evaluate [--corpora DIR] [--only " + String.join(",", ALL)
          + "] [--gate FILE] [--details DIR] [--threads N]");
      return 2;
    }
    if (!Files.isDirectory(corpora)) {
      err.println("evaluate: no corpora at " + corpora.toAbsolutePath().normalize());
      return 2;
    }

    Map<String, Report> reports = new Evaluation(Evaluate::parse, threads).run(corpora, only);
    if (only.contains(COPIES)) {
      reports.put(COPIES, CopiesCheck.run(corpora, Evaluation.CORPORA, threads));
    }
    reports.values().forEach(r -> print(r, out));
    if (details.isPresent()) {
      writeDetails(details.get(), reports, err);
    }
    if (gate.isEmpty()) {
      return 0;
    }
    List<String> violations = Gate.read(gate.get()).violations(reports);
    if (violations.isEmpty()) {
      out.println("quality gate " + gate.get() + ": passed");
      return 0;
    }
    err.println("quality gate " + gate.get() + ": FAILED");
    violations.forEach(v -> err.println("  " + v));
    return 1;
  }

  private static io.github.newsmodel.core.Article parse(CorpusPage page, byte[] html) throws IOException {
    return HtmlArticles.parse(new ByteArrayInputStream(html), page.url().orElse(page.file().toUri()));
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static void print(Report report, PrintStream out) {
    out.printf("%s: %d pages, %d failed to parse%n", report.corpus(), report.pages(), report.errors());
    report.figures().forEach(f -> out.println("  " + f));
  }

  private static void writeDetails(Path dir, Map<String, Report> reports, PrintStream err) {
    try {
      Files.createDirectories(dir);
      for (Report report : reports.values()) {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(report.corpus() + ".jsonl"),
            StandardCharsets.UTF_8)) {
          for (ObjectNode line : new ArrayList<>(report.details())) {
            w.write(JSON.writeValueAsString(line));
            w.newLine();
          }
        }
      }
    } catch (IOException e) {
      err.println("evaluate: cannot write details to " + dir + ": " + e.getMessage());
    }
  }
}
