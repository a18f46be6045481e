package io.github.newsmodel.cli;

import io.github.newsmodel.cli.internal.Console;
import io.github.newsmodel.cli.internal.NewsCli;
import io.github.newsmodel.cli.internal.run.Interrupts;

/**
 * The {@code news} command line.
 *
 * <pre>
 * news parse page.html                     # one article, as indented newsmodel JSON
 * news parse pages/ crawl.warc.gz -o articles.jsonl --errors failures.jsonl
 * curl -s https://example.com/news/a | news parse --url https://example.com/news/a -
 * </pre>
 *
 * <p>{@code news parse --help} lists the options. The exit code is 0 when every page became an article, 1 when
 * some failed, and 2 for a usage error.
 */
public final class News {
  private News() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments, such as {@code parse page.html}
   */
  public static void main(String[] args) {
    Interrupts.install();
    System.exit(NewsCli.run(Console.system(), args));
  }
}
