package io.github.newsmodel.cli.internal.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.LengthedBody;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The block of an ARC record, with its first bytes read ahead. jwarc hands every ARC record of an http URL over as
 * an HTTP response, dropping the type the ARC header gave, but the early crawls sometimes stored the document
 * alone, without the HTTP status line and headers; jwarc's HTTP parser fails on those, and on the images among
 * them. The first bytes tell the two apart: an HTTP response starts with {@code HTTP/} (blank lines before it are
 * passed over, so that such a page is not lost), and a bare document is a page if it starts as HTML does.
 */
final class ArcBlock {
  private static final byte[] HTTP = "HTTP/".getBytes(StandardCharsets.US_ASCII);

  private final byte[] head;
  /** The whole block, its head first, then the rest: with its length, as jwarc's HTTP parser needs it. */
  private final LengthedBody block;

  private ArcBlock(byte[] head, LengthedBody block) {
    this.head = head;
    this.block = block;
  }

  /**
   * Whether a record came from an ARC file rather than a WARC file.
   *
   * @param record the record
   * @return true if jwarc read it from an ARC header
   */
  static boolean isArc(WarcRecord record) {
    return "ARC".equals(record.version().getProtocol());
  }

  /**
   * Reads the first bytes of a record's block, as many as the HTML sniffer looks at.
   *
   * @param body the record's block, not read yet
   * @return the block
   * @throws IOException if the block cannot be read
   */
  static ArcBlock read(MessageBody body) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(HtmlSniffer.SNIFF_LENGTH);
    try {
      while (head.hasRemaining() && body.read(head) >= 0) {
        // a channel may return fewer bytes than asked before its end
      }
    } catch (EOFException e) {
      // The block ends before its length says (the file is cut off, or the length runs over the next record): what
      // came is looked at, and the reader of the rest meets the end again, where it tells a cut page from an error.
    }
    byte[] bytes = Arrays.copyOf(head.array(), head.position());
    int blank = 0;
    while (blank < bytes.length && isWhitespace(bytes[blank])) {
      blank++;
    }
    // The block without its leading blank lines, which neither jwarc's HTTP parser nor HTML needs.
    byte[] start = Arrays.copyOfRange(bytes, blank, bytes.length);
    return new ArcBlock(start, LengthedBody.create(body, ByteBuffer.wrap(start), body.size() - blank));
  }

  private static boolean isWhitespace(byte b) {
    return b == '\r' || b == '\n' || b == ' ' || b == '\t';
  }

  /**
   * Whether the block is an HTTP response, as an ARC record of an http URL should hold.
   *
   * @return true if it starts with {@code HTTP/}
   */
  boolean isHttp() {
    return head.length >= HTTP.length && Arrays.equals(head, 0, HTTP.length, HTTP, 0, HTTP.length);
  }

  /**
   * Whether a block without an HTTP header is an HTML document.
   *
   * @return true if its first bytes are HTML's
   */
  boolean looksLikeHtml() {
    return HtmlSniffer.looksLikeHtml(head);
  }

  /**
   * Parses the block as an HTTP response, as jwarc parses a WARC record's.
   *
   * @return the response, whose body is read from the block
   * @throws IOException if the block holds no valid HTTP response header
   */
  HttpResponse http() throws IOException {
    return HttpResponse.parse(block);
  }

  /**
   * The whole block, from its first byte.
   *
   * @return a stream of the block
   */
  InputStream stream() {
    return block.stream();
  }
}
