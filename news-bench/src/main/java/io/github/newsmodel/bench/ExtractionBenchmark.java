package io.github.newsmodel.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.HtmlArticles;
import io.github.newsmodel.html.NotAnArticleException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per page to extract an article from the pages of the {@code bodies} corpus, single-threaded: newsmodel's
 * whole {@link HtmlArticles#parse(String, java.net.URI)} (metadata, main text and reader comments) beside plain
 * jsoup parsing of the same page, the floor that every jsoup-based extractor stands on, and two peers, Readability4J
 * (a port of Mozilla's Readability, also on jsoup) and boilerpipe (on NekoHTML).
 *
 * <p>Each invocation takes the next page of the corpus, round and round, so the sampled times are spread evenly
 * over the pages and their median ({@code p0.50}) is the median time per page. Every extractor starts from the
 * same decoded {@code String}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A warm-up of 100 s, for every tool alike: newsmodel's extraction is some 1,700 methods that the JIT compiles,
// about 67 s of compiler time, and recompiles as new pages take new paths; after the 15 s warm-up of earlier runs
// its time per page was still falling for a minute, so the median measured the compiler as much as the code.
@Warmup(iterations = 20, time = 5)
@Measurement(iterations = 5, time = 5)
// Two JVMs, not one: the JIT compiles a method of this size differently from one run to the next, and a single
// fork's median moved by up to 8% between runs of unchanged code.
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExtractionBenchmark extends CorpusBenchmark {
  private List<BenchPages.Page> pages = List.of();

  /** Reads and decodes the pages. */
  @Setup
  public void load() {
    pages = BenchPages.load(corpora, "bodies");
  }

  private BenchPages.Page nextPage() {
    return pages.get(nextIndex(pages.size()));
  }

  /**
   * newsmodel: the whole article, with metadata, main text and reader comments.
   *
   * @return the article, or {@code null} for a page that holds none
   */
  @Benchmark
  public Article newsmodel() {
    BenchPages.Page page = nextPage();
    try {
      return HtmlArticles.parse(page.html(), page.url());
    } catch (NotAnArticleException e) {
      return null;
    }
  }

  /**
   * The floor: jsoup's parse of the page into a DOM, and nothing else.
   *
   * @return the document
   */
  @Benchmark
  public Document jsoup() {
    BenchPages.Page page = nextPage();
    return Jsoup.parse(page.html(), page.url().toString());
  }

  /**
   * Readability4J 1.0.8: the main text, title, byline and excerpt.
   *
   * @return the main text
   */
  @Benchmark
  public String readability4j() {
    BenchPages.Page page = nextPage();
    return new Readability4J(page.url().toString(), page.html()).parse().getTextContent();
  }

  /**
   * boilerpipe 1.1.0's article extractor: the main text.
   *
   * @return the main text
   * @throws BoilerpipeProcessingException if boilerpipe cannot read the page
   */
  @Benchmark
  public String boilerpipe() throws BoilerpipeProcessingException {
    return ArticleExtractor.INSTANCE.getText(nextPage().html());
  }
}
