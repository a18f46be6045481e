package io.github.newsmodel.html.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.Pages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Safari's web archives: a binary property list whose main resource is the page. */
class WebArchiveTest {
  private static final byte[] ARCHIVE = Pages.bytes("safari-harbour-reopens.webarchive");
  private static final byte[] WITH_FRAMES = Pages.bytes("safari-disqus-harbour-reopens.webarchive");

  @Test
  void theMainResourceIsThePage() {
    assertThat(WebArchive.read(ARCHIVE)).hasValueSatisfying(a -> {
      assertThat(new String(a.html(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
          .contains("<h1 class=\"entry-title\">Harbour reopens after pier repairs</h1>");
      assertThat(a.encoding()).hasValue("UTF-8");
      assertThat(a.url()).hasValue("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/");
    });
  }

  /** Each frame's page is read as the main one is, in the archive's order. */
  @Test
  void theFramesArePagesOfTheirOwn() {
    assertThat(WebArchive.read(WITH_FRAMES)).hasValueSatisfying(a -> {
      assertThat(a.url()).hasValue("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/");
      assertThat(a.frames()).extracting(f -> f.url().orElseThrow()).satisfiesExactly(
          ad -> assertThat(ad).isEqualTo("https://ads.example.net/slot/1"),
          disqus -> assertThat(disqus).startsWith("https://disqus.com/embed/comments/?base=default"));
      assertThat(new String(a.frames().get(1).html(), StandardCharsets.UTF_8)).contains("disqus-threadData");
    });
    assertThat(WebArchive.read(ARCHIVE).orElseThrow().frames()).isEmpty();
  }

  /** Cut off anywhere, or with any byte of its trailer or its offsets changed, it is no archive, never an error. */
  @Test
  void aDamagedArchiveIsNoneAndNoError() {
    for (byte[] archive : new byte[][] {ARCHIVE, WITH_FRAMES}) {
      for (int length = 0; length < archive.length; length++) {
        assertThat(WebArchive.read(Arrays.copyOf(archive, length))).as("cut at %d", length).isEmpty();
      }
      for (int at = archive.length - 200; at < archive.length; at++) {
        for (int value : new int[] {0x00, 0x0F, 0x7F, 0x80, 0xFF}) {
          byte[] damaged = archive.clone();
          damaged[at] = (byte) value;
          WebArchive.read(damaged); // any answer but an exception
        }
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
