package io.github.newsmodel.cli.internal.page;

import java.util.Locale;

/** Why a page became an error record rather than an article; the {@code kind} field of an error record. */
public enum ErrorKind {
  /** The page holds no article, such as a forum thread or a home page. */
  NOT_AN_ARTICLE,
  /** The page could not be turned into an article for another reason, such as a value that broke an invariant. */
  UNPARSEABLE_PAGE,
  /**
   * The bytes could not be read: an unreadable file, a file compressed with bzip2 or xz or a page compressed with
   * zstd, broken gzip or zstd data, a malformed WARC record or HTTP response.
   */
  UNREADABLE_INPUT,
  /** The input ends early: a file, a WARC record or a gzip or zstd stream is cut off. */
  TRUNCATED,
  /**
   * The page is larger than {@code --max-page-size}, once decompressed, or beyond another limit of the parser,
   * such as elements nested deeper than the thread's stack holds.
   */
  TOO_LARGE,
  /** newsmodel itself failed on the page: a bug to report. */
  BUG;

  /**
   * The kind as error records write it.
   *
   * @return the kind in lower case with dashes, such as {@code not-an-article}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
