package io.github.newsmodel.bench.eval;

import io.github.newsmodel.core.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs an extractor over corpora and scores each with the scorer its SOURCE.md describes. */
public final class Evaluation {
  /** The corpora this evaluation knows how to score, in the order they are reported. */
  public static final List<String> CORPORA = List.of("bodies", "metadata", "dates", "snippets");

  private static final long PAGE_TIMEOUT_SECONDS = 60;

  private final Extractor extractor;
  private final int threads;

  /**
   * Creates an evaluation.
   *
   * @param extractor what is evaluated
   * @param threads how many pages to extract at once
   */
  public Evaluation(Extractor extractor, int threads) {
    this.extractor = extractor;
    this.threads = Math.max(1, threads);
  }

  /**
   * Scores the named corpora found under {@code corporaDir}; a corpus folder that is absent is skipped.
   *
   * @param corporaDir the folder holding {@code bodies/}, {@code metadata/}, ...
   * @param names the corpora to score
   * @return the reports by corpus name, in the order of {@code names}
   */
  public Map<String, Report> run(Path corporaDir, List<String> names) {
    Map<String, Report> reports = new LinkedHashMap<>();
    for (String name : names) {
      Path dir = corporaDir.resolve(name);
      if (!Files.isRegularFile(dir.resolve("truth.jsonl"))) {
        continue;
      }
      Corpus corpus = Corpus.load(dir);
      reports.put(name, scorer(name).score(name, extractAll(corpus.pages())));
    }
    return reports;
  }

  static Scorer scorer(String corpus) {
    return switch (corpus) {
      case "bodies" -> new BodyScorer();
      case "metadata" -> new MetadataScorer();
      case "dates" -> new DateScorer();
      case "snippets" -> new SnippetScorer();
      default -> throw new IllegalArgumentException("unknown corpus '" + corpus + "', expected one of " + CORPORA);
    };
  }

  /** Extracts every page; a page that throws or takes too long becomes a failed extraction. */
  List<Extraction> extractAll(List<CorpusPage> pages) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (CorpusPage page : pages) {
        futures.add(pool.submit(() -> extractor.extract(page, Corpus.html(page))));
      }
      List<Extraction> out = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        out.add(await(pages.get(i), futures.get(i)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Extraction await(CorpusPage page, Future<Article> future) {
    try {
      return new Extraction(page, Optional.of(future.get(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)), Optional.empty());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return failed(page, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    } catch (TimeoutException e) {
      future.cancel(true);
      return failed(page, "timed out after " + PAGE_TIMEOUT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(page, "interrupted");
    }
  }

  private static Extraction failed(CorpusPage page, String message) {
    return new Extraction(page, Optional.empty(), Optional.of(message));
  }
}
