package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class GunzipMembersTest {
  @Test
  void tellsWhereEachMemberStartsInTheFileAndInTheDecompressedBytes() throws IOException {
    byte[] first = gzip("WARC/1.0 first\n");
    byte[] second = gzip("WARC/1.0 second\n");
    GunzipMembers members = channel(TestBytes.concat(first, second, new byte[4096]));

    assertThat(readAll(members)).isEqualTo("WARC/1.0 first\nWARC/1.0 second\n");
    assertThat(members.memberAt(0)).isZero();
    assertThat(members.memberAt(15)).isEqualTo(first.length);
    assertThat(members.memberAt(7)).isEqualTo(-1);
    assertThat(members.unclaimed(Long.MAX_VALUE)).isEmpty();
  }

  /**
   * A member that starts a record ends the data of the member before it, for that member's reader: a record whose
   * length says more than its member holds does not read on into the next record. A member that starts no record
   * (a block of a file compressed in blocks) goes on.
   */
  @Test
  void stopsAtTheEndOfAMemberWhenTheNextStartsARecord() throws IOException {
    GunzipMembers members = channel(TestBytes.concat(gzip("WARC/1.0 first\n"), gzip("and more\n"),
        gzip("WARC/1.0 second\n")));
    ByteBuffer buffer = ByteBuffer.allocate(100);

    while (members.read(buffer) > 0) {
      assertThat(members.atFence()).isFalse();
    }
    assertThat(new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1))
        .isEqualTo("WARC/1.0 first\nand more\n");
    assertThat(members.atFence()).isTrue();
    assertThat(members.read(buffer)).as("until passed").isEqualTo(-1);

    members.passFence();
    assertThat(readAll(members)).isEqualTo("WARC/1.0 second\n");
    assertThat(members.atFence()).isFalse();
  }

  @Test
  void handsOnEveryByteBeforeACutThenSaysWhere() throws IOException {
    String text = "WARC/1.0 " + "x".repeat(100_000);
    byte[] whole = gzip(text);
    GunzipMembers members = channel(Arrays.copyOf(whole, whole.length - 8)); // the trailer is gone

    ByteBuffer buffer = ByteBuffer.allocate(200_000);
    assertThatThrownBy(() -> {
      while (members.read(buffer) >= 0) {
        // until the cut
      }
    }).isInstanceOf(EOFException.class)
        .hasMessage("the gzip member from offset 0 is cut off at offset " + (whole.length - 8) + ", in its trailer");
    assertThat(buffer.position()).isEqualTo(text.length());
  }

  @Test
  void goesOnAtTheNextMemberThatStartsARecord() throws IOException {
    byte[] first = gzip("WARC/1.0 first\n");
    byte[] junk = "junk\u001f\u008b".getBytes(StandardCharsets.ISO_8859_1);
    byte[] notARecord = gzip("<html>");
    byte[] third = gzip("WARC/1.1 third\n");
    GunzipMembers members = channel(TestBytes.concat(first, junk, notARecord, third));

    ByteBuffer buffer = ByteBuffer.allocate(100);
    members.read(buffer);
    assertThatThrownBy(() -> members.read(buffer)).isInstanceOf(ZipException.class)
        .hasMessage("no gzip member starts at offset " + first.length);
    assertThat(members.brokenStart()).isEqualTo(first.length);

    assertThat(members.resyncAfter(members.brokenFrom()))
        .isEqualTo(first.length + junk.length + notARecord.length);
    assertThat(readAll(members)).isEqualTo("WARC/1.1 third\n");
  }

  @Test
  void remembersAMemberWhoseCrcFails() throws IOException {
    byte[] bad = gzip("WARC/1.0 bad\n");
    bad[bad.length - 8] ^= 1;
    GunzipMembers members = channel(TestBytes.concat(bad, gzip("WARC/1.0 good\n")));

    members.read(ByteBuffer.allocate(5)); // the record's header, as jwarc reads it before the record is checked

    assertThat(members.check(0)).hasValueSatisfying(m -> assertThat(m).startsWith("its CRC32 is "));
    assertThat(readAll(members)).as("read ahead for the check, and kept").isEqualTo("1.0 bad\nWARC/1.0 good\n");
    assertThat(members.unclaimed(Long.MAX_VALUE)).as("claimed by the check").isEmpty();
  }

  private static GunzipMembers channel(byte[] bytes) {
    return new GunzipMembers(Channels.newChannel(new ByteArrayInputStream(bytes)));
  }

  private static String readAll(GunzipMembers members) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer buffer = ByteBuffer.allocate(7); // small reads, across members' ends
    while (members.read(buffer.clear()) >= 0 || members.atFence()) {
      out.write(buffer.array(), 0, buffer.position());
      if (members.atFence()) {
        members.passFence();
      }
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] gzip(String text) {
    return TestBytes.gzip(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
