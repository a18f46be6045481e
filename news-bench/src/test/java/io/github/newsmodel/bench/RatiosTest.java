package io.github.newsmodel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RatiosTest {
  @Test
  void reportsMediansAsRatiosToJsoupAndReadability() throws Exception {
    String results = "[" + sample("jsoup", 1.0, 0.5) + "," + sample("newsmodel", 4.0, 1.5) + ","
        + sample("readability4j", 9.0, 3.0) + "," + sample("boilerpipe", 3.0, 2.0) + "]";
    String out = print(results);
    assertThat(out).contains("newsmodel", "1.500", "3.00", "0.50"); // 1.5 ms, 3x jsoup, 0.5x readability4j
    assertThat(out).containsPattern("boilerpipe +2\\.000 +3\\.000 +4\\.00 +0\\.67");
  }

  @Test
  void reportsTheSpeedOfNewsJsonRelativeToJackson() throws Exception {
    String results = "[" + average("JsonBenchmark.newsJsonWrite", 25) + "," + average("JsonBenchmark.jacksonWrite",
        20) + "," + average("JsonBenchmark.newsJsonRead", 50) + "," + average("JsonBenchmark.jacksonRead", 40) + "]";
    assertThat(print(results)).containsPattern("write +25\\.00 +20\\.00 +0\\.80x")
        .containsPattern("read +50\\.00 +40\\.00 +0\\.80x");
  }

  private static String sample(String name, double mean, double median) {
    return "{\"benchmark\":\"io.github.newsmodel.bench.ExtractionBenchmark." + name + "\",\"primaryMetric\":"
        + "{\"score\":" + mean + ",\"scorePercentiles\":{\"50.0\":" + median + "}}}";
  }

  private static String average(String name, double score) {
    return "{\"benchmark\":\"io.github.newsmodel.bench." + name + "\",\"primaryMetric\":{\"score\":" + score + "}}";
  }

  private static String print(String results) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Ratios.print(new ObjectMapper().readTree(results), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
