package io.github.newsmodel.cli.internal.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells from its first bytes whether standard input holds a page or a WARC or ARC file, each possibly
 * gzip-compressed, so that {@code curl ... | news parse -} and {@code cat crawl.warc.gz | news parse -} both work.
 */
final class StdinProbe {
  private StdinProbe() {}

  static Input.Stdin probe(InputStream stdin) throws IOException {
    BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
    Head head = Head.of(in);
    return new Input.Stdin(in, head.archive());
  }
}
