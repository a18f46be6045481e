package io.github.newsmodel.html.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PageBytesTest {
  private static final byte[] PAGE = "<html><body><p>Ferry fares rise</p></body></html>".repeat(200)
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void aPlainStreamIsReadAsItIs() throws IOException {
    PageBytes.Read read = PageBytes.read(new ByteArrayInputStream(PAGE), PAGE.length);

    assertThat(read.bytes()).isEqualTo(PAGE);
    assertThat(read.gzip()).isFalse();
    assertThat(read.cut()).isNull();
  }

  @Test
  void aGzipStreamIsDecompressedByItsMagicNumber() throws IOException {
    PageBytes.Read read = PageBytes.read(new ByteArrayInputStream(gzip(PAGE)), PAGE.length);

    assertThat(read.bytes()).isEqualTo(PAGE);
    assertThat(read.gzip()).isTrue();
    assertThat(read.cut()).isNull();
  }

  @Test
  void aCutOffGzipStreamKeepsTheBytesBeforeTheCut() throws IOException {
    byte[] gzip = gzip(PAGE);

    PageBytes.Read read = PageBytes.read(new ByteArrayInputStream(Arrays.copyOf(gzip, gzip.length - 8)),
        PAGE.length);

    // Without its 8-byte trailer the data are whole but unchecked: the page is all there, and the cut is told.
    assertThat(read.cut()).isInstanceOf(EOFException.class);
    assertThat(read.bytes()).isEqualTo(PAGE);
    assertThat(read.gzip()).isTrue();
  }

  @Test
  void thePageMayHoldExactlyTheLimit() throws IOException {
    assertThat(PageBytes.readAtMost(new ByteArrayInputStream(PAGE), PAGE.length)).isEqualTo(PAGE);
    assertThatThrownBy(() -> PageBytes.readAtMost(new ByteArrayInputStream(PAGE), PAGE.length - 1))
        .isInstanceOfSatisfying(PageTooLargeException.class, e -> {
          assertThat(e.limit()).isEqualTo(PAGE.length - 1);
          assertThat(e.gzip()).isFalse();
          assertThat(e.getMessage()).isEqualTo("the page is larger than " + (PAGE.length - 1) + " bytes");
        });
  }

  @Test
  void aGzipBombStopsJustPastTheLimit() throws IOException {
    byte[] bomb = gzip(new byte[64 << 20]);
    assertThat(bomb.length).isLessThan(1 << 20);

    assertThatThrownBy(() -> PageBytes.read(new ByteArrayInputStream(bomb), 1 << 20))
        .isInstanceOfSatisfying(PageTooLargeException.class, e -> {
          assertThat(e.gzip()).isTrue();
          assertThat(e.getMessage()).endsWith(", once decompressed");
        });
  }

  @Test
  void aStreamWithoutEndIsReadNoFurtherThanOneBytePastTheLimit() {
    CountingEndless endless = new CountingEndless();

    assertThatThrownBy(() -> PageBytes.read(endless, 100_000)).isInstanceOf(PageTooLargeException.class);
    // The buffered stream reads ahead one buffer at most.
    assertThat(endless.served).isLessThanOrEqualTo(100_001L + (1 << 16));
  }

  /** A decompressor at data cut off may give no bytes and no end, for ever: that is an end, not a wait. */
  @Test
  void aStreamThatGivesNothingWithoutEndingHasEndedEarly() throws IOException {
    InputStream stalled = new InputStream() {
      private int given;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (given == 0) {
          b[off] = '<';
          given = 1;
          return 1;
        }
        return 0;
      }
    };

    PageBytes.Read read = PageBytes.readUntilCut(stalled, 1000);

    assertThat(read.bytes()).containsExactly('<');
    assertThat(read.cut()).isNotNull();
  }

  @Test
  void onlyTheTwoMagicBytesMakeGzip() {
    assertThat(PageBytes.isGzip(new byte[] {0x1f, (byte) 0x8b})).isTrue();
    assertThat(PageBytes.isGzip(new byte[] {0x1f, (byte) 0x8b, 8, 0})).isTrue();
    assertThat(PageBytes.isGzip(new byte[] {0x1f})).isFalse();
    assertThat(PageBytes.isGzip(new byte[] {(byte) 0x8b, 0x1f})).isFalse();
    assertThat(PageBytes.isGzip("<html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  /** Serves spaces for ever, counting them. */
  private static final class CountingEndless extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) ' ');
      served += len;
      return len;
    }
  }
}
