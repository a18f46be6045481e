package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.cli.internal.page.PageSink;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import io.github.newsmodel.cli.internal.page.Work;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.internal.io.PageBytes;
import io.github.newsmodel.html.internal.io.PageTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the pages of a WARC or ARC file, one record at a time, with jwarc.
 *
 * <p>Only {@code response} records of HTTP responses with a 2xx status (but 204, 205 and 206) and HTML content are
 * pages: by their Content-Type, or by their first bytes when it is missing or generic; and {@code resource} records
 * of http or https URLs typed as HTML, pages stored without their HTTP response. Every other record is counted as
 * skipped. The body is decoded (chunked transfer, gzip, deflate or brotli content, see
 * {@link HttpBodies}) and read into memory, up to the page size limit, before the reader moves on; the charset of
 * the Content-Type goes along. A page that its crawler stored cut off, as {@code WARC-Truncated} says or as
 * compressed data that end early inside a whole record show, is the page as far as it goes, marked truncated.
 *
 * <p>jwarc reads an ARC record as a WARC response with the ARC header's URL and date; only records of http and https
 * URLs can be pages, and one that holds a document without an HTTP header is a page if its first bytes are HTML's
 * (see {@link ArcBlock}). The ARC header's date is UTC to the second; one of other length, which jwarc pads or
 * cuts, is left out rather than guessed.
 *
 * <p>A record that cannot be read becomes an error record and reading goes on with the next one. When the file
 * itself breaks (a record cut off at the end of the file, a malformed record header), one error record names the
 * offset, and the rest of the file is not read: nothing after that point can be found reliably. Line ends and zero
 * bytes after the last record of an uncompressed file are no break.
 *
 * <p>An offset is where a reader can seek to and start reading the record: in a {@code .warc.gz}, the start of
 * the gzip member that begins with it. Where one gzip member holds several records, as when a whole WARC file was
 * compressed with {@code gzip}, a record within it has no such place, and its offset is left out.
 */
final class WarcPages {
  /** How {@link Long#parseLong} starts its message about text that is not a number. */
  private static final String NOT_A_NUMBER = "For input string: ";
  /** The most blank bytes after the last record that end a file quietly: a tape block's padding is 10 KiB. */
  private static final long MAX_TRAILING_BLANK = 64 * 1024;

  private final String name;
  private final @Nullable Path path;
  private final WarcReader reader;
  private final @Nullable GzipMemberStarts compressed;
  private final ReadSettings settings;
  private final PageSink sink;
  /** What the file is, as its name or first bytes told, and then as its last record read was. */
  private ArchiveFormat format;
  private long reported;
  private long records;
  /** Whether jwarc found the date of the ARC record being read of the wrong length. */
  private boolean arcDateUnsure;

  private WarcPages(String name, @Nullable Path path, ArchiveFormat format, WarcReader reader,
      @Nullable GzipMemberStarts compressed, ReadSettings settings, PageSink sink) {
    this.name = name;
    this.path = path;
    this.format = format;
    this.reader = reader;
    this.compressed = compressed;
    this.settings = settings;
    this.sink = sink;
    reader.setLenient(true); // read what archives hold, not only what the standard allows
    // jwarc says so only in a warning, while it reads the record's header: "ARC date too short (12 digits)".
    reader.onWarning(warning -> arcDateUnsure |= warning.startsWith("ARC date"));
  }

  /** Reads a WARC or ARC file, seeking past the bodies of records that are not pages when it is not compressed. */
  static void readFile(String name, Path path, ArchiveFormat format, ReadSettings settings, PageSink sink) {
    long size = InputFiles.sizeOf(path);
    WarcReader reader;
    GzipMemberStarts compressed = null;
    try {
      FileChannel channel = FileChannel.open(path);
      try {
        Optional<UnsupportedCompression> unsupported = UnsupportedCompression.byHead(first(channel, 6));
        if (unsupported.isPresent()) {
          // jwarc would read a .warc.zst with a library that news does not carry, and fail without it
          InputFiles.closeQuietly(channel);
          String message = unsupported.get().message(path);
          sink.accept(new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT, message,
              new IOException(message)));
          sink.bytesRead(size);
          return;
        }
        // A compressed file is read through the channel that tells offsets; a plain one is read from the file
        // itself, so that jwarc can seek past the records that are no pages.
        compressed = isGzip(channel) ? new GzipMemberStarts(channel) : null;
        reader = new WarcReader(compressed != null ? compressed : channel);
      } catch (IOException | RuntimeException e) {
        InputFiles.closeQuietly(channel);
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(notAWarc(name, format, e));
      sink.bytesRead(size);
      return;
    }
    WarcPages pages = new WarcPages(name, path, format, reader, compressed, settings, sink);
    try {
      pages.readAll();
    } finally {
      InputFiles.closeQuietly(reader);
      sink.bytesRead(size - pages.reported);
    }
  }

  /** Reads a WARC or ARC file from a stream, such as standard input or a WACZ file's entry. */
  static void readStream(String name, InputStream in, ArchiveFormat format, ReadSettings settings, PageSink sink) {
    WarcReader reader;
    GzipMemberStarts compressed = new GzipMemberStarts(Channels.newChannel(in));
    try {
      reader = new WarcReader(compressed);
    } catch (IOException | RuntimeException e) {
      sink.accept(notAWarc(name, format, e));
      return;
    }
    try {
      new WarcPages(name, null, format, reader, compressed, settings, sink).readAll();
    } finally {
      InputFiles.closeQuietly(reader);
    }
  }

  private void readAll() {
    while (true) {
      Optional<WarcRecord> next;
      Exception broken = null;
      arcDateUnsure = false;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        broken = e;
        next = Optional.empty();
      } catch (NoClassDefFoundError e) {
        // jwarc reads some compressions with libraries that news does not carry
        broken = new IOException("its compression needs a library that news does not carry (" + e.getMessage()
            + ")", e);
        next = Optional.empty();
      }
      long position = reader.position();
      sink.bytesRead(position - reported);
      reported = position;
      if (broken != null) {
        if (!blankFrom(position)) {
          sink.accept(brokenAt(position, broken));
        }
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      format = ArcBlock.isArc(next.get()) ? ArchiveFormat.ARC : ArchiveFormat.WARC;
      if (!read(next.get())) {
        return;
      }
      records++;
    }
  }

  /**
   * Whether the file holds nothing but line ends, spaces and NUL bytes from a position to its end: what some
   * writers leave after the last record (an extra line end, a block's zero padding), which ends the file as well as
   * its end does. Only a file that is not compressed can be looked at: standard input has been read past, and in a
   * compressed file the reader's position need not be one of the file's.
   */
  private boolean blankFrom(long position) {
    if (path == null || compressed != null || position < 0) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(path)) {
      long rest = channel.size() - position;
      if (rest <= 0 || rest > MAX_TRAILING_BLANK) {
        return false;
      }
      ByteBuffer bytes = ByteBuffer.allocate((int) rest);
      while (bytes.hasRemaining() && channel.read(bytes, position + bytes.position()) > 0) {
        // a read at a position leaves the channel's own position alone
      }
      for (int i = 0; i < bytes.position(); i++) {
        byte b = bytes.get(i);
        if (b != 0 && b != '\r' && b != '\n' && b != ' ' && b != '\t') {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false; // the break is reported as it is
    }
  }

  private static boolean isGzip(FileChannel channel) throws IOException {
    byte[] magic = first(channel, 2);
    return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
  }

  /** The file's first bytes, at most {@code count}; a read at a position leaves the channel's own position. */
  private static byte[] first(FileChannel channel, int count) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(count);
    while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) > 0) {
      // until the count or the end of the file
    }
    return Arrays.copyOf(bytes.array(), bytes.position());
  }

  /**
   * Where a record, or the point where the file broke, can be sought to: the position itself in a plain WARC file,
   * and in a compressed one only where a gzip member starts; -1 elsewhere, inside a gzip member of several records.
   */
  private long offset(long position) {
    if (reader.compression() == WarcCompression.NONE || position == 0) {
      return position;
    }
    return compressed != null && reader.compression() == WarcCompression.GZIP && compressed.startsMember(position)
        ? position : -1;
  }

  /** The file cannot be read from a record header on; the origin names the offset, so the message need not. */
  private ReadFailure brokenAt(long position, Exception broken) {
    Optional<Head> head = position == 0 && broken instanceof ParsingException ? head() : Optional.empty();
    if (head.isPresent()) {
      if (head.get().archive().isEmpty()) {
        return new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT, "not " + article(format) + " "
            + format + " file: it does not start with '" + format.magicText() + "'"
            + (head.get().gzip() ? " once decompressed" : ""), broken);
      }
      format = head.get().archive().get();
    }
    long offset = offset(position);
    String where = offset >= 0 ? "from here on"
        : records == 1 ? "after its first record" : "after its first " + records + " records";
    return new ReadFailure(PageOrigin.record(name, null, offset, null), IoMessages.kind(broken),
        "the " + format + " file cannot be read " + where + ": "
            + describe(broken, "no valid " + format + " record header", format), broken);
  }

  /** The start of the file; none for standard input, which is read as a WARC file only when it starts as one. */
  private Optional<Head> head() {
    try {
      return path == null ? Optional.empty() : Optional.of(Head.of(path));
    } catch (IOException e) {
      return Optional.empty(); // the file's own error says more
    }
  }

  /** Hands one record to the sink; false when the file ends inside it. */
  private boolean read(WarcRecord record) {
    // jwarc calls every ARC record but dns: ones HTTP, those of ftp: and other URLs too: they hold no HTTP.
    boolean response = record instanceof WarcResponse r && holdsHttp(r) && !(ArcBlock.isArc(r) && !isHttpTarget(r));
    // A page stored without its HTTP response, as warcit stores the files of a saved site.
    boolean resource = record instanceof WarcResource r && isHttpTarget(r);
    if (!response && !resource) {
      sink.skipped();
      return true;
    }
    WarcCaptureRecord capture = (WarcCaptureRecord) record;
    String recordId = header(record, "WARC-Record-ID").map(WarcPages::unbracket).orElse(null);
    URI target = target(capture);
    PageOrigin origin = PageOrigin.record(name, recordId, offset(record.position()), target);
    if (target == null) {
      sink.accept(new ReadFailure(origin, ErrorKind.UNREADABLE_INPUT, "the record has no absolute "
          + (format == ArchiveFormat.ARC ? "URL" : "WARC-Target-URI") + ": '"
          + header(record, "WARC-Target-URI").orElse("") + "'", new IOException("no WARC-Target-URI")));
      return true;
    }
    Optional<Work> work;
    boolean fileEnds = false;
    try {
      work = response ? page((WarcResponse) capture, origin, target, recordId)
          : resourcePage((WarcResource) capture, origin, target, recordId);
    } catch (PageTooLargeException e) {
      work = Optional.of(new ReadFailure(origin, ErrorKind.TOO_LARGE, IoMessages.tooLarge(e), e));
    } catch (EOFException e) {
      fileEnds = isCutOff(capture);
      work = Optional.of(fileEnds
          ? new ReadFailure(origin, ErrorKind.TRUNCATED, "the record is cut off: the " + format
              + " file ends inside it", e)
          : unreadable(origin, e, response));
    } catch (IOException | RuntimeException e) {
      work = Optional.of(unreadable(origin, e, response));
    }
    if (work.isPresent()) {
      sink.accept(work.get());
    } else {
      sink.skipped();
    }
    return !fileEnds;
  }

  /**
   * The page a resource record holds, or nothing if it holds no HTML. Only a type of HTML makes one: a resource's
   * type is the tool's, not a server's, and a generic type is most often a video or an archive, not worth reading
   * into memory to sniff.
   */
  private Optional<Work> resourcePage(WarcResource resource, PageOrigin origin, URI target,
      @Nullable String recordId) throws IOException {
    Optional<MediaType> type = header(resource, "Content-Type").flatMap(WarcPages::mediaType);
    if (HtmlSniffer.byType(type.flatMap(WarcPages::baseType)) != HtmlSniffer.Verdict.HTML) {
      return Optional.empty();
    }
    byte[] bytes = PageBytes.readAtMost(resource.body().stream(), settings.maxPageSize());
    return Optional.of(page(resource, origin, target, recordId, bytes, type.flatMap(t -> parameter(t, "charset")),
        storedCutOff(resource)));
  }

  /** What a record says of being stored cut off by its crawler (WARC 1.1, 5.13). */
  private static Optional<String> storedCutOff(WarcRecord record) {
    return header(record, "WARC-Truncated")
        .map(reason -> "the crawler stored the record cut off (WARC-Truncated: " + reason + ")");
  }

  /** The record's page, or nothing if the response is not a page. */
  private Optional<Work> page(WarcResponse response, PageOrigin origin, URI target, @Nullable String recordId)
      throws IOException {
    HttpResponse http;
    if (ArcBlock.isArc(response)) {
      ArcBlock block = ArcBlock.read(response.body());
      if (!block.isHttp()) {
        return block.looksLikeHtml() ? Optional.of(page(response, origin, target, recordId,
            PageBytes.readAtMost(block.stream(), settings.maxPageSize()), Optional.empty(), Optional.empty()))
            : Optional.empty();
      }
      http = block.http();
    } else {
      http = response.http();
    }
    int status = http.status();
    if (status < 200 || status > 299 || status == 204 || status == 205 || status == 206) {
      return Optional.empty(); // redirects, errors and partial content are not the page at that URL
    }
    Optional<MediaType> type = http.headers().first("Content-Type").flatMap(WarcPages::mediaType);
    HtmlSniffer.Verdict verdict = HtmlSniffer.byType(type.flatMap(WarcPages::baseType));
    if (verdict == HtmlSniffer.Verdict.NOT_HTML) {
      return Optional.empty();
    }
    List<HttpBodies.Coding> codings = HttpBodies.codings(http);
    PageBytes.Read read;
    try {
      read = PageBytes.readUntilCut(HttpBodies.decoded(http, codings), settings.maxPageSize());
    } catch (EOFException e) {
      read = new PageBytes.Read(new byte[0], true, e); // the compressed data end before their header does
    }
    EOFException cut = read.cut();
    if (cut != null && (codings.isEmpty() || !wholeRecord(http))) {
      throw cut; // the file ends inside the record
    }
    byte[] bytes = read.bytes();
    // A record that its crawler stored cut off (at its size limit, or at a time limit) says so in WARC-Truncated,
    // and a compressed page then ends early too. Either way, the page is what there is of it, as for a saved page
    // that is cut off.
    Optional<String> truncation = storedCutOff(response)
        .or(() -> cut == null ? Optional.empty()
            : Optional.of("the record's " + codings.get(codings.size() - 1).label() + " data end early"));
    if (cut != null && bytes.length == 0) {
      return Optional.of(new ReadFailure(origin, ErrorKind.TRUNCATED, truncation.get() + ", before any of the page",
          cut));
    }
    if (verdict == HtmlSniffer.Verdict.SNIFF && !HtmlSniffer.looksLikeHtml(bytes)) {
      return Optional.empty();
    }
    return Optional.of(page(response, origin, target, recordId, bytes, type.flatMap(t -> parameter(t, "charset")),
        truncation));
  }

  /**
   * After the decompressed body ended early: whether the record itself is whole, its body read to its length,
   * rather than cut off by the end of the file.
   */
  private static boolean wholeRecord(HttpResponse http) {
    try {
      http.body().consume();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private Page page(WarcRecord record, PageOrigin origin, URI target, @Nullable String recordId, byte[] bytes,
      Optional<String> charset, Optional<String> truncation) {
    Source source = Source.builder()
        .uri(target)
        .recordId(Optional.ofNullable(recordId))
        .capturedAt(arcDateUnsure ? Optional.empty() : capturedAt(record))
        .build();
    return new Page(origin, bytes, target, settings.options(source, charset), truncation);
  }

  /**
   * After reading a record hit the end of its data: whether the file ends inside the record, rather than only the
   * HTTP payload inside a whole record (a cut-off gzip stream, say). The record's own body then stopped short of
   * its Content-Length.
   */
  private static boolean isCutOff(WarcRecord record) {
    try {
      return record.body().position() < record.body().size();
    } catch (IOException e) {
      return true;
    }
  }

  private static ReadFailure unreadable(PageOrigin origin, Exception e, boolean http) {
    return new ReadFailure(origin, IoMessages.kind(e), (http ? "cannot read the record's HTTP response: "
        : "cannot read the record: ") + describe(e, "no valid HTTP response header", null), e);
  }

  private static ReadFailure notAWarc(String name, ArchiveFormat format, Exception e) {
    return new ReadFailure(PageOrigin.input(name), IoMessages.kind(e), "cannot read the " + format + " file: "
        + describe(e, "no valid " + format + " record header", format), e);
  }

  private static String article(ArchiveFormat format) {
    return format == ArchiveFormat.ARC ? "an" : "a";
  }

  /** A response record holds an HTTP response if it says so, or, saying nothing, if its target is http. */
  private static boolean holdsHttp(WarcResponse response) {
    Optional<String> type = header(response, "Content-Type");
    if (type.isEmpty()) {
      return isHttpTarget(response);
    }
    return baseType(MediaType.parseLeniently(type.get())).filter("application/http"::equals).isPresent();
  }

  private static boolean isHttpTarget(WarcCaptureRecord record) {
    String target = record.target().toLowerCase(Locale.ROOT);
    return target.startsWith("http:") || target.startsWith("https:") || target.startsWith("<http");
  }

  private static @Nullable URI target(WarcCaptureRecord record) {
    try {
      URI uri = record.targetURI();
      return uri.isAbsolute() ? upperCaseEscapes(uri) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The URI with its percent-escapes in upper case, as RFC 3986 (2.1) asks producers to write them: jwarc escapes
   * the characters a WARC-Target-URI holds unescaped ("a b|c") in lower case ("a%20b%7cc"), which tools that compare
   * URLs as text would take for another page than "a%20b%7Cc". The two mean the same (6.2.2.1).
   */
  private static URI upperCaseEscapes(URI uri) {
    String text = uri.toString();
    char[] chars = null;
    for (int i = text.indexOf('%'); i >= 0 && i + 2 < text.length(); i = text.indexOf('%', i + 1)) {
      for (int j = i + 1; j <= i + 2; j++) {
        char c = text.charAt(j);
        if (c >= 'a' && c <= 'f') {
          if (chars == null) {
            chars = text.toCharArray();
          }
          chars[j] = (char) (c - 'a' + 'A');
        }
      }
    }
    return chars == null ? uri : URI.create(new String(chars));
  }

  private static Optional<OffsetDateTime> capturedAt(WarcRecord record) {
    try {
      return header(record, "WARC-Date").map(d -> Instant.parse(d).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // a capture time the record gets wrong is left out, not guessed
    }
  }

  private static Optional<String> header(WarcRecord record, String name) {
    return record.headers().first(name).map(String::trim).filter(v -> !v.isEmpty());
  }

  private static String unbracket(String id) {
    return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
  }

  /** The type without parameters, in lower case; empty if the header is no media type, which makes it unknown. */
  private static Optional<String> baseType(MediaType type) {
    String main = type.type() == null ? "" : type.type().trim();
    String sub = type.subtype() == null ? "" : type.subtype().trim();
    if (main.isEmpty() || sub.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of((main + "/" + sub).toLowerCase(Locale.ROOT));
  }

  /**
   * A Content-Type, read as browsers read one: where a proxy joined two headers into one ("text/html, text/html"),
   * the last type in it that has a type and a subtype.
   */
  private static Optional<MediaType> mediaType(String header) {
    if (header.indexOf(',') < 0) {
      return Optional.of(MediaType.parseLeniently(header));
    }
    String[] types = header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"); // commas outside quoted parameters
    for (int i = types.length - 1; i >= 0; i--) {
      MediaType type = MediaType.parseLeniently(types[i].trim());
      if (baseType(type).filter(t -> !t.equals("*/*")).isPresent()) {
        return Optional.of(type);
      }
    }
    return Optional.of(MediaType.parseLeniently(header));
  }

  private static Optional<String> parameter(MediaType type, String name) {
    for (Map.Entry<String, String> p : type.parameters().entrySet()) {
      if (p.getKey().equalsIgnoreCase(name) && !p.getValue().isBlank()) {
        return Optional.of(p.getValue().trim());
      }
    }
    return Optional.empty();
  }

  /**
   * Describes a failure to read. jwarc's parsing messages repeat the offset, which the origin names already, and
   * print the bytes they met as sign-extended escapes, so a parsing failure gets its own words instead.
   */
  private static String describe(Exception e, String parsingProblem, @Nullable ArchiveFormat format) {
    if (e instanceof ParsingException) {
      return parsingProblem;
    }
    if (e instanceof NumberFormatException && format != null) {
      // The one number jwarc reads from a record's header as it reads it is the length of the record's block.
      String message = e.getMessage() == null ? "" : e.getMessage();
      String value = message.startsWith(NOT_A_NUMBER) ? ": " + message.substring(NOT_A_NUMBER.length()) : "";
      return parsingProblem + ": its " + (format == ArchiveFormat.WARC ? "Content-Length" : "length")
          + " is not a number" + value;
    }
    if (e instanceof IOException io) {
      return IoMessages.describe(io);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
