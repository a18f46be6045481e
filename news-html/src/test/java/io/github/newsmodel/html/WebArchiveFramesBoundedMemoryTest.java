package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A hostile web archive's 64 frames may all name one large data object (here: the top dictionary itself, so that
 * each frame's main resource is the page's own). The reader copied each frame's WebResourceData: a file within the
 * 16 MiB page limit then held 65 copies of 15 MiB in the heap at once, which the bounded-memory JVM's 640 MiB do not
 * hold. A frame's bytes now stay in the file's until asked for, and a frame of the page's own bytes is none.
 */
@Tag("bounded-memory")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebArchiveFramesBoundedMemoryTest {
  @BeforeAll
  static void theHeapIsSmall() {
    assertThat(Runtime.getRuntime().maxMemory()).as("run in the bounded-memory JVM").isLessThan(700L << 20);
  }

  @Test
  void framesThatNameThePagesOwnArchiveAreNotCopiedEach() throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Pier</title></head><body><article>"
        + "<h1>Pier</h1><p>The pier reopened on Tuesday after repairs that took most of the winter.</p></article>");
    while (html.length() < 15 << 20) {
      html.append("<!-- padding of the page, as a page's inline styles and scripts are -->\n");
    }
    html.append("</body></html>");
    byte[] archive = archiveWhoseFramesAreItself(html.toString().getBytes(StandardCharsets.US_ASCII), 64);
    html = null;
    assertThat(archive.length).isLessThan((int) ParseOptions.DEFAULT_MAX_PAGE_SIZE);

    Article article = HtmlArticles.parse(new ByteArrayInputStream(archive),
        URI.create("file:///home/you/saved/pier.webarchive"));

    assertThat(article.title()).hasValue("Pier");
  }

  /**
   * A bplist00 whose top dictionary (object 0) has a WebMainResource of the page and WebSubframeArchives, an array
   * of {@code frames} references to object 0.
   */
  static byte[] archiveWhoseFramesAreItself(byte[] page, int frames) {
    List<byte[]> objects = new ArrayList<>();
    objects.add(dict(new int[] {1, 3}, new int[] {2, 4})); // 0: top
    objects.add(ascii("WebMainResource")); // 1
    objects.add(dict(new int[] {5, 7, 9}, new int[] {6, 8, 10})); // 2: main resource
    objects.add(ascii("WebSubframeArchives")); // 3
    int[] refs = new int[frames];
    objects.add(array(refs)); // 4: frames, each object 0
    objects.add(ascii("WebResourceData")); // 5
    objects.add(marked(0x40, page.length, page)); // 6
    objects.add(ascii("WebResourceMIMEType")); // 7
    objects.add(ascii("text/html")); // 8
    objects.add(ascii("WebResourceURL")); // 9
    objects.add(ascii("https://westhaven-courier.example.co.uk/pier/")); // 10
    ByteArrayOutputStream out = new ByteArrayOutputStream(page.length + 4096);
    out.writeBytes("bplist00".getBytes(StandardCharsets.US_ASCII));
    int[] offsets = new int[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      out.writeBytes(objects.get(i));
    }
    int table = out.size();
    for (int offset : offsets) {
      out.writeBytes(be(offset, 4));
    }
    out.writeBytes(new byte[6]);
    out.write(4); // offset size
    out.write(1); // reference size
    out.writeBytes(be(objects.size(), 8));
    out.writeBytes(be(0, 8)); // top object
    out.writeBytes(be(table, 8));
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return marked(0x50, s.length(), s.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] dict(int[] keys, int[] values) {
    byte[] refs = new byte[keys.length * 2];
    for (int i = 0; i < keys.length; i++) {
      refs[i] = (byte) keys[i];
      refs[keys.length + i] = (byte) values[i];
    }
    return marked(0xD0, keys.length, refs);
  }

  private static byte[] array(int[] items) {
    byte[] refs = new byte[items.length];
    for (int i = 0; i < items.length; i++) {
      refs[i] = (byte) items[i];
    }
    return marked(0xA0, items.length, refs);
  }

  /** An object's marker, its count (in the low nibble, or as the 4-byte integer after 0xF) and its contents. */
  private static byte[] marked(int kind, int count, byte[] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
    if (count < 15) {
      out.write(kind | count);
    } else {
      out.write(kind | 0xF);
      out.write(0x12);
      out.writeBytes(be(count, 4));
    }
    out.writeBytes(contents);
    return out.toByteArray();
  }

  private static byte[] be(long v, int width) {
    byte[] b = new byte[width];
    for (int i = width - 1; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }
}
