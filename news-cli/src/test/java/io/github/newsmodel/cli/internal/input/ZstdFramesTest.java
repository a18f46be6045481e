package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.ZstdCompressCtx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZstdFramesTest {
  @Test
  void tellsWhereEachFrameStartsInTheFileAndInTheDecompressedBytes() throws IOException {
    byte[] first = zstd("WARC/1.0 first\n", true);
    byte[] second = zstd("WARC/1.0 second\n", true);
    ZstdFrames frames = channel(TestBytes.concat(first, second, new byte[4096]));

    assertThat(readAll(frames)).isEqualTo("WARC/1.0 first\nWARC/1.0 second\n");
    assertThat(frames.memberAt(0)).isZero();
    assertThat(frames.memberAt(15)).isEqualTo(first.length);
    assertThat(frames.memberAt(7)).isEqualTo(-1);
    assertThat(frames.unclaimed(Long.MAX_VALUE)).isEmpty();
    assertThat(frames.compressedPosition()).isEqualTo(first.length + second.length + 4096);
  }

  /** As a gzip member does: a frame that starts a record ends the data of the frame before it, until passed. */
  @Test
  void stopsAtTheEndOfAFrameWhenTheNextStartsARecord() throws IOException {
    ZstdFrames frames = channel(TestBytes.concat(zstd("WARC/1.0 first\n", false), zstd("and more\n", false),
        zstd("WARC/1.0 second\n", false)));
    ByteBuffer buffer = ByteBuffer.allocate(100);

    while (frames.read(buffer) > 0) {
      assertThat(frames.atFence()).isFalse();
    }
    assertThat(new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1))
        .isEqualTo("WARC/1.0 first\nand more\n");
    assertThat(frames.atFence()).isTrue();
    assertThat(frames.read(buffer)).as("until passed").isEqualTo(-1);

    frames.passFence();
    assertThat(readAll(frames)).isEqualTo("WARC/1.0 second\n");
  }

  /** Skippable frames hold no data: pzstd puts one before each frame, and other tools their own metadata. */
  @Test
  void passesOverSkippableFramesAnywhere() throws IOException {
    byte[] first = zstd("WARC/1.0 first\n", true);
    byte[] skippable = skippable(0x184D2A50, "pzstd's frame size".getBytes(StandardCharsets.US_ASCII));
    ZstdFrames frames = channel(TestBytes.concat(skippable, first, skippable, zstd("WARC/1.0 second\n", true)));

    assertThat(readAll(frames)).isEqualTo("WARC/1.0 first\nWARC/1.0 second\n");
    assertThat(frames.memberAt(0)).isEqualTo(skippable.length);
    assertThat(frames.memberAt(15)).isEqualTo(2L * skippable.length + first.length);
  }

  @Test
  void handsOnEveryByteBeforeACutThenSaysWhere() throws IOException {
    String text = "WARC/1.0 " + "0123456789abcdef".repeat(30_000); // several blocks of 128 KiB
    byte[] whole = zstd(text, true);
    ZstdFrames frames = channel(Arrays.copyOf(whole, whole.length - 2)); // in the checksum

    ByteBuffer buffer = ByteBuffer.allocate(600_000);
    assertThatThrownBy(() -> {
      while (frames.read(buffer) >= 0) {
        // until the cut
      }
    }).isInstanceOf(EOFException.class)
        .hasMessage("the zstd frame from offset 0 is cut off at offset " + (whole.length - 2) + ", in its checksum");
    assertThat(buffer.position()).isEqualTo(text.length());
  }

  @Test
  void goesOnAtTheNextFrameThatStartsARecord() throws IOException {
    byte[] first = zstd("WARC/1.0 first\n", false);
    byte[] junk = HexFormat.of().parseHex("6a756e6b28b52ffd");
    byte[] notARecord = zstd("<html>", false);
    byte[] third = zstd("WARC/1.1 third\n", false);
    ZstdFrames frames = channel(TestBytes.concat(first, junk, notARecord, third));

    ByteBuffer buffer = ByteBuffer.allocate(100);
    frames.read(buffer);
    assertThatThrownBy(() -> frames.read(buffer)).isInstanceOf(IOException.class)
        .hasMessage("broken zstd data: no zstd frame starts at offset " + first.length);
    assertThat(frames.brokenStart()).isEqualTo(first.length);

    assertThat(frames.resyncAfter(frames.brokenFrom())).isEqualTo(first.length + junk.length + notARecord.length);
    assertThat(readAll(frames)).isEqualTo("WARC/1.1 third\n");
  }

  /** A frame whose checksum fails is remembered for its record, as a gzip member whose CRC32 fails; data go on. */
  @Test
  void remembersAFrameWhoseChecksumFails() throws IOException {
    byte[] bad = zstd("WARC/1.0 bad\n", true);
    bad[bad.length - 1] ^= 1;
    ZstdFrames frames = channel(TestBytes.concat(bad, zstd("WARC/1.0 good\n", true)));

    frames.read(ByteBuffer.allocate(5)); // the record's header, as jwarc reads it before the record is checked

    assertThat(frames.check(0)).hasValue("its checksum does not match its content");
    assertThat(readAll(frames)).as("read ahead for the check, and kept").isEqualTo("1.0 bad\nWARC/1.0 good\n");
    assertThat(frames.unclaimed(Long.MAX_VALUE)).as("claimed by the check").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void blankBytesAfterTheLastFrameEndTheDataButOtherBytesAreABreak(int kind) throws IOException {
    byte[] first = zstd("WARC/1.0 first\n", true);
    byte[] after = kind == 0 ? new byte[10_240] : kind == 1 ? "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)
        : "\r\nxyz".getBytes(StandardCharsets.US_ASCII);
    ZstdFrames frames = channel(TestBytes.concat(first, after));

    if (kind < 2) {
      assertThat(readAll(frames)).isEqualTo("WARC/1.0 first\n");
    } else {
      assertThatThrownBy(() -> readAll(frames)).hasMessage("broken zstd data: no zstd frame starts at offset "
          + first.length);
    }
  }

  @Test
  void aDictionaryFrameOfMoreThanTheLimitIsRefusedBeforeItIsRead() {
    byte[] header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x184D2A5D)
        .putInt(Integer.MAX_VALUE).array();

    assertThatThrownBy(() -> channel(header)).isInstanceOf(IOException.class)
        .hasMessage("its zstd dictionary frame holds 2147483647 bytes, more than the 16 MiB news reads");
  }

  @Test
  void theHeadOfZstdDataIsTheirFirstDecompressedBytes() {
    byte[] bytes = TestBytes.concat(zstd("WARC/1.0 first\n", true), zstd("WARC/1.0 second\n", true));

    assertThat(ZstdFrames.head(Channels.newChannel(new ByteArrayInputStream(bytes)), 8))
        .asString(StandardCharsets.US_ASCII).isEqualTo("WARC/1.0");
    assertThat(ZstdFrames.head(Channels.newChannel(new ByteArrayInputStream(Arrays.copyOf(bytes, 6))), 8))
        .as("cut off").isEmpty();
  }

  private static ZstdFrames channel(byte[] bytes) throws IOException {
    return new ZstdFrames(Channels.newChannel(new ByteArrayInputStream(bytes)));
  }

  private static String readAll(ZstdFrames frames) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer buffer = ByteBuffer.allocate(7); // small reads, across frames' ends
    while (frames.read(buffer.clear()) >= 0 || frames.atFence()) {
      out.write(buffer.array(), 0, buffer.position());
      if (frames.atFence()) {
        frames.passFence();
      }
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] zstd(String text, boolean checksum) {
    try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
      return ctx.setLevel(3).setChecksum(checksum).compress(text.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  private static byte[] skippable(int magic, byte[] content) {
    return ByteBuffer.allocate(8 + content.length).order(ByteOrder.LITTLE_ENDIAN).putInt(magic)
        .putInt(content.length).put(content).array();
  }
}
