package io.github.newsmodel.cli.internal.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/**
 * Tells from its first bytes whether standard input holds a page or a WARC or ARC file, each possibly
 * gzip-compressed (and a WARC or ARC file zstd-compressed), so that {@code curl ... | news parse -} and
 * {@code cat crawl.warc.gz | news parse -} both work.
 */
final class StdinProbe {
  private StdinProbe() {}

  /**
   * Reads the first bytes of standard input.
   *
   * @param stdin standard input, unread
   * @return the input, positioned at its first byte
   * @throws IOException if standard input cannot be read
   * @throws BadInputException if it holds a ZIP file, such as a WACZ file: a ZIP's table of contents is at its
   *     end, and a stream cannot be sought back to its entries; or if it is compressed in a way news cannot read
   */
  static Input.Stdin probe(InputStream stdin) throws IOException, BadInputException {
    return probe(Input.Stdin.NAME, "standard input", InputReader.STDIN_URI, stdin);
  }

  /**
   * Reads the first bytes of a stream: standard input, or a named pipe.
   *
   * @param name the input's name, as given
   * @param what what the messages call it: "standard input", or the pipe's name
   * @param uri the URI its pages are read from
   * @param stream the stream, unread
   * @return the input, positioned at its first byte
   * @throws IOException if the stream cannot be read
   * @throws BadInputException if it holds a ZIP file or is compressed in a way news cannot read
   */
  static Input.Stdin probe(String name, String what, URI uri, InputStream stream) throws IOException,
      BadInputException {
    BufferedInputStream in = new BufferedInputStream(stream, 1 << 16);
    Head head = Head.of(in);
    Optional<UnsupportedCompression> unsupported = head.unsupportedCompression();
    if (unsupported.isPresent()) {
      throw new BadInputException(unsupported.get().streamMessage(what));
    }
    if (head.isZip()) {
      throw new BadInputException(what + " holds a ZIP file, such as a WACZ file, which can be read only from a"
          + " file: give its path");
    }
    // zstd data that do not decompress here are read as a WARC file, which says why.
    return new Input.Stdin(name, uri, in, head.zstd() && head.archive().isEmpty() ? Optional.of(ArchiveFormat.WARC)
        : head.archive());
  }
}
