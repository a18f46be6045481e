package io.github.newsmodel.html.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.Pages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Safari's web archives: a binary property list whose main resource is the page. */
class WebArchiveTest {
  private static final byte[] ARCHIVE = Pages.bytes("safari-harbour-reopens.webarchive");

  @Test
  void theMainResourceIsThePage() {
    assertThat(WebArchive.read(ARCHIVE)).hasValueSatisfying(a -> {
      assertThat(new String(a.html(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
          .contains("<h1 class=\"entry-title\">Harbour reopens after pier repairs</h1>");
      assertThat(a.encoding()).hasValue("UTF-8");
      assertThat(a.url()).hasValue("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/");
    });
  }

  /** Cut off anywhere, or with any byte of its trailer or its offsets changed, it is no archive, never an error. */
  @Test
  void aDamagedArchiveIsNoneAndNoError() {
    for (int length = 0; length < ARCHIVE.length; length++) {
      assertThat(WebArchive.read(Arrays.copyOf(ARCHIVE, length))).as("cut at %d", length).isEmpty();
    }
    for (int at = ARCHIVE.length - 200; at < ARCHIVE.length; at++) {
      for (int value : new int[] {0x00, 0x0F, 0x7F, 0x80, 0xFF}) {
        byte[] damaged = ARCHIVE.clone();
        damaged[at] = (byte) value;
        WebArchive.read(damaged); // any answer but an exception
      }
    }
  }

  @Test
  void otherBytesAreNoArchive() {
    assertThat(WebArchive.read("<html><body>bplist00</body></html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(WebArchive.read("bplist00".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(WebArchive.mayBeArchive(ARCHIVE)).isTrue();
  }
}
