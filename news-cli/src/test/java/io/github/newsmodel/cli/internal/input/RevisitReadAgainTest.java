package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** What a revisit says when the page it refers to can no longer be read. */
class RevisitReadAgainTest {
  private static final ReadSettings SETTINGS = new ReadSettings(1 << 20, Optional.empty(), Optional.empty());
  private static final String PAGE_ID = "urn:uuid:00000000-0000-5eed-0000-000000000002";

  @TempDir Path dir;

  /**
   * The first crawl's file is cut (a partial copy, a crawler that rewrote it) between the page's first read and the
   * revisit's: the revisit is an error that names the place of the break. The offset that the error names must be
   * one of the file's; the reader that reads the record again counts its offsets from where it started.
   */
  @Test
  void theErrorOfARevisitWhosePageIsCutNamesOffsetsOfTheFile() throws IOException {
    Path first = dir.resolve("crawl-1.warc.gz");
    Path second = dir.resolve("crawl-2.warc.gz");
    long pageStart;
    try (WarcWriter w = writer(first)) {
      w.write(new Warcinfo.Builder().date(Instant.parse("2024-03-01T12:00:01Z"))
          .body(MediaType.WARC_FIELDS, "software: test\r\n".repeat(40).getBytes(StandardCharsets.US_ASCII)).build());
      pageStart = w.position();
      w.write(new WarcResponse.Builder("https://news.example.com/a/1").recordId(URI.create(PAGE_ID))
          .date(Instant.parse("2024-03-01T12:00:02Z"))
          .body(MediaType.HTTP_RESPONSE, ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>One</title>"
              + "<p>A paragraph of the page.</p>".repeat(200)).getBytes(StandardCharsets.UTF_8)).build());
    }
    try (WarcWriter w = writer(second)) {
      w.write(new WarcRevisit.Builder(URI.create("http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"))
          .addHeader("WARC-Target-URI", "https://news.example.com/a/1")
          .addHeader("WARC-Refers-To", "<" + PAGE_ID + ">")
          .date(Instant.parse("2024-03-02T12:00:00Z"))
          .body(MediaType.HTTP_RESPONSE, "HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
    }
    RevisitTargets revisits = new RevisitTargets();
    RecordingSink firstRead = new RecordingSink();
    WarcPages.readFile("crawl-1.warc.gz", first, ArchiveFormat.WARC, SETTINGS, revisits, firstRead);
    assertThat(firstRead.works).hasSize(1).allSatisfy(w -> assertThat(w).isInstanceOf(Page.class));
    long size = Files.size(first);
    try (FileChannel file = FileChannel.open(first, StandardOpenOption.WRITE)) {
      file.truncate(pageStart + (size - pageStart) / 2);
    }

    RecordingSink secondRead = new RecordingSink();
    WarcPages.readFile("crawl-2.warc.gz", second, ArchiveFormat.WARC, SETTINGS, revisits, secondRead);

    assertThat(secondRead.works).hasSize(1);
    ReadFailure failure = (ReadFailure) secondRead.works.get(0);
    String message = failure.outcome().message();
    assertThat(message).contains("at offset " + pageStart + " of ");
    // the gzip member that breaks starts where the page does, not at offset 0 of the file
    assertThat(message).doesNotContain("from offset 0 ");
  }

  private static WarcWriter writer(Path file) throws IOException {
    return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
  }
}
