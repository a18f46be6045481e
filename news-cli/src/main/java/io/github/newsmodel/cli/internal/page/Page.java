package io.github.newsmodel.cli.internal.page;

import io.github.newsmodel.html.ParseOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A page read into memory, ready for a worker thread to parse: its bytes, the URL to parse it from and the options
 * that carry its source, charset and zone.
 */
public final class Page implements Work {
  private final PageOrigin origin;
  private final byte[] bytes;
  private final URI url;
  private final ParseOptions options;
  private final Optional<String> truncation;
  private final Optional<Path> file;

  /**
   * Creates a page.
   *
   * @param origin where it came from
   * @param bytes its bytes, which the page now owns
   * @param url the absolute URI to parse it from
   * @param options how to parse it
   */
  public Page(PageOrigin origin, byte[] bytes, URI url, ParseOptions options) {
    this(origin, bytes, url, options, Optional.empty());
  }

  /**
   * Creates a page that may be cut off.
   *
   * @param origin where it came from
   * @param bytes its bytes, which the page now owns
   * @param url the absolute URI to parse it from
   * @param options how to parse it
   * @param truncation how the page was cut off, such as {@code the gzip data ends early}, if it was
   */
  public Page(PageOrigin origin, byte[] bytes, URI url, ParseOptions options, Optional<String> truncation) {
    this(origin, bytes, url, options, truncation, Optional.empty());
  }

  /**
   * Creates a page that the reader opened as a file itself, a page given as an INPUT or found in a folder: where
   * the frames that a browser saved with it are. Never a WARC record's target, which the crawl, not the user, names.
   *
   * @param origin where it came from
   * @param bytes its bytes, which the page now owns
   * @param url the absolute URI to parse it from
   * @param options how to parse it
   * @param truncation how the page was cut off, if it was
   * @param file the file the reader opened, if it opened one
   */
  public Page(PageOrigin origin, byte[] bytes, URI url, ParseOptions options, Optional<String> truncation,
      Optional<Path> file) {
    this.file = Objects.requireNonNull(file, "file");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.url = Objects.requireNonNull(url, "url");
    this.options = Objects.requireNonNull(options, "options");
    this.truncation = Objects.requireNonNull(truncation, "truncation");
  }

  @Override
  public PageOrigin origin() {
    return origin;
  }

  /**
   * The page's bytes, not copied: a page passes from the reader to one worker and is never shared.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public long size() {
    return bytes.length;
  }

  /**
   * The URI the page is parsed from: its URL, or the {@code file:} URI it was read from.
   *
   * @return an absolute URI
   */
  public URI url() {
    return url;
  }

  /**
   * How to parse the page.
   *
   * @return the options
   */
  public ParseOptions options() {
    return options;
  }

  /**
   * The file the reader opened the page from, for a page given as a file or found in a folder.
   *
   * @return the file, if the page was read from one
   */
  public Optional<Path> file() {
    return file;
  }

  /**
   * How the page was cut off: its bytes are those before the cut, to be parsed as a truncated page.
   *
   * @return the cut, in words, if the page is cut off
   */
  public Optional<String> truncation() {
    return truncation;
  }
}
