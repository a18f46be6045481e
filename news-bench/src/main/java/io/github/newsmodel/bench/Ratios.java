package io.github.newsmodel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the figures of a JMH run, written with {@code -rf json -rff FILE}, as the ratios {@code BENCHMARKS.md}
 * quotes: {@code java -cp news-bench.jar io.github.newsmodel.bench.Ratios FILE}.
 *
 * <p>For the extraction benchmark: each extractor's median time per page and its ratio to plain jsoup and to
 * Readability4J. For the JSON benchmark: the time per article of each side and news-json's speed relative to
 * plain Jackson (above 1 is faster).
 */
public final class Ratios {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Ratios() {}

  /**
   * Runs the command.
   *
   * @param args the JMH result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Ratios JMH-RESULT.json");
      System.exit(2);
    }
    print(JSON.readTree(Path.of(args[0]).toFile()), System.out);
  }

  static void print(JsonNode results, PrintStream out) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    results.forEach(r -> byName.put(r.path("benchmark").asText().replaceFirst(".*\\.bench\\.", ""), r));
    if (byName.containsKey("ExtractionBenchmark.newsmodel")) {
      extraction(byName, out);
    }
    if (byName.containsKey("JsonBenchmark.newsJsonWrite")) {
      json(byName, out);
    }
  }

  private static void extraction(Map<String, JsonNode> byName, PrintStream out) {
    double jsoup = median(byName.get("ExtractionBenchmark.jsoup"));
    double readability = median(byName.get("ExtractionBenchmark.readability4j"));
    out.println("extraction, single thread     median ms/page   mean ms/page   x jsoup   x readability4j");
    for (String name : new String[] {"newsmodel", "jsoup", "readability4j", "boilerpipe"}) {
      JsonNode r = byName.get("ExtractionBenchmark." + name);
      if (r != null) {
        double median = median(r);
        out.printf(Locale.ROOT, "  %-28s %14.3f %14.3f %9.2f %17.2f%n", name, median, score(r), median / jsoup,
            median / readability);
      }
    }
  }

  private static void json(Map<String, JsonNode> byName, PrintStream out) {
    out.println("JSON, per article                  news-json us   plain Jackson us   news-json speed vs Jackson");
    for (String op : new String[] {"Write", "Read"}) {
      JsonNode news = byName.get("JsonBenchmark.newsJson" + op);
      JsonNode jackson = byName.get("JsonBenchmark.jackson" + op);
      if (news != null && jackson != null) {
        out.printf(Locale.ROOT, "  %-32s %12.2f %18.2f %25.2fx%n", op.toLowerCase(Locale.ROOT), score(news),
            score(jackson), score(jackson) / score(news));
      }
    }
  }

  private static double median(JsonNode result) {
    JsonNode p50 = result.path("primaryMetric").path("scorePercentiles").path("50.0");
    return p50.isMissingNode() ? score(result) : p50.asDouble();
  }

  private static double score(JsonNode result) {
    return result.path("primaryMetric").path("score").asDouble();
  }
}
