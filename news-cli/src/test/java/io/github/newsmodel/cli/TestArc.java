package io.github.newsmodel.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes ARC files (version 1, as the Internet Archive's crawlers wrote them from 1996) for the tests: a
 * {@code filedesc://} record first, then one record a call, each a header line of URL, IP address, 14-digit UTC
 * date, type and length, the block, and a newline. A {@code .arc.gz} holds each record in a gzip member of its
 * own, as real ones do, so that a reader can seek to any record.
 */
final class TestArc implements AutoCloseable {
  static final Instant DATE = Instant.parse("2001-02-03T04:05:00Z");
  private static final DateTimeFormatter ARC_DATE =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final String HTML_200 = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n";

  private final OutputStream out;
  private final boolean gzip;
  private final String name;
  private final List<Long> offsets = new ArrayList<>();
  private long written;
  private int records;

  private TestArc(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      this.out = Files.newOutputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.gzip = file.toString().endsWith(".gz");
    this.name = String.valueOf(file.getFileName());
    String fields = "1 0 newsmodel tests\nURL IP-address Archive-date Content-type Archive-length\n";
    record("filedesc://" + name, "0.0.0.0", ARC_DATE.format(DATE), "text/plain",
        fields.getBytes(StandardCharsets.US_ASCII));
  }

  static TestArc create(Path file) {
    return new TestArc(file);
  }

  /** An http URL, as the web of the ARC years had. */
  static String url(int n) {
    return "http://news.example.com/a/" + n;
  }

  /** The capture time of the n-th record after the file's description: a second apart. */
  static Instant date(int n) {
    return DATE.plusSeconds(n);
  }

  /** An HTML page as the server sent it: status 200 and Content-Type text/html, over HTTP/1.0. */
  TestArc html(String url, byte[] page) {
    return http(url, "text/html", "200 OK", "Content-Type: text/html\r\n", page);
  }

  /** An HTTP response with the given status, headers (each ended by CRLF) and body. */
  TestArc http(String url, String type, String status, String headers, byte[] body) {
    return record(url, "192.0.2.1 " + ARC_DATE.format(date(records)) + " " + type,
        "HTTP/1.0 " + status + "\r\n" + headers + "\r\n", body);
  }

  /** A document stored alone, without the HTTP status line and headers, as some early crawls stored them. */
  TestArc bare(String url, String type, byte[] document) {
    return record(url, "192.0.2.1", ARC_DATE.format(date(records)), type, document);
  }

  /**
   * An HTML page in a record of the ARC format's version 2, whose header line adds the HTTP status, a checksum, the
   * redirect's location, the record's offset and the file's name before the length.
   */
  TestArc v2(String url, byte[] page) {
    return record(url, "192.0.2.1 " + ARC_DATE.format(date(records)) + " text/html 200 "
        + "CHECKSUM0123456789ABCDEF - " + written + " " + name, HTML_200, page);
  }

  /** An HTML page whose HTTP response follows a blank line in the block. */
  TestArc afterBlankLine(String url, byte[] page) {
    return record(url, "192.0.2.1 " + ARC_DATE.format(date(records)) + " text/html", "\r\n" + HTML_200, page);
  }

  /** A DNS lookup, as crawlers recorded them beside the pages. */
  TestArc dns(String host) {
    return record("dns:" + host, "192.0.2.53", ARC_DATE.format(date(records)), "text/dns",
        (ARC_DATE.format(date(records)) + "\n" + host + ".\t300\tIN\tA\t192.0.2.1\n")
            .getBytes(StandardCharsets.US_ASCII));
  }

  /** A record with a date of the caller's, such as one of fewer than 14 digits. */
  TestArc dated(String url, String date, byte[] page) {
    return record(url, "192.0.2.1 " + date + " text/html", HTML_200, page);
  }

  /**
   * Where each record starts in the file, the description first: in a {@code .arc.gz}, where its gzip member
   * starts.
   */
  List<Long> offsets() {
    return List.copyOf(offsets);
  }

  private TestArc record(String url, String ip, String date, String type, byte[] block) {
    return record(url, ip + " " + date + " " + type, "", block);
  }

  /** A record whose header line holds the URL, the fields given, and the length of the HTTP header and body. */
  private TestArc record(String url, String fields, String httpHeader, byte[] body) {
    byte[] header = httpHeader.getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.writeBytes((url + " " + fields + " " + (header.length + body.length) + "\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    record.writeBytes(header);
    record.writeBytes(body);
    record.write('\n');
    byte[] bytes = gzip ? TestPages.gzip(record.toByteArray()) : record.toByteArray();
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    offsets.add(written);
    written += bytes.length;
    records++;
    return this;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
