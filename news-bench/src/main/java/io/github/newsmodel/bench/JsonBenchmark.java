package io.github.newsmodel.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.NotAnArticleException;
import io.github.newsmodel.json.NewsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per article to write and to read newsmodel JSON with news-json ({@link NewsJson}, compact), beside Jackson's
 * data binding writing and reading {@link PlainArticle}, a plain record of the same shape. The articles are those
 * newsmodel extracts from the pages of the {@code bodies} corpus; each invocation takes the next one, round and
 * round.
 *
 * <p>news-json writes through Jackson's streaming generator and reads into validated immutable values; the plain
 * record is bound by reflection and checked by nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
public class JsonBenchmark extends CorpusBenchmark {
  private final NewsJson newsJson = NewsJson.standard();
  private final ObjectMapper jackson = PlainArticle.mapper();
  private List<Article> articles = List.of();
  private List<PlainArticle> records = List.of();
  private List<String> articleJson = List.of();
  private List<String> recordJson = List.of();

  /**
   * Extracts the articles and writes each once, for the reading benchmarks.
   *
   * @throws JsonProcessingException if Jackson cannot write a record
   */
  @Setup
  public void load() throws JsonProcessingException {
    List<Article> all = new ArrayList<>();
    for (BenchPages.Page page : BenchPages.load(corpora, "bodies")) {
      try {
        all.add(HtmlArticles.parse(page.html(), page.url()));
      } catch (NotAnArticleException e) {
        // not an article: nothing to write
      }
    }
    articles = List.copyOf(all);
    records = articles.stream().map(PlainArticle::of).toList();
    articleJson = articles.stream().map(newsJson::write).toList();
    List<String> json = new ArrayList<>();
    for (PlainArticle r : records) {
      json.add(jackson.writeValueAsString(r));
    }
    recordJson = List.copyOf(json);
  }

  private int nextIndex() {
    return nextIndex(articles.size());
  }

  /**
   * news-json writes an article.
   *
   * @return the JSON
   */
  @Benchmark
  public String newsJsonWrite() {
    return newsJson.write(articles.get(nextIndex()));
  }

  /**
   * Jackson writes the plain record.
   *
   * @return the JSON
   * @throws JsonProcessingException never, for these records
   */
  @Benchmark
  public String jacksonWrite() throws JsonProcessingException {
    return jackson.writeValueAsString(records.get(nextIndex()));
  }

  /**
   * news-json reads an article, validating it.
   *
   * @return the article
   */
  @Benchmark
  public Article newsJsonRead() {
    return newsJson.read(articleJson.get(nextIndex()));
  }

  /**
   * Jackson reads the plain record.
   *
   * @return the record
   * @throws JsonProcessingException never, for this JSON
   */
  @Benchmark
  public PlainArticle jacksonRead() throws JsonProcessingException {
    return jackson.readValue(recordJson.get(nextIndex()), PlainArticle.class);
  }
}
