package io.github.newsmodel.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.EdgeCasesMode;

/** Any valid article written and read back is equal to the original, one by one and as JSON Lines. */
class RoundTripPropertiesTest {
  private static final NewsJson JSON = NewsJson.standard();

  @Provide
  Arbitrary<Article> articles() {
    return ArticleArbitraries.articles();
  }

  /**
   * A few hundred varied articles, which {@link #thousandsOfArticlesReadBackEqualThroughJsonLines} writes ten
   * times over: generating an article costs far more than writing and reading it, and what JSON Lines add is the
   * framing of thousands of lines, not new article shapes.
   */
  @Provide
  Arbitrary<List<Article>> hundreds() {
    return ArticleArbitraries.articles().list().ofMinSize(150).ofMaxSize(250);
  }

  @Property(tries = 400)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // checked by coverage, not read by people
  void aDocumentReadsBackEqual(@ForAll("articles") Article article) {
    String compact = JSON.write(article);
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    JSON.pretty().write(article, utf8);

    assertThat(JSON.read(compact)).isEqualTo(article);
    assertThat(JSON.read(new ByteArrayInputStream(utf8.toByteArray()))).isEqualTo(article);
    assertThat(JSON.write(JSON.read(compact))).isEqualTo(compact);
    checkTheGeneratorsReach(article, compact);
  }

  /** Fails when the generators stop producing the cases this property exists for. */
  private static void checkTheGeneratorsReach(Article article, String json) {
    feature("a thread 30 replies deep", replyDepth(article) >= 30, 2);
    feature("a body of 100 blocks", article.body().size() >= 100, 2);
    feature("no comments", article.comments().isEmpty(), 20);
    feature("an astral character", json.codePoints().anyMatch(c -> c > 0xFFFF), 20);
    feature("right-to-left text", json.codePoints().anyMatch(c -> c >= 0x05D0 && c <= 0x064A), 20);
    feature("an assumed zone", json.contains("\"assumedZone\""), 10);
    feature("an offset with seconds", OFFSET_WITH_SECONDS.matcher(json).find(), 2);
    feature("a year before 1000", EARLY_YEAR.matcher(json).find(), 2);
  }

  private static final Pattern EARLY_YEAR = Pattern.compile("\"0\\d{3}-\\d\\d-\\d\\dT");
  private static final Pattern OFFSET_WITH_SECONDS = Pattern.compile("T[0-9:.]+[+-]\\d\\d:\\d\\d:\\d\\d\"");

  private static void feature(String label, boolean present, double minPercent) {
    Statistics.label(label).collect(present);
    Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= minPercent));
  }

  private static int replyDepth(Article article) {
    Map<String, Integer> depths = new HashMap<>();
    int max = 0;
    for (Comment c : article.comments()) {
      int depth = c.replyTo().map(parent -> depths.get(parent) + 1).orElse(0);
      depths.put(c.id(), depth);
      max = Math.max(max, depth);
    }
    return max;
  }

  @Property(tries = 150)
  void everyWrittenDocumentIsValidByTheSchema(@ForAll("articles") Article article) {
    assertThat(Schemas.errors(JSON.write(article))).isEmpty();
  }

  @Property(tries = 2, edgeCases = EdgeCasesMode.NONE)
  void thousandsOfArticlesReadBackEqualThroughJsonLines(@ForAll("hundreds") List<Article> distinct) {
    List<Article> articles = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      articles.addAll(distinct);
    }
    StringWriter chars = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter a = JSON.linesWriter(chars); JsonLinesWriter b = JSON.linesWriter(bytes)) {
      a.writeAll(articles);
      b.writeAll(articles);
    }

    assertThat(bytes.toString(UTF_8)).isEqualTo(chars.toString());
    assertThat(readAll(JSON.linesReader(new StringReader(chars.toString())))).isEqualTo(articles);
    assertThat(readAll(JSON.linesReader(new ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(articles);
  }

  private static List<Article> readAll(JsonLinesReader reader) {
    List<Article> read = new ArrayList<>();
    try (reader) {
      reader.forEach(read::add);
    }
    return read;
  }
}
