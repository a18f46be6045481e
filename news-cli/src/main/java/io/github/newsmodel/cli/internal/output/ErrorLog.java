package io.github.newsmodel.cli.internal.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.core.NewsModelException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reports failed pages: one line on standard error each, and with {@code --errors}, one JSON object a line in the
 * error file:
 *
 * <pre>
 * {"input":"crawl.warc.gz","recordId":"urn:uuid:...","offset":1234,"url":"http://...","kind":"not-an-article",
 *  "exception":"io.github.newsmodel.html.NotAnArticleException","message":"http://...: no news article ..."}
 * </pre>
 *
 * Fields that do not apply (a record id for a file) are left out; {@code exception} is there only for a page
 * the parser rejected, naming the public exception it threw. Each record is written whole, with one write,
 * so that a record never shares its line with anything else on a stream shared with standard error. With
 * {@code --errors -} the records go to standard error in place of the error lines, which would say the same. A
 * page that met a bug in newsmodel also gets its stack trace on standard error, since that is what a bug report
 * needs.
 */
public final class ErrorLog implements AutoCloseable {
  static final String BUG_NOTE = "this is a bug in newsmodel: please report it, with the page and the stack trace"
      + " below, at https://github.com/newsmodel/newsmodel/issues";

  /** Each record ends with a newline of its own rather than Jackson's space between root values. */
  private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((SerializableString) null)
      .build();

  private final StatusLine stderr;
  private final @Nullable OutputStream records;
  private final boolean errorLines;

  private ErrorLog(StatusLine stderr, @Nullable OutputStream records, boolean errorLines) {
    this.stderr = stderr;
    this.records = records;
    this.errorLines = errorLines;
  }

  /**
   * A log without {@code --errors}: an error line on standard error for each failed page.
   *
   * @param stderr standard error
   * @return the log
   */
  public static ErrorLog linesOnly(StatusLine stderr) {
    return new ErrorLog(stderr, null, true);
  }

  /**
   * A log with {@code --errors FILE}: an error line on standard error and a record in the file.
   *
   * @param stderr standard error
   * @param records the error file, which the log owns and closes
   * @return the log
   */
  public static ErrorLog withRecords(StatusLine stderr, OutputStream records) {
    return new ErrorLog(stderr, records, true);
  }

  /**
   * A log with {@code --errors -}: the records on standard error, in place of the error lines.
   *
   * @param stderr standard error
   * @return the log
   */
  public static ErrorLog recordsOnStandardError(StatusLine stderr) {
    return new ErrorLog(stderr, stderr.records(), false);
  }

  /**
   * Reports one failed page.
   *
   * @param failed the failure
   * @throws UncheckedIOException if the error file cannot be written
   */
  public void report(Outcome.Failed failed) {
    if (errorLines) {
      stderr.println("news: error: " + failed.origin().describe() + ": " + lineMessage(failed));
    }
    if (records != null) {
      byte[] record = record(failed);
      UncheckedIo.run(() -> records.write(record));
    }
    if (failed.kind() == ErrorKind.BUG) {
      StringWriter trace = new StringWriter();
      failed.cause().printStackTrace(new PrintWriter(trace));
      // Without an error line before it, the note names the page itself.
      String note = errorLines ? "  " + BUG_NOTE : "news: " + failed.origin().describe() + ": " + BUG_NOTE;
      stderr.print(OneLine.escape(note) + "\n" + trace);
    }
  }

  /**
   * The message of an error line: a WARC record's origin names its URL, which a rejected page's message begins
   * with too ({@code http://... at 'html > body': no news article}); the line says it once, as it does for a file.
   * The record keeps the whole message, which its {@code url} field does not replace for a reader of the message.
   */
  static String lineMessage(Outcome.Failed failed) {
    String message = failed.message();
    PageOrigin origin = failed.origin();
    if (!origin.isRecord() || origin.url().isEmpty()) {
      return message;
    }
    String url = origin.url().get().toString();
    if (message.startsWith(url + " at '")) {
      return message.substring(url.length() + 1);
    }
    if (message.startsWith(url + ": ")) {
      return message.substring(url.length() + 2);
    }
    return message;
  }

  /** The record as one line of UTF-8 JSON, ended by a newline. */
  private static byte[] record(Outcome.Failed failed) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    UncheckedIo.run(() -> {
      try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
        writeRecord(g, failed);
      }
    });
    return bytes.toByteArray();
  }

  private static void writeRecord(JsonGenerator g, Outcome.Failed failed) throws IOException {
    PageOrigin origin = failed.origin();
    g.writeStartObject();
    g.writeStringField("input", origin.input());
    writeIfPresent(g, "recordId", origin.recordId());
    if (origin.offset().isPresent()) {
      g.writeNumberField("offset", origin.offset().getAsLong());
    }
    writeIfPresent(g, "url", origin.url().map(URI::toString));
    g.writeStringField("kind", failed.kind().label());
    writeIfPresent(g, "exception", publicException(failed.cause()));
    g.writeStringField("message", failed.message());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  /**
   * The public newsmodel exception the parser threw, as {@code HtmlArticles.parse} would throw it to a caller: the
   * nearest class of the cause outside newsmodel's internal packages. None when the page failed before it was
   * parsed or met a bug: the exceptions of reading, of jwarc and of the JDK are no part of the record format.
   */
  static Optional<String> publicException(Throwable cause) {
    for (Class<?> type = cause.getClass(); NewsModelException.class.isAssignableFrom(type);
        type = type.getSuperclass()) {
      if (!type.getPackageName().contains(".internal")) {
        return Optional.of(type.getName());
      }
    }
    return Optional.empty();
  }

  private static void writeIfPresent(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  /**
   * Passes the records written so far on to the error file.
   *
   * @throws UncheckedIOException if the error file cannot be written
   */
  public void flush() {
    if (records != null) {
      UncheckedIo.run(records::flush);
    }
  }

  /**
   * Closes the error file, if any.
   *
   * @throws UncheckedIOException if the error file cannot be written
   */
  @Override
  public void close() {
    if (records != null) {
      UncheckedIo.run(records::close);
    }
  }
}
