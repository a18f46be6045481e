package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The progress a WACZ file reports: bytes of the file, not of its inflated entries. */
class WaczPagesTest {
  private static final int PAGES = 40;

  @TempDir Path dir;

  @Test
  void progressAddsUpToTheFileSizeStepByStepThoughTheEntryInflatesToMore() throws IOException {
    byte[] warc = warc();
    Path wacz = dir.resolve("crawl.wacz");
    try (OutputStream out = Files.newOutputStream(wacz); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("archive/data.warc")); // deflated: pages of one pattern shrink much
      zip.write(warc);
      zip.closeEntry();
    }
    RecordingSink sink = new RecordingSink();

    WaczPages.readFile("crawl.wacz", wacz, new ReadSettings(1 << 20, Optional.empty(), Optional.empty()), sink);

    assertThat(sink.works).hasSize(PAGES);
    assertThat(Files.size(wacz)).isLessThan(warc.length / 4);
    assertThat(sink.reports).allSatisfy(bytes -> assertThat(bytes).isPositive());
    assertThat(sink.reports.stream().mapToLong(Long::longValue).sum()).isEqualTo(Files.size(wacz));
    assertThat(sink.reports).hasSizeGreaterThan(PAGES / 2); // not all at the end
  }

  private static byte[] warc() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
      for (int n = 1; n <= PAGES; n++) {
        StringBuilder page = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>Page "
            + n + "</title><body>");
        page.append("<p>The council met on Tuesday.</p>".repeat(200));
        writer.write(new WarcResponse.Builder(URI.create("https://news.example.com/a/" + n))
            .date(Instant.parse("2024-03-01T12:00:00Z"))
            .body(MediaType.HTTP_RESPONSE, page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8))
            .build());
      }
    }
    return bytes.toByteArray();
  }
}
