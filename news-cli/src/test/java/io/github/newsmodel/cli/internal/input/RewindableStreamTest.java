package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RewindableStreamTest {
  private static final String RECORD = "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n";

  private static RewindableStream over(String text) {
    return new RewindableStream(Channels.newChannel(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.ISO_8859_1))));
  }

  /** Reads up to a count of bytes, as jwarc reads ahead. */
  private static String read(RewindableStream stream, int count) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(count);
    while (buffer.hasRemaining() && stream.read(buffer) > 0) {
      // on to the count or the end
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void goesBackToARecordAmongTheBytesAlreadyRead() throws IOException {
    String broken = "WARC/1.0\r\nbroken header\r\n\r\n";
    RewindableStream stream = over(broken + RECORD + RECORD);

    assertThat(read(stream, 200)).hasSize(broken.length() + 2 * RECORD.length());
    assertThat(stream.resyncAfter(0)).isEqualTo(broken.length());

    assertThat(stream.position()).isEqualTo(broken.length());
    assertThat(read(stream, 1000)).isEqualTo(RECORD + RECORD);
  }

  @Test
  void readsOnToARecordBeyondTheBytesRead() throws IOException {
    String junk = "x".repeat(300_000) + "\r\n\r\n";
    RewindableStream stream = over("WARC/1.0\r\n" + junk + RECORD);

    read(stream, 100);
    long at = stream.resyncAfter(0);

    assertThat(at).isEqualTo(10 + junk.length());
    assertThat(read(stream, 1000)).isEqualTo(RECORD);
  }

  @Test
  void findsOnlyARecordLineAfterAnEmptyLineAndAfterTheOffset() throws IOException {
    // "WARC/1.0" inside a line, and "WARC/1.2", start no record; the record at 0 is not after 0
    String text = "WARC/1.0\r\nX: a WARC/1.0\r\n\r\n\r\nWARC/1.2\r\n\r\n\r\nWARC/1.1\r\nrest";
    RewindableStream stream = over(text);

    assertThat(stream.resyncAfter(0)).isEqualTo(text.indexOf("WARC/1.1"));
    assertThat(read(stream, 100)).isEqualTo("WARC/1.1\r\nrest");
  }

  @Test
  void endsWhereNoRecordFollows() throws IOException {
    RewindableStream stream = over(RECORD + "no record after this one\r\n\r\n");

    read(stream, 10);

    assertThat(stream.resyncAfter(0)).isEqualTo(-1);
    assertThat(read(stream, 10)).isEmpty();
  }

  @Test
  void keepsTheLastMebibyteAndMoreWhileReading() throws IOException {
    // a record start read long ago is forgotten; one within what is kept is found
    int far = RewindableStream.KEPT * 3;
    String text = "\r\n\r\n" + RECORD + "y".repeat(far) + "\r\n\r\n" + RECORD + "z".repeat(1000);
    RewindableStream stream = over(text);

    assertThat(read(stream, text.length())).hasSize(text.length());
    assertThat(stream.resyncAfter(0)).isEqualTo(4 + RECORD.length() + far + 4);
    assertThat(read(stream, RECORD.length())).isEqualTo(RECORD);
  }

  @Test
  void forgetsTheBytesKeptWhenTheStreamGoesOnElsewhere() throws IOException {
    RewindableStream stream = over("\r\n\r\n" + RECORD + "tail");
    read(stream, 100);

    stream.forget(5000);

    assertThat(stream.position()).isEqualTo(5000);
    assertThat(stream.resyncAfter(0)).isEqualTo(-1);
  }
}
