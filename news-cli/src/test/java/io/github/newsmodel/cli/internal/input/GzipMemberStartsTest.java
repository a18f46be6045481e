package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GzipMemberStartsTest {
  @Test
  void tellsMemberStartsAmongTheBytesKeptAcrossTheWrapOfItsRing() throws IOException {
    byte[] data = new byte[200_000];
    new Random(7).nextBytes(data);
    for (int i = 0; i < data.length; i++) {
      if (data[i] == 0x1f) {
        data[i] = 0; // no chance member start in the noise
      }
    }
    int[] starts = {0, 40_000, 65_535, 65_540, 131_071, 199_997}; // across the ring's wrap and reads' ends
    for (int start : starts) {
      data[start] = 0x1f;
      data[start + 1] = (byte) 0x8b;
      data[start + 2] = 0x08;
    }
    GzipMemberStarts channel = new GzipMemberStarts(Channels.newChannel(new ByteArrayInputStream(data)));
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    long read = 0;
    int found = 0;
    for (int n; (n = channel.read(buffer.clear())) >= 0; ) {
      read += n;
      for (int start : starts) {
        // What the last 16 KiB read hold, as far ahead as jwarc reads and more, is told right.
        if (start >= read - 16_384 && start + 3 <= read) {
          assertThat(channel.startsMember(start)).as("%d after %d", start, read).isTrue();
          assertThat(channel.startsMember(start + 1)).isFalse();
          found++;
        }
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(starts.length);
    assertThat(channel.startsMember(0)).as("long gone").isFalse();
    assertThat(channel.startsMember(data.length)).as("beyond the end").isFalse();
  }
}
