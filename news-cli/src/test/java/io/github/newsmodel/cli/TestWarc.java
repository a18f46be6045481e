package io.github.newsmodel.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes WARC files for the tests with jwarc, with record ids and dates that are the same on every run. */
final class TestWarc implements AutoCloseable {
  static final Instant DATE = Instant.parse("2024-03-01T12:00:00Z");

  private final WarcWriter writer;
  private int records;

  private TestWarc(Path file, WarcCompression compression) {
    try {
      this.writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING), compression);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TestWarc create(Path file) {
    return new TestWarc(file, file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  /** The record id that the n-th record written gets, counting from 1. */
  static String recordId(int n) {
    return "urn:uuid:" + new UUID(0x5eed, n);
  }

  static String url(int n) {
    return "https://news.example.com/a/" + n;
  }

  /** The date of the n-th record: a second apart, so that each record's capture time is its own. */
  static Instant date(int n) {
    return DATE.plusSeconds(n);
  }

  TestWarc warcinfo() {
    return write(new Warcinfo.Builder().recordId(nextId()).date(nextDate())
        .body(MediaType.WARC_FIELDS, "software: newsmodel tests\r\n".getBytes(StandardCharsets.US_ASCII)).build());
  }

  TestWarc request(String url) {
    byte[] http = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    return write(new WarcRequest.Builder(url).recordId(nextId()).date(nextDate()).body(MediaType.HTTP_REQUEST, http)
        .build());
  }

  /** An HTML response: status 200, Content-Type text/html with the charset if given. */
  TestWarc html(String url, byte[] page) {
    return response(url, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", page);
  }

  /** A response with the given status line, headers (each ended by CRLF) and body, written as they are. */
  TestWarc response(String url, String status, String headers, byte[] body) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(("HTTP/1.1 " + status + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    http.writeBytes(body);
    return write(new WarcResponse.Builder(url).recordId(nextId()).date(nextDate())
        .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build());
  }

  /** A response its crawler stored cut off: with {@code WARC-Truncated} and a body as it got it. */
  TestWarc truncatedResponse(String url, String headers, byte[] body, String reason) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(("HTTP/1.1 200 OK\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    http.writeBytes(body);
    return write(new WarcResponse.Builder(url).recordId(nextId()).date(nextDate()).addHeader("WARC-Truncated", reason)
        .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build());
  }

  TestWarc resource(String url, String type, byte[] body) {
    return write(new WarcResource.Builder(URI.create(url)).recordId(nextId()).date(nextDate())
        .body(MediaType.parse(type), body).build());
  }

  TestWarc revisit(String url) {
    return write(new WarcRevisit.Builder(URI.create(url)).recordId(nextId()).date(nextDate()).build());
  }

  /** An HTML response, as {@link #html}, with the payload digest its crawler would write. */
  TestWarc html(String url, byte[] page, String payloadDigest) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    http.writeBytes(page);
    return write(new WarcResponse.Builder(url).recordId(nextId()).date(nextDate())
        .addHeader("WARC-Payload-Digest", payloadDigest).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build());
  }

  /**
   * A revisit record of a profile with the WARC headers given (each "Name: value"), and an HTTP response header of
   * the status given as its block, as Heritrix writes one.
   */
  TestWarc revisit(String url, String profile, String status, String... headers) {
    WarcRevisit.Builder builder = new WarcRevisit.Builder(URI.create(profile)).recordId(nextId()).date(nextDate())
        .addHeader("WARC-Target-URI", url);
    for (String header : headers) {
      int colon = header.indexOf(':');
      builder.addHeader(header.substring(0, colon), header.substring(colon + 1).trim());
    }
    byte[] http = ("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    return write(builder.body(MediaType.HTTP_RESPONSE, http).build());
  }

  private URI nextId() {
    return URI.create(recordId(records + 1));
  }

  private Instant nextDate() {
    return date(records + 1);
  }

  private TestWarc write(WarcRecord record) {
    try {
      writer.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    records++;
    return this;
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
