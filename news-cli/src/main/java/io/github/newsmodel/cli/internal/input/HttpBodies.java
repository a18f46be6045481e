package io.github.newsmodel.cli.internal.input;

import com.github.luben.zstd.ZstdInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.netpreserve.jwarc.DecodedBody;
import org.netpreserve.jwarc.HttpMessage;
import org.netpreserve.jwarc.MessageBody;

/**
 * The body of an archived HTTP response with its content coding undone, as browsers undo it. jwarc's own decoding
 * is not used for gzip and deflate: its inflater never ends on a deflate body that is empty or cut off (the record
 * after it was never read), and it reads only raw deflate, where HTTP's {@code deflate} is the zlib format (RFC
 * 9110, 8.4.1.2) that servers also send; browsers read both, and so does this. A body cut off inside its
 * compressed data ends with an {@link java.io.EOFException} after the bytes before the cut.
 */
final class HttpBodies {
  /** The coding of an archived body. */
  enum Coding {
    /** gzip. */
    GZIP,
    /** deflate, in the zlib format or raw. */
    DEFLATE,
    /** Brotli, read by jwarc. */
    BROTLI,
    /** Zstandard, which browsers read since 2024, read with zstd-jni as {@code .warc.zst} files are. */
    ZSTD;

    /** The coding's name in messages. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final int BUFFER = 1 << 16;

  private HttpBodies() {}

  /**
   * The content codings of a response, in the order they were applied: those named in its Content-Encoding
   * headers that news reads. A coding it does not know, such as the {@code utf-8} that misconfigured servers send,
   * is passed over, as browsers pass it over.
   *
   * @param http the response
   * @return the codings, empty for a body sent as it is
   */
  static List<Coding> codings(HttpMessage http) {
    List<Coding> codings = new ArrayList<>();
    for (String header : http.headers().all("Content-Encoding")) {
      for (String coding : header.split(",")) {
        switch (coding.trim().toLowerCase(Locale.ROOT)) {
          case "gzip", "x-gzip" -> codings.add(Coding.GZIP);
          case "deflate" -> codings.add(Coding.DEFLATE);
          case "br" -> codings.add(Coding.BROTLI);
          case "zstd" -> codings.add(Coding.ZSTD);
          default -> {
            // identity, none, and codings that servers name by mistake
          }
        }
      }
    }
    return codings;
  }

  /**
   * The decoded body.
   *
   * @param http the response
   * @param codings its codings, from {@link #codings}
   * @return the body's bytes as the page was served, before any compression
   * @throws IOException if the compressed data cannot be started
   */
  static InputStream decoded(HttpMessage http, List<Coding> codings) throws IOException {
    MessageBody body = http.body();
    InputStream in = body.stream();
    for (int i = codings.size() - 1; i >= 0; i--) {
      Coding coding = codings.get(i);
      InputStream compressed = in;
      // set only for zstd, whose decoder tells a cut from a break by no exception of its own
      boolean[] drained = {false};
      in = named(coding, switch (coding) {
        case GZIP -> named(coding, () -> new GZIPInputStream(compressed, BUFFER));
        case DEFLATE -> inflated(compressed);
        case BROTLI -> Channels.newInputStream(DecodedBody.create(Channels.newChannel(compressed),
            DecodedBody.Encoding.BROTLI));
        case ZSTD -> zstd(compressed, drained);
      }, () -> drained[0]);
    }
    return in;
  }

  /**
   * A zstd body, read with zstd-jni's stream (not jwarc's zstd channel, which reads on past the end of data that are
   * zstd twice). zstd-jni's native library that cannot load is an error that says so ({@link ZstdLibrary}); its
   * window is zstd's default limit, 128 MiB. zstd-jni tells data that end inside a frame only by its message
   * ("Truncated source"), so {@code drained} records whether the compressed bytes ran out, which makes a failure a
   * cut rather than a break ({@link #named(Coding, InputStream, BooleanSupplier)}).
   */
  private static InputStream zstd(InputStream compressed, boolean[] drained) throws IOException {
    ZstdLibrary.load();
    return new ZstdInputStream(new FilterInputStream(compressed) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        drained[0] |= b < 0;
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        drained[0] |= n < 0;
        return n;
      }
    });
  }

  /** Something that reads compressed data, and may find them broken. */
  private interface Opening {
    InputStream open() throws IOException;
  }

  private static InputStream named(Coding coding, Opening opening) throws IOException {
    try {
      return opening.open();
    } catch (EOFException e) {
      throw e;
    } catch (IOException e) {
      throw broken(coding, e);
    }
  }

  /**
   * The decoded stream, whose failures say which coding's data were broken, in words of our own: the decoders' own
   * ("invalid stored block lengths", "Brotli stream decoding failed") do not say what they were decoding. The end
   * of the data stays an {@link EOFException}: a cut, not a break; so does a failure once the compressed bytes ran
   * out, where the decoder says so only in words ({@code drained}).
   */
  private static InputStream named(Coding coding, InputStream decoded, BooleanSupplier drained) {
    return new FilterInputStream(decoded) {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (EOFException e) {
          throw e;
        } catch (IOException e) {
          if (drained.getAsBoolean()) {
            EOFException cut = new EOFException("the " + coding.label() + " data end early");
            cut.initCause(e);
            throw cut;
          }
          throw broken(coding, e);
        }
      }
    };
  }

  private static IOException broken(Coding coding, IOException e) {
    String message = e.getMessage();
    return new IOException("broken " + coding.label() + " data"
        + (message == null || message.isBlank() ? "" : ": " + message), e);
  }

  /** Deflate data in the zlib format, told by its two-byte header, or raw. */
  private static InputStream inflated(InputStream raw) throws IOException {
    PushbackInputStream in = new PushbackInputStream(raw, 2);
    byte[] header = in.readNBytes(2);
    in.unread(header);
    boolean zlib = header.length == 2 && (header[0] & 0x0F) == 8
        && ((header[0] & 0xFF) << 8 | header[1] & 0xFF) % 31 == 0;
    return new InflaterInputStream(in, new Inflater(!zlib), BUFFER);
  }
}
