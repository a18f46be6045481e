package io.github.newsmodel.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares the extraction speed of two builds of newsmodel in one JVM: {@code news-bench/bench compare BASE.jar
 * NEW.jar}. Each build is loaded by a class loader of its own, and the CPU time this thread spends on every page
 * of the {@code bodies} corpus is measured for one build and then the other, round after round, after a warm-up of
 * both. Two JMH runs on the same machine differ by up to 8% with unchanged code, as the machine's speed drifts;
 * builds measured in turns in one process see the same machine, and the median of their ratios over the rounds
 * tells a change of a few percent.
 *
 * <p>Arguments: the two bench jars ({@code news-bench/target/news-bench.jar} of each build), the number of rounds
 * (9), the folder of the corpora ({@code ../shared/corpora}), the seconds of warm-up ({@value #WARM_UP_SECONDS}; the
 * smoke test takes 1).
 */
public final class Compare {
  /** The warm-up, in seconds of both builds in turns: the JIT compiles the extractor within it. */
  private static final int WARM_UP_SECONDS = 20;
  /** Each build reads about this many pages in a round. */
  private static final int PAGES_PER_ROUND = 400;

  private Compare() {}

  /** A build: its {@code HtmlArticles.parse(String, URI)}, and the class loader it was loaded with. */
  private record Build(MethodHandle parse, ClassLoader loader) {}

  /**
   * Runs the comparison and prints each round and the median ratio.
   *
   * @param args BASE.jar NEW.jar [ROUNDS] [CORPORA] [WARM-UP SECONDS]
   * @throws Throwable if a build cannot be loaded, or fails with other than a runtime exception
   */
  public static void main(String[] args) throws Throwable {
    if (args.length < 2) {
      System.err.println("usage: Compare BASE.jar NEW.jar [ROUNDS] [CORPORA] [WARM-UP SECONDS]");
      System.exit(2);
    }
    Build base = build(Path.of(args[0]));
    Build next = build(Path.of(args[1]));
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    List<BenchPages.Page> pages = BenchPages.load(args.length > 3 ? args[3] : "../shared/corpora", "bodies");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : WARM_UP_SECONDS;
    long warm = System.nanoTime() + warmUp * 1_000_000_000L;
    while (System.nanoTime() < warm) {
      parseAll(base, pages, 1);
      parseAll(next, pages, 1);
    }
    int reps = Math.max(1, PAGES_PER_ROUND / pages.size());
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      parseAll(base, pages, reps);
      long t1 = cpu.getCurrentThreadCpuTime();
      parseAll(next, pages, reps);
      long t2 = cpu.getCurrentThreadCpuTime();
      ratios[r] = (double) (t2 - t1) / (t1 - t0);
      double perPage = 1e6 * reps * pages.size();
      System.out.printf(Locale.ROOT, "round %d: base %.3f ms, new %.3f ms of CPU per page, new/base %.3f%n", r + 1,
          (t1 - t0) / perPage, (t2 - t1) / perPage, ratios[r]);
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "new/base, median of %d rounds: %.3f (%.3f to %.3f)%n", rounds,
        ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
  }

  /**
   * Parses every page {@code reps} times; a page that holds no article counts as parsed. The build's loader is the
   * thread's context loader meanwhile: the build finds its site parsers through the {@code ServiceLoader}, which
   * would otherwise find this JVM's own.
   */
  private static void parseAll(Build build, List<BenchPages.Page> pages, int reps) throws Throwable {
    Thread.currentThread().setContextClassLoader(build.loader());
    for (int k = 0; k < reps; k++) {
      for (BenchPages.Page page : pages) {
        try {
          Object article = build.parse().invoke(page.html(), page.url());
        } catch (RuntimeException notAnArticle) {
          // the same pages fail in both builds, and cost what they cost
        }
      }
    }
  }

  /**
   * {@code HtmlArticles.parse(String, URI)} of a build, loaded apart from this JVM's own newsmodel, so that each
   * build runs its own classes.
   */
  private static Build build(Path jar) throws ReflectiveOperationException, MalformedURLException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no such jar: " + jar);
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> articles = loader.loadClass("io.github.newsmodel.html.HtmlArticles");
    Class<?> article = loader.loadClass("io.github.newsmodel.core.Article");
    return new Build(MethodHandles.publicLookup().findStatic(articles, "parse",
        MethodType.methodType(article, String.class, URI.class)), loader);
  }
}
