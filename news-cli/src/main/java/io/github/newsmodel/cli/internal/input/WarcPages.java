package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.Outcome;
import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.cli.internal.page.PageSink;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import io.github.newsmodel.cli.internal.page.RunStoppedException;
import io.github.newsmodel.cli.internal.page.Work;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.internal.io.PageBytes;
import io.github.newsmodel.html.internal.io.PageTooLargeException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.URIs;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcContinuation;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Reads the pages of a WARC or ARC file, one record at a time, with jwarc.
 *
 * <p>Only {@code response} records of HTTP responses with a 2xx status (but 204, 205 and 206) and HTML content are
 * pages: by their Content-Type, or by their first bytes when it is missing or generic; and {@code resource} records
 * of http or https URLs typed as HTML, pages stored without their HTTP response. Every other record is counted as
 * skipped, but a {@code revisit} record of a page read before it in the run's files: that page's response is read
 * again from its file, and its page is the revisit's, at the revisit's date and target (see {@link RevisitTargets}).
 * The body is decoded (chunked transfer, gzip, deflate, brotli or zstd content, see
 * {@link HttpBodies}) and read into memory, up to the page size limit, before the reader moves on; the charset of
 * the Content-Type goes along. A page that its crawler stored cut off, as {@code WARC-Truncated} says or as
 * compressed data that end early inside a whole record show, is the page as far as it goes, marked truncated.
 * A record that its writer split into segments (WARC 1.1) is gathered from them, in the file, and read whole
 * (see {@link Segments}); one of which a segment is missing is the page as far as the segments before it go, marked
 * truncated.
 *
 * <p>jwarc reads an ARC record as a WARC response with the ARC header's URL and date; only records of http and https
 * URLs can be pages, and one that holds a document without an HTTP header is a page if its first bytes are HTML's
 * (see {@link ArcBlock}). The ARC header's date is UTC to the second; one of other length, which jwarc pads or
 * cuts, is left out rather than guessed.
 *
 * <p>A record that cannot be read becomes an error record and reading goes on with the next one. When the file
 * itself breaks, one error record names the offset: after a cut (a partial download), every record before it has
 * been read and nothing follows; after a malformed record header or a broken gzip member or zstd frame, reading goes
 * on at the next record that can be found (see {@link GunzipMembers} and {@link ZstdFrames}; in an uncompressed
 * file, the next {@code WARC/1.0} or {@code WARC/1.1} line after an empty line; in a file compressed whole, or
 * uncompressed on standard input, that line among the bytes read ahead or further on, see
 * {@link RewindableStream}), and the error names that offset too. An ARC file goes on at the next record's header
 * line (see {@link ArcHeaders}): in an uncompressed file, or at a gzip member that starts with one; one compressed
 * whole, or uncompressed on standard input, ends at a break. Line
 * ends and zero bytes after the last record are no break. A record whose gzip member fails its CRC32, or whose zstd
 * frame its checksum, is an error, not a page.
 *
 * <p>An offset is where a reader can seek to and start reading the record: in a {@code .warc.gz}, the start of
 * the gzip member that begins with it; in a {@code .warc.zst}, of its zstd frame. Where one gzip member holds
 * several records, as when a whole WARC file was compressed with {@code gzip}, a record within it has no such
 * place, and its offset is left out.
 */
final class WarcPages {
  /** How {@link Long#parseLong} starts its message about text that is not a number. */
  private static final String NOT_A_NUMBER = "For input string: ";

  private final String name;
  private final @Nullable Path path;
  /**
   * The reader of the records; none yet where the decompressed bytes start (or go on after a resync), since jwarc
   * reads the first bytes as soon as it is made, and a gzip member broken right there must be a break like any other.
   */
  private @Nullable WarcReader reader;
  /** The decompressed bytes of a compressed file, which know where its gzip members or zstd frames start. */
  private final @Nullable CompressedMembers compressed;
  /** An uncompressed file, in which a resync can seek. */
  private final @Nullable FileChannel plain;
  /** Where the records of an uncompressed file truly end, to tell a record whose length runs over the next. */
  private final @Nullable RecordEnds ends;
  /** The same for the records of an uncompressed ARC file. */
  private final @Nullable ArcRecordEnds arcEnds;
  /** The bytes that every reader of the file reads, decompressed, with a limit on each header's length. */
  private final HeaderLimit headers;
  /** The decompressed bytes of a compressed file as each reader reads them, zstd data inside them refused. */
  private final @Nullable FirstBytes guarded;
  /** The bytes of a file that cannot be sought in, compressed or on standard input, with the last of them kept. */
  private final @Nullable RewindableStream stream;
  /** Whether the last resync went on at a record found in the stream, which has no offset in a compressed file. */
  private boolean resumedInStream;
  /**
   * The last record read and its reader: its body is read to its end before the next record's header, so that the
   * header's limit counts the header's bytes, not those of a body passed over.
   */
  private @Nullable WarcRecord last;
  private @Nullable WarcReader lastReader;
  /** Where in the decompressed bytes the reader started: a resync starts a new one. */
  private long outBase;
  /** A failure of the compressed data already reported as the error of the record it broke. */
  private @Nullable IOException reportedFailure;
  /** The file's size; none for a stream. */
  private final long size;
  /** Where the last record read starts in the decompressed bytes of the current reader. */
  private long lastRecord;
  /**
   * Where the last record read from a stream that cannot be sought in starts, among the bytes it handed on, to find
   * a record that its length ran over; -1 for a file that can be sought in.
   */
  private long lastInStream = -1;
  private final ReadSettings settings;
  /** Where the pages go: the last page of a record in a member of its own held back until the next record. */
  private final HeldPage sink;
  /** What the file is, as its name or first bytes told, and then as its last record read was. */
  private ArchiveFormat format;
  private long reported;
  private long records;
  /** Whether a record has been found in the file, or a place where it broke: a file with neither is empty. */
  private boolean anything;
  /** Whether jwarc found the date of the ARC record being read of the wrong length. */
  private boolean arcDateUnsure;
  /**
   * While a record of an uncompressed file whose length ran over the next record is read to where that record
   * starts: the next record's offset; -1 otherwise.
   */
  private long overrunTo = -1;
  /**
   * While a record is read that is known to be cut or doubtful, though its bytes end where its length says (one of
   * an uncompressed file whose length says less than it holds, read to where its bytes end; one gathered from
   * segments of which one is missing): what its page's truncation says; null otherwise.
   */
  private @Nullable String truncationNote;
  /**
   * While a record is read again from its own bytes (see {@link #read}), the limit on its HTTP header, which that
   * reader reads through rather than through {@link #headers}; null otherwise.
   */
  private @Nullable HeaderLimit windowHeaders;
  /** A record split into segments whose continuation records are still to come; null when none is. */
  private @Nullable Segments segments;
  /** While the record gathered from segments is read: where its first segment starts; otherwise none. */
  private @Nullable Long segmentsOffset;
  /** The pages read so far in the run's files, for revisits to refer to; none where records are read again. */
  private final @Nullable RevisitTargets revisits;
  /**
   * The file a reader can seek to this file's records in, to read one again for a revisit: the file itself, or the
   * WACZ file that stores it as an entry without compression; none for a stream.
   */
  private @Nullable Path seekable;
  /** Where this file's bytes start in {@link #seekable}: 0, or where the WACZ entry's data start. */
  private long seekableFrom;

  private WarcPages(String name, @Nullable Path path, long size, ArchiveFormat format, @Nullable WarcReader reader,
      HeaderLimit headers, @Nullable RewindableStream stream, @Nullable CompressedMembers compressed,
      @Nullable FileChannel plain, ReadSettings settings, @Nullable RevisitTargets revisits, PageSink sink) {
    this.name = name;
    this.revisits = revisits;
    this.headers = headers;
    this.stream = stream;
    this.size = size;
    this.path = path;
    this.seekable = path;
    this.format = format;
    this.compressed = compressed;
    if (compressed != null && format == ArchiveFormat.ARC) {
      compressed.expectArcRecords(); // a record whose length runs past its member ends there, as in a .warc.gz
    }
    this.plain = plain;
    this.ends = plain == null ? null : new RecordEnds(plain);
    this.arcEnds = plain == null ? null : new ArcRecordEnds(plain);
    this.settings = settings;
    this.sink = new HeldPage(sink);
    this.guarded = compressed == null ? null : new FirstBytes(headers);
    this.reader = reader == null ? null : configured(reader);
  }

  /** The reader, made at the first read of the decompressed bytes, where a broken gzip member throws. */
  private WarcReader reader() throws IOException {
    WarcReader current = reader;
    if (current == null) {
      FirstBytes guard = guarded;
      current = configured(new WarcReader(guard != null ? guard.armed() : headers));
      reader = current;
    }
    return current;
  }

  /**
   * Keeps jwarc from decompressing zstd data that a compressed file holds (a {@code .warc.zst} gzipped, or
   * compressed twice): jwarc looks at the first bytes it reads and decompresses zstd itself when zstd-jni is on the
   * class path, and its channel then reads on without end (seen with a {@code .warc.zst} inside a {@code .warc.gz}).
   * Such bytes start no record: they are a {@link ParsingException}, as any other bytes of no record header.
   */
  private static final class FirstBytes implements ReadableByteChannel {
    private final ReadableByteChannel in;
    private final byte[] first = new byte[4];
    private int seen = first.length;

    FirstBytes(ReadableByteChannel in) {
      this.in = in;
    }

    /** Looks at the first bytes read from now on, for a new reader. */
    FirstBytes armed() {
      seen = 0;
      return this;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int start = dst.position();
      int n = in.read(dst);
      if (seen < first.length && n > 0) {
        for (int i = 0; i < n && seen < first.length; i++) {
          first[seen++] = dst.get(start + i);
        }
        if (seen == first.length && ZstdFrames.isZstd(first)) {
          throw new ParsingException("zstd data inside compressed data");
        }
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return in.isOpen();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Closes the file, through the reader if there is one. */
  private void close() {
    Closeable channel = reader != null ? reader : compressed != null ? compressed : plain;
    if (channel != null) {
      InputFiles.closeQuietly(channel);
    }
  }

  private WarcReader configured(WarcReader reader) {
    reader.setLenient(true); // read what archives hold, not only what the standard allows
    // jwarc says so only in a warning, while it reads the record's header: "ARC date too short (12 digits)".
    reader.onWarning(warning -> arcDateUnsure |= warning.startsWith("ARC date"));
    return reader;
  }

  /** Reads a WARC or ARC file, seeking past the bodies of records that are not pages when it is not compressed. */
  static void readFile(String name, Path path, ArchiveFormat format, ReadSettings settings, PageSink sink) {
    readFile(name, path, 0, format, settings, null, sink);
  }

  /**
   * Reads a WARC or ARC file, keeping its pages' places for the revisits of the run to refer to.
   *
   * @param revisits the places of the pages read so far in the run, to which this file's are added
   */
  static void readFile(String name, Path path, ArchiveFormat format, ReadSettings settings, RevisitTargets revisits,
      PageSink sink) {
    readFile(name, path, 0, format, settings, revisits, sink);
  }

  /**
   * Reads the record of a WARC file that starts at an offset, a page a revisit refers to, again.
   *
   * @return the record's page, or its failure; nothing if it holds no page
   */
  static Optional<Work> readAgain(RevisitTargets.Place place, ReadSettings settings) {
    FirstWork first = new FirstWork();
    try {
      readFile(place.file().toString(), place.file(), place.offset(), ArchiveFormat.WARC, settings, null, first);
    } catch (RunStoppedException e) {
      // the reader stopped once it handed on the record's page, its failure or its skip
    }
    return first.work;
  }

  private static void readFile(String name, Path path, long start, ArchiveFormat format, ReadSettings settings,
      @Nullable RevisitTargets revisits, PageSink sink) {
    long size = InputFiles.sizeOf(path);
    @Nullable WarcReader reader;
    CompressedMembers compressed = null;
    FileChannel plain = null;
    RewindableStream stream = null;
    HeaderLimit headers;
    try {
      FileChannel channel = FileChannel.open(path);
      try {
        byte[] head = first(channel, start, 6);
        // A .warc.zst is read below; the other compressions news cannot read are said to be what they are.
        Optional<UnsupportedCompression> unsupported = ZstdFrames.isZstd(head) ? Optional.empty()
            : UnsupportedCompression.byHead(head);
        if (unsupported.isPresent()) {
          InputFiles.closeQuietly(channel);
          String message = unsupported.get().message(path);
          sink.accept(new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT, message,
              new IOException(message)));
          sink.bytesRead(size);
          return;
        }
        // A compressed file is decompressed here, member by member; a plain one is read from the file itself, so
        // that jwarc can seek past the records that are no pages.
        channel.position(start);
        compressed = isGzip(head) ? new GunzipMembers(channel)
            : ZstdFrames.isZstd(head) ? new ZstdFrames(channel) : null;
        if (compressed != null && start > 0) {
          compressed.countFrom(start); // a record read again: offsets of the file, not from the record
        }
        plain = compressed == null ? channel : null;
        stream = compressed != null ? new RewindableStream(compressed) : null;
        headers = HeaderLimit.of(stream != null ? stream : channel);
        reader = compressed != null ? null : new WarcReader(headers);
      } catch (IOException | RuntimeException e) {
        InputFiles.closeQuietly(channel);
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(notAWarc(name, format, e));
      sink.bytesRead(size);
      return;
    }
    WarcPages pages = new WarcPages(name, path, size, format, reader, headers, stream, compressed, plain, settings,
        revisits, sink);
    try {
      pages.readAll();
    } finally {
      pages.close();
      sink.bytesRead(size - pages.reported);
    }
  }

  /** Reads a WARC or ARC file from a stream, such as standard input or a WACZ file's entry. */
  static void readStream(String name, InputStream in, ArchiveFormat format, ReadSettings settings, PageSink sink) {
    readStream(name, in, format, settings, null, sink);
  }

  /**
   * Reads a WARC or ARC file from a stream, whose revisits find their pages among those read before in the run's
   * files. Its own pages are not kept for later revisits: a stream cannot be read again.
   *
   * @param revisits the places of the pages read so far in the run
   */
  static void readStream(String name, InputStream in, ArchiveFormat format, ReadSettings settings,
      @Nullable RevisitTargets revisits, PageSink sink) {
    readStream(name, in, format, settings, revisits, null, 0, sink);
  }

  /**
   * Reads a WARC file from a stream whose bytes a file also holds, from an offset, as a WACZ file holds a WARC file
   * it stores without compression: its pages are kept for later revisits at their places in that file.
   *
   * @param revisits the places of the pages read so far in the run, to which this stream's are added
   * @param seekable the file that holds the stream's bytes
   * @param from where they start in it
   */
  static void readStream(String name, InputStream in, ArchiveFormat format, ReadSettings settings,
      @Nullable RevisitTargets revisits, @Nullable Path seekable, long from, PageSink sink) {
    @Nullable WarcReader reader;
    CompressedMembers compressed = null;
    RewindableStream stream;
    HeaderLimit headers;
    try {
      PushbackInputStream head = new PushbackInputStream(in, 4);
      byte[] magic = head.readNBytes(4);
      head.unread(magic);
      ReadableByteChannel channel = Channels.newChannel(head);
      if (isGzip(magic)) {
        compressed = new GunzipMembers(channel);
      } else if (ZstdFrames.isZstd(magic)) {
        compressed = new ZstdFrames(channel);
      }
      stream = new RewindableStream(compressed != null ? compressed : channel);
      headers = HeaderLimit.of(stream);
      reader = compressed != null ? null : new WarcReader(headers);
    } catch (IOException | RuntimeException e) {
      sink.accept(notAWarc(name, format, e));
      return;
    }
    WarcPages pages = new WarcPages(name, null, Long.MAX_VALUE, format, reader, headers, stream, compressed, null,
        settings, revisits, sink);
    pages.seekable = seekable;
    pages.seekableFrom = from;
    try {
      pages.readAll();
    } finally {
      pages.close();
    }
  }

  private void readAll() {
    readRecords();
    Segments held = segments;
    if (held != null) {
      // the file ended before the record's last segment
      segments = null;
      readSegments(held, "the record's segment " + held.next() + " is missing: the file ends before it (a writer"
          + " that splits a record at a file's size limit goes on in its next file, which is read apart)");
    }
    sink.release();
  }

  private void readRecords() {
    while (true) {
      Optional<WarcRecord> next;
      Exception broken = null;
      arcDateUnsure = false;
      try {
        next = nextRecord();
      } catch (IOException | RuntimeException e) {
        broken = e;
        next = Optional.empty();
      } catch (NoClassDefFoundError e) {
        // jwarc reads some compressions with libraries that news does not carry
        broken = new IOException("its compression needs a library that news does not carry (" + e.getMessage()
            + ")", e);
        next = Optional.empty();
      }
      long position = reader == null ? 0 : reader.position();
      progress();
      if (compressed != null && compressed.atFence()) {
        // The member that the last record started ended, and the next starts a record: a reader of its own reads
        // it, whatever the last record's length said. A page that ran past its member was reported as it was read;
        // bytes after a record's end that are no record are a break, as anywhere.
        if (broken != null && !(broken instanceof EOFException) && !cutShort(position)) {
          sink.accept(brokenAt(false, offset(position), broken, compressed.compressedPosition()));
        }
        compressed.passFence();
        outBase = compressed.delivered();
        Objects.requireNonNull(stream, "a compressed file's stream").forget(outBase);
        reader = null;
        continue;
      }
      if (broken != null) {
        if (blankFrom(position)) {
          reportIfEmpty();
          return;
        }
        anything = true;
        if (resumeInsideInStream(position, broken) >= 0) {
          continue;
        }
        long offset = offset(position);
        if (offset < 0 && compressed != null && compressed.failure() != null) {
          offset = compressed.brokenStart(); // the gzip data broke where a member should start
        }
        boolean known = reportedFailure != null && causedBy(broken, reportedFailure) || cutShort(position);
        boolean atStart = outBase + position == 0;
        long brokeAt = outBase + position;
        long resume = resync(position, broken);
        if (!known && !readOnInStream(brokeAt, resume)) {
          sink.accept(brokenAt(atStart, offset, broken, resume));
        }
        if (resume < 0) {
          reportUnchecked(Long.MAX_VALUE);
          return;
        }
        continue;
      }
      if (next.isEmpty()) {
        if (plain != null && position > size) {
          // jwarc seeks past a record that is no page to where its length says it ends, and past the end of the
          // file finds nothing, as at the end: the file is cut off inside that record, which is said as elsewhere,
          // unless a record starts inside it, which its length ran over
          long resume = resumeInside(lastRecord);
          sink.accept(brokenAt(false, lastRecord, new EOFException(), resume));
          if (resume >= 0) {
            continue;
          }
        }
        reportUnchecked(Long.MAX_VALUE);
        reportIfEmpty();
        return;
      }
      anything = true;
      lastRecord = next.get().position();
      lastInStream = stream != null && plain == null ? outBase + lastRecord : -1;
      format = ArcBlock.isArc(next.get()) ? ArchiveFormat.ARC : ArchiveFormat.WARC;
      boolean goesOn = read(next.get());
      reportUnchecked(outBase + next.get().position());
      if (!goesOn) {
        reportUnchecked(Long.MAX_VALUE);
        return;
      }
      records++;
    }
  }

  /**
   * The next record, its header read within {@link HeaderLimit}. The last record's body is read to its end first,
   * where jwarc would read it as it starts the next record; in an uncompressed file it seeks past it instead.
   */
  private Optional<WarcRecord> nextRecord() throws IOException {
    WarcReader current = reader();
    WarcRecord record = last;
    if (record != null && lastReader == current) {
      record.body().consume();
    }
    last = null;
    Optional<WarcRecord> next = headers.within("record header", current::next);
    last = next.orElse(null);
    lastReader = current;
    return next;
  }

  /**
   * Whether the record's data stopped where the next record starts, before its length says: at the end of a gzip
   * member, before the next record's member, or in an uncompressed file at the next record's line.
   */
  private boolean atFence() {
    return overrunTo >= 0 || compressed != null && compressed.atFence();
  }

  /** What a record is whose data stopped where the next record starts, as {@link #atFence()} tells. */
  private String overrun() {
    if (overrunTo < 0) {
      String unit = compressed == null ? "gzip member" : compressed.unit();
      return "the record's " + lengthName() + " says more than its " + unit + " holds: it is read to the "
          + unit.substring(unit.indexOf(' ') + 1) + "'s end, where the next record starts";
    }
    return "the record's " + lengthName() + " says more than the record holds: it is read to"
        + " offset " + overrunTo + ", where the next record starts";
  }

  /** What the length of the record being read is called: an ARC record's is the last field of its header line. */
  private String lengthName() {
    return format == ArchiveFormat.ARC ? "length" : "Content-Length";
  }

  /**
   * After the file broke inside the gzip member or zstd frame of the page held back, its record's own: the record's
   * length said less than its member holds (a writer that counted a page's characters, not its bytes), and what
   * follows it in the member is the rest of its page, no record. The page is marked truncated, and the break is no
   * error of its own: the warning of the page says it.
   *
   * @return whether the page held was marked
   */
  private boolean cutShort(long position) {
    CompressedMembers members = compressed;
    if (members == null || members.failure() != null || members.memberAt(outBase + position) >= 0) {
      return false; // no break inside a member: one of a record of its own, or broken compressed data
    }
    if (Objects.requireNonNull(stream, "a compressed file's stream").emptyLineBefore(outBase + position)) {
      return false; // the record ended where its length says: a record header after it broke, in the same member
    }
    long member = members.memberHolding(outBase + position);
    Optional<Page> page = member < 0 ? Optional.empty() : sink.heldIn(member);
    if (page.isEmpty()) {
      return false;
    }
    String unit = members.unit();
    Page cut = page.get();
    sink.replace(new Page(cut.origin(), cut.bytes(), cut.url(), cut.options(), Optional.of("the record's "
        + lengthName() + " says less than its " + unit + " holds: it is read to its length, and the rest of the "
        + unit.substring(unit.indexOf(' ') + 1) + " is passed over")));
    return true;
  }

  /** Counts the bytes read so far: of the compressed file, when it is compressed. */
  private void progress() {
    // A plain file's reader is past its end when a record's length says more than the file holds.
    long position = compressed != null ? compressed.compressedPosition()
        : reader == null ? 0 : Math.min(size, outBase + reader.position());
    if (position > reported) {
      sink.bytesRead(position - reported);
      reported = position;
    }
  }

  /**
   * After the file broke, goes on at the next record that can be found: in a compressed WARC file, at the next gzip
   * member that starts one, or for a record inside a member of several, at the next record in the stream; in an
   * uncompressed one, at the next line {@code WARC/1.0} or {@code WARC/1.1} after an empty line, sought in the file or
   * found in the stream; in an ARC file, at the next record's header line, in an uncompressed file or at the start
   * of a gzip member. Nothing after a cut, or in an ARC file on standard input, uncompressed or compressed whole.
   *
   * @return the offset where reading goes on, or -1
   */
  private long resync(long position, Exception broken) {
    resumedInStream = false;
    if (broken instanceof EOFException) {
      return -1;
    }
    boolean arc = format == ArchiveFormat.ARC;
    if (arc) {
      // An ARC record has no line to find it by but its header line: sought in an uncompressed file, and at the
      // start of a gzip member or zstd frame in a compressed one, not in a stream
      if (plain != null) {
        return resumePlainArcAfter(position);
      }
      if (compressed == null) {
        return -1;
      }
      compressed.expectArcRecords();
    }
    try {
      if (compressed != null) {
        // A record that starts inside a gzip member, of a file compressed whole: the next record is most likely in
        // the same member, and only the stream finds it there.
        if (!arc && compressed.failure() == null && compressed.memberAt(outBase + position) < 0) {
          long resume = resumeInStream(position);
          if (resume >= 0) {
            return resume;
          }
        }
        // Where a record header fails to parse inside a member, the search starts after that member's start, not
        // after the last member started, which jwarc may have read into: a record there can still be read.
        long from = compressed.failure() != null ? compressed.brokenFrom()
            : compressed.memberHolding(outBase + position);
        long resume = compressed.resyncAfter(from >= 0 ? from : compressed.lastStart());
        if (resume >= 0) {
          outBase = compressed.delivered();
          Objects.requireNonNull(stream, "a compressed file's stream").forget(outBase);
          reader = null; // made at the next read: the member it starts at may break at once
        }
        return resume;
      }
      if (plain != null) {
        return resumePlainAfter(position);
      }
      return resumeInStream(position);
    } catch (IOException | RuntimeException e) {
      return -1; // the break is reported as it is
    }
  }

  /**
   * In a stream that cannot be sought in (a WARC file compressed whole, or uncompressed on standard input), after the
   * header that follows a record broke: whether the record's length ran over the start of the next record, as
   * {@link RecordEnds} tells in an uncompressed file, by two things at once: the bytes before where its length says
   * it ends are no empty line, and a line {@code WARC/1.0} or {@code WARC/1.1} after an empty line starts inside it,
   * among the bytes the stream keeps. Read by its length, the record's page took the next record's header as text,
   * and the break after it lost that record, and every record up to the next the break's resync found. The page,
   * held back, is cut where the next record starts and marked truncated, and reading goes on at that record.
   *
   * @param position where the header broke, in the current reader
   * @param broken why it broke
   * @return where reading goes on, or -1 if the last record did not run over the next one (or cannot be told to)
   */
  private long resumeInsideInStream(long position, Exception broken) {
    RewindableStream rewindable = stream;
    long record = lastInStream;
    if (rewindable == null || record < 0 || format != ArchiveFormat.WARC || broken instanceof EOFException
        || compressed != null && (compressed.failure() != null || compressed.memberAt(outBase + position) >= 0)) {
      return -1; // a gzip member's end is a fence of its own, which tells a record that ran over it
    }
    long at = outBase + position;
    if (at <= record || rewindable.emptyLineBefore(at)) {
      return -1; // the record ended where its length says: the header after it is broken in itself
    }
    long next = rewindable.rewindToRecordBetween(record, at);
    if (next < 0) {
      return -1;
    }
    sink.heldAt(record).ifPresent(page -> sink.replace(new Page(page.origin(),
        endedAt(rewindable, page.bytes(), at, next - 4), // the empty line that ends the record is no page
        page.url(), page.options(), Optional.of("the record's Content-Length says more than the record holds: it is"
            + " read to " + (compressed == null ? "offset " + next + ", where" : "where") + " the next record starts"))));
    outBase = next;
    reader = null; // made at the next read, from the record's first byte
    lastInStream = -1;
    return next;
  }

  /**
   * In a stream that cannot be sought in, after the header that follows a record broke and the resync found the next
   * record further on: whether the record's length said less than it holds (a writer that counted a page's
   * characters, not its bytes), as {@link RecordEnds#shortBlock} tells in an uncompressed file. Read by its length,
   * its page lost its end, and the rest of it was a break, an error of no record. When the page held back is the
   * record's last bytes before the break as they were stored (sent neither encoded nor chunked, and whole), and the
   * bytes from the break to the next record are still kept, the page is read on to where that record starts and
   * marked truncated, with no error; otherwise the break is reported as it is.
   *
   * @param position where the header broke, in the reader before the resync
   * @param resume where the resync found the next record, or -1
   * @return whether the page was read on
   */
  private boolean readOnInStream(long brokeAt, long resume) {
    RewindableStream rewindable = stream;
    long record = lastInStream;
    if (rewindable == null || resume < 0 || !resumedInStream || record < 0 || brokeAt <= record
        || format != ArchiveFormat.WARC || rewindable.emptyLineBefore(brokeAt)) {
      return false;
    }
    Optional<Page> held = sink.heldAt(record);
    byte[] rest = rewindable.kept(brokeAt, resume - 4); // the empty line that ends the record is no page
    if (held.isEmpty() || rest == null || !rewindable.keptBefore(brokeAt, held.get().bytes())
        || held.get().size() + rest.length > settings.maxPageSize()) {
      return false;
    }
    Page page = held.get();
    byte[] whole = Arrays.copyOf(page.bytes(), page.bytes().length + rest.length);
    System.arraycopy(rest, 0, whole, page.bytes().length, rest.length);
    sink.replace(new Page(page.origin(), whole, page.url(), page.options(), Optional.of("the record's Content-Length"
        + " says less than the record holds: it is read on to " + (compressed == null ? "offset " + resume + ", where"
        : "where") + " the next record starts")));
    return true;
  }

  /**
   * A page's bytes to where its record truly ends: those of a record that ran over the next one, read by its
   * length, hold that record's header after the page's end. They are cut where the page is the bytes stored before
   * the break (sent neither encoded nor chunked, and whole), whose last the kept bytes locate; a page sent encoded
   * holds no such header and is kept as it could be decoded.
   *
   * @param kept the bytes the stream keeps
   * @param page the page's bytes as read
   * @param pageEnd where the page's bytes would end in the stream, at the break
   * @param recordEnd where the record truly ends, before its empty line
   */
  private static byte[] endedAt(RewindableStream kept, byte[] page, long pageEnd, long recordEnd) {
    long pageStart = pageEnd - page.length;
    if (recordEnd < pageStart || recordEnd > pageEnd || !kept.keptBefore(pageEnd, page)) {
      return page;
    }
    return Arrays.copyOf(page, (int) (recordEnd - pageStart));
  }

  /**
   * In a stream that cannot be sought in, a reader at the next record that starts after a position: among the bytes
   * jwarc read ahead, or further on.
   *
   * @return the offset in the stream where reading goes on, or -1
   */
  private long resumeInStream(long position) {
    RewindableStream rewindable = Objects.requireNonNull(stream, "a stream");
    long resume;
    try {
      resume = rewindable.resyncAfter(outBase + position);
    } catch (IOException e) {
      return -1; // the data broke further on: for a compressed file, a resync at a gzip member may still go on
    }
    if (resume >= 0) {
      outBase = resume;
      reader = null; // made at the next read, from the record's first byte
      resumedInStream = true;
    }
    return resume;
  }

  /** In an uncompressed file, a reader at the next record that starts after a position, if one does. */
  private long resumePlainAfter(long position) throws IOException {
    FileChannel file = Objects.requireNonNull(plain, "an uncompressed file");
    long resume = RecordEnds.nextRecordStart(file, position, Long.MAX_VALUE);
    if (resume >= 0) {
      file.position(resume);
      reader = configured(new WarcReader(headers));
    }
    return resume;
  }

  /** In an uncompressed ARC file, a reader at the next record that starts after a position, if one does. */
  private long resumePlainArcAfter(long position) {
    FileChannel file = Objects.requireNonNull(plain, "an uncompressed file");
    try {
      long resume = ArcHeaders.nextRecordStart(file, position);
      if (resume >= 0) {
        file.position(resume);
        reader = configured(new WarcReader(headers));
      }
      return resume;
    } catch (IOException e) {
      return -1; // the break is reported as it is
    }
  }

  /**
   * After an uncompressed file ended inside a record: where the next record starts inside it, if one does, and the
   * reader goes on from there. The record's length ran past the records after it (a writer's wrong Content-Length),
   * and those are read rather than lost with it. Found by the line that starts a record after an empty line, as
   * after any break.
   *
   * @param record where the record that the file ended in starts
   * @return the offset where reading goes on, or -1 if no record starts after it
   */
  private long resumeInside(long record) {
    if (plain == null || format == ArchiveFormat.ARC) {
      return -1;
    }
    try {
      return resumePlainAfter(record + 1);
    } catch (IOException | RuntimeException e) {
      return -1; // the cut is reported as it is
    }
  }

  /**
   * Reports a file that holds no record at all, not even the warcinfo record that a writer puts first: most often a
   * download or a crawl that wrote nothing, which an empty page and an empty WACZ file are errors for too, not a file
   * of no pages to pass over in silence.
   */
  private void reportIfEmpty() {
    if (!anything) {
      String message = "the " + format + " file holds no record: " + (compressed != null
          ? "it is empty once decompressed" : size == 0 ? "it is empty" : "nothing but line ends, spaces or zero bytes");
      sink.accept(new ReadFailure(PageOrigin.input(name), ErrorKind.TRUNCATED, message, new EOFException(message)));
    }
  }

  /** Reports the gzip members before a point whose check failed, where no record read claimed them. */
  private void reportUnchecked(long before) {
    if (compressed == null) {
      return;
    }
    for (CompressedMembers.Member member : compressed.unclaimed(before)) {
      String message = "the " + compressed.unit() + " fails its check: " + member.failure
          + ": the records in it may hold other bytes than those stored";
      sink.accept(new ReadFailure(PageOrigin.record(name, null, member.offset, null), ErrorKind.UNREADABLE_INPUT,
          message, new ZipException(message)));
    }
  }

  private static boolean causedBy(Throwable e, Throwable cause) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t == cause) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
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
      if (rest <= 0 || rest > GunzipMembers.MAX_TRAILING_BLANK) {
        return false;
      }
      ByteBuffer bytes = ByteBuffer.allocate((int) rest);
      while (bytes.hasRemaining() && channel.read(bytes, position + bytes.position()) > 0) {
        // a read at a position leaves the channel's own position alone
      }
      for (int i = 0; i < bytes.position(); i++) {
        if (!GunzipMembers.isBlank(bytes.get(i))) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false; // the break is reported as it is
    }
  }

  private static boolean isGzip(byte[] magic) {
    return magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
  }

  /** The file's bytes from a place, at most {@code count}; a read at a position leaves the channel's own position. */
  private static byte[] first(FileChannel channel, long start, int count) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(count);
    while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) > 0) {
      // until the count or the end of the file
    }
    return Arrays.copyOf(bytes.array(), bytes.position());
  }

  /**
   * Where a record, or the point where the file broke, can be sought to: the position itself in a plain WARC file,
   * and in a compressed one only where a gzip member starts; -1 elsewhere, inside a gzip member of several records.
   */
  private long offset(long position) {
    return compressed == null ? outBase + position : compressed.memberAt(outBase + position);
  }

  /** The file cannot be read from a record header on; the origin names the offset, so the message need not. */
  private ReadFailure brokenAt(boolean atStart, long offset, Exception broken, long resume) {
    Optional<Head> head = atStart && broken instanceof ParsingException ? head() : Optional.empty();
    if (head.isPresent()) {
      if (head.get().archive().isEmpty()) {
        return new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT, "not " + article(format) + " "
            + format + " file: it does not start with '" + format.magicText() + "'"
            + (head.get().compressed() ? " once decompressed" : ""), broken);
      }
      format = head.get().archive().get();
    }
    String where = (offset >= 0 ? "from here"
        : records == 1 ? "after its first record" : "after its first " + records + " records")
        + (resume < 0 ? offset >= 0 ? " on" : ""
            : resumedInStream && compressed != null ? " to the next record, where reading goes on"
            : " to offset " + resume + ", where reading goes on");
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

  /**
   * Hands one record to the sink; false when the file ends inside it. In an uncompressed WARC or ARC file, a record
   * whose length runs over the start of the next record (see {@link RecordEnds} and {@link ArcRecordEnds}) is read
   * again, to where the next record starts, as a page read to the end of its gzip member is in a {@code .warc.gz}: a truncated page rather
   * than one that holds the next record's header, and the next record is read rather than lost.
   */
  private boolean read(WarcRecord record) {
    long inside = nextInside(record);
    if (inside < 0) {
      Optional<RecordEnds.Block> block = shortBlock(record);
      return block.isPresent() ? readShort(record, block.get()) : readRecord(record);
    }
    SeekableByteChannel file = (SeekableByteChannel) headers;
    WarcRecord whole;
    try {
      // jwarc has read ahead into its buffer, past where the record truly ends: a reader of the record's own bytes
      // before the empty line that ends a WARC record, the newline that ends an ARC record
      long end = inside - (format == ArchiveFormat.ARC ? 1 : 4);
      HeaderLimit limited = HeaderLimit.of(new RecordWindow(file, record.position(), end));
      whole = configured(new WarcReader(limited)).next().orElseThrow(() -> new EOFException("no record"));
      windowHeaders = limited;
    } catch (IOException | RuntimeException e) {
      return readRecord(record); // read by its length, as it was before
    }
    overrunTo = inside;
    try {
      readRecord(whole);
    } finally {
      overrunTo = -1;
      windowHeaders = null;
    }
    try {
      file.position(inside);
      reader = configured(new WarcReader(headers));
    } catch (IOException e) {
      sink.accept(brokenAt(false, inside, e, -1));
      return false;
    }
    return true;
  }

  /**
   * Reads a record of an uncompressed file whose length says less than it holds (see {@link RecordEnds#shortBlock}
   * and {@link ArcRecordEnds#shortBlock}) to where its bytes end, as a truncated page: read by its length, the page lost its
   * end, and the rest of it was a break of the file, an error of no record. The next record is read from where it
   * starts.
   */
  private boolean readShort(WarcRecord record, RecordEnds.Block block) {
    SeekableByteChannel file = (SeekableByteChannel) headers;
    WarcRecord whole;
    long declared;
    try {
      declared = record.body().size();
      RelengthedRecord relengthed = format == ArchiveFormat.ARC
          ? RelengthedRecord.ofArc(file, record.position(), block.start(), block.end())
          : RelengthedRecord.of(file, record.position(), block.start(), block.end());
      if (relengthed == null) {
        return readRecord(record);
      }
      HeaderLimit limited = HeaderLimit.of(relengthed);
      whole = configured(new WarcReader(limited)).next().orElseThrow(() -> new EOFException("no record"));
      windowHeaders = limited;
    } catch (IOException | RuntimeException e) {
      return readRecord(record); // read by its length, as it was before
    }
    long next = block.next();
    truncationNote = "the record's " + lengthName() + " says less than the record holds (" + declared + " of "
        + (block.end() - block.start()) + " bytes): it is read on to " + (next >= 0 ? "offset " + next
        + ", where the next record starts" : "the file's end");
    try {
      readRecord(whole);
    } finally {
      truncationNote = null;
      windowHeaders = null;
    }
    try {
      file.position(next >= 0 ? next : size);
      reader = configured(new WarcReader(headers));
    } catch (IOException e) {
      sink.accept(brokenAt(false, next, e, -1));
      return false;
    }
    return true;
  }

  /** Where a record of an uncompressed file whose length says less than it holds truly ends, if it is one. */
  private Optional<RecordEnds.Block> shortBlock(WarcRecord record) {
    RecordEnds recordEnds = ends;
    ArcRecordEnds arcRecordEnds = arcEnds;
    if (recordEnds == null || arcRecordEnds == null
        || header(record, "Content-Length").filter(l -> l.startsWith("-")).isPresent()) {
      return Optional.empty();
    }
    try {
      return format == ArchiveFormat.ARC ? arcRecordEnds.shortBlock(record.position(), record.body().size())
          : recordEnds.shortBlock(record.position(), record.body().size());
    } catch (IOException e) {
      return Optional.empty(); // read by its length, and a failure there is reported as it is
    }
  }

  /**
   * In an uncompressed WARC or ARC file, where the next record starts inside a record whose length runs over it; -1
   * for any other record, and in a compressed file or on standard input.
   */
  private long nextInside(WarcRecord record) {
    RecordEnds recordEnds = ends;
    ArcRecordEnds arcRecordEnds = arcEnds;
    if (recordEnds == null || arcRecordEnds == null
        || header(record, "Content-Length").filter(l -> l.startsWith("-")).isPresent()) {
      return -1;
    }
    try {
      return format == ArchiveFormat.ARC ? arcRecordEnds.nextInside(record.position(), record.body().size())
          : recordEnds.nextInside(record.position(), record.body().size());
    } catch (IOException e) {
      return -1; // the record is read by its length, and a failure there is reported as it is
    }
  }

  /** Where a record starts, for its origin: the first segment's place for a record gathered from segments. */
  private long recordOffset(WarcRecord record) {
    Long first = segmentsOffset;
    return first != null ? first : offset(record.position());
  }

  /**
   * Gathers a record split into segments (see {@link Segments}): the first segment is held, each continuation that
   * follows it in number added, and the record read whole at its last. A segment missing, or the file ending before
   * the last, makes the page what was gathered before it, truncated, with a warning that names the segment. A
   * continuation of no segment held (of a record that was read already, or whose first segment is not in the file)
   * is passed over, as a record that holds no page.
   */
  private boolean segment(WarcRecord record, String number) {
    Optional<String> origin = header(record, "WARC-Segment-Origin-ID").map(WarcPages::unbracket);
    Segments held = segments;
    try {
      if (record instanceof WarcContinuation continuation) {
        if (held == null || origin.isEmpty() || !held.isOf(origin.get())) {
          sink.skipped();
          return true;
        }
        if (!number.equals(Integer.toString(held.next()))) {
          segments = null;
          readSegments(held, "the record's segment " + held.next() + " is missing: segment " + number
              + " follows");
          sink.skipped();
          return true;
        }
        held.add(continuation);
        if (continuation.segmentTotalLength().isPresent()) {
          segments = null;
          readSegments(held, null);
        }
        return true;
      }
      if (held != null) {
        segments = null;
        readSegments(held, "the record's segment " + held.next() + " is missing: another record's segments start");
      }
      String id = header(record, "WARC-Record-ID").map(WarcPages::unbracket).orElse("");
      segments = Segments.start(record, id, recordOffset(record), settings.maxPageSize() + HeaderLimit.MAX_HEADER);
      return true;
    } catch (IOException | RuntimeException e) {
      segments = null;
      String recordId = header(record, "WARC-Record-ID").map(WarcPages::unbracket).orElse(null);
      sink.accept(unreadable(PageOrigin.record(name, recordId, recordOffset(record), null), e, false));
      return true;
    }
  }

  /** Reads the record gathered from segments, truncated as a note says when one is missing. */
  private void readSegments(Segments gathered, @Nullable String missing) {
    WarcRecord whole;
    try {
      whole = configured(new WarcReader(gathered.whole())).next().orElseThrow(() -> new EOFException("no record"));
    } catch (IOException | RuntimeException e) {
      sink.accept(unreadable(PageOrigin.record(name, null, gathered.offset(), null), e, false));
      return;
    }
    segmentsOffset = gathered.offset();
    truncationNote = missing;
    try {
      readRecord(whole);
    } finally {
      segmentsOffset = null;
      truncationNote = null;
    }
  }

  private boolean readRecord(WarcRecord record) {
    Optional<String> segmentNumber = header(record, "WARC-Segment-Number");
    if (segmentNumber.isPresent() && (record instanceof WarcContinuation || segmentNumber.get().equals("1")
        && (record instanceof WarcResponse || record instanceof WarcResource))) {
      return segment(record, segmentNumber.get());
    }
    // jwarc calls every ARC record but dns: ones HTTP, those of ftp: and other URLs too: they hold no HTTP.
    boolean response = record instanceof WarcResponse r && holdsHttp(r) && !(ArcBlock.isArc(r) && !isHttpTarget(r));
    // A page stored without its HTTP response, as warcit stores the files of a saved site.
    boolean resource = record instanceof WarcResource r && isHttpTarget(r);
    String recordId = header(record, "WARC-Record-ID").map(WarcPages::unbracket).orElse(null);
    Optional<String> length = header(record, "Content-Length").filter(l -> l.startsWith("-"));
    if (length.isPresent()) {
      // jwarc reads a negative length as an empty block; the bytes of the block are then taken for the next record
      String message = "the record's Content-Length is negative: " + length.get();
      sink.accept(new ReadFailure(PageOrigin.record(name, recordId, recordOffset(record), null),
          ErrorKind.UNREADABLE_INPUT, message, new IOException(message)));
      return true;
    }
    if (!response && !resource) {
      Optional<String> bad = memberCheck(record);
      Optional<Work> revisited = bad.isEmpty() && record instanceof WarcRevisit revisit ? revisitPage(revisit, recordId)
          : Optional.empty();
      if (bad.isPresent()) {
        sink.accept(badMember(PageOrigin.record(name, recordId, recordOffset(record), null), bad.get()));
      } else if (revisited.isPresent()) {
        sink.accept(revisited.get());
      } else {
        sink.skipped();
      }
      return true;
    }
    WarcCaptureRecord capture = (WarcCaptureRecord) record;
    URI target = target(capture);
    PageOrigin origin = PageOrigin.record(name, recordId, recordOffset(record), target);
    if (target == null) {
      memberCheck(record); // the record is an error either way
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
      boolean overrun = atFence();
      fileEnds = !overrun && isCutOff(capture);
      long resume = fileEnds ? resumeInside(record.position()) : -1;
      IOException failure = compressed == null ? null : compressed.failure();
      // A record inside a gzip member of several has no offset: where the gzip data end names the place.
      String where = failure != null && origin.offset().isEmpty() ? ": " + failure.getMessage() : "";
      work = Optional.of(overrun ? new ReadFailure(origin, ErrorKind.TRUNCATED, overrun(), e)
          : fileEnds ? new ReadFailure(origin, ErrorKind.TRUNCATED, "the record is cut off: the " + format
              + " file ends inside it" + where + (resume < 0 ? "" : ", before its Content-Length says; a record"
              + " starts at offset " + resume + " inside it, where reading goes on"), e)
          : unreadable(origin, e, response));
      fileEnds &= resume < 0;
    } catch (IOException | RuntimeException e) {
      IOException failure = compressed == null ? null : compressed.failure();
      if (failure != null && causedBy(e, failure)) {
        // The record's gzip member broke: said once, here, and reading goes on after it.
        reportedFailure = failure;
        work = Optional.of(new ReadFailure(origin, IoMessages.kind(failure), "cannot read the record: "
            + IoMessages.describe(failure), failure));
      } else {
        work = Optional.of(unreadable(origin, e, response));
      }
    }
    if (!fileEnds) {
      Optional<String> bad = memberCheck(record);
      if (bad.isPresent() && (work.isEmpty() || work.get() instanceof Page)) {
        work = Optional.of(badMember(origin, bad.get()));
      }
    }
    if (work.isPresent() && work.get() instanceof Page) {
      keepForRevisits(capture, origin, recordId, target);
    }
    long member = compressed == null ? -1 : compressed.memberAt(outBase + record.position());
    long inStream = stream != null && plain == null && format == ArchiveFormat.WARC ? outBase + record.position() : -1;
    if (work.isPresent() && work.get() instanceof Page page && page.truncation().isEmpty() && segmentsOffset == null
        && (member >= 0 || inStream >= 0)) {
      // what follows the record in its member tells whether its length said less than the member holds, and in a
      // stream, whether it said more than the record holds
      sink.hold(page, member, inStream);
    } else if (work.isPresent()) {
      sink.accept(work.get());
    } else {
      sink.skipped();
    }
    return !fileEnds;
  }

  /**
   * Keeps the place of a page's record for the revisits after it, where a reader can read it again from there: a
   * WARC record that starts a plain file's record or a gzip member of its own (see {@link RevisitTargets}).
   */
  private void keepForRevisits(WarcCaptureRecord record, PageOrigin origin, @Nullable String recordId, URI target) {
    RevisitTargets known = revisits;
    Path file = seekable;
    if (known == null || file == null || format != ArchiveFormat.WARC || segmentsOffset != null
        || compressed instanceof ZstdFrames || origin.offset().isEmpty()) {
      return;
    }
    known.add(file, seekableFrom + origin.offset().getAsLong(), Optional.ofNullable(recordId),
        header(record, "WARC-Payload-Digest"), target, capturedAt(record).map(OffsetDateTime::toInstant));
  }

  /**
   * The page a revisit record stands for: the earlier response it refers to, read again from its file, captured at
   * the revisit's date at the revisit's target, with the record that holds its bytes named in its source. Nothing
   * if that response is no page read before in the run; its failure, said of the revisit, if it cannot be read
   * again.
   */
  private Optional<Work> revisitPage(WarcRevisit revisit, @Nullable String recordId) {
    RevisitTargets known = revisits;
    URI target = target(revisit);
    if (known == null || target == null || !isHttpTarget(revisit)) {
      return Optional.empty();
    }
    Optional<URI> referred = referredTarget(revisit);
    RevisitTargets.Reference reference = new RevisitTargets.Reference(
        header(revisit, "WARC-Refers-To").map(WarcPages::unbracket), header(revisit, "WARC-Payload-Digest"),
        referred.orElse(target), header(revisit, "WARC-Refers-To-Date").flatMap(WarcPages::instant));
    PageOrigin origin = PageOrigin.record(name, recordId, recordOffset(revisit), target);
    for (RevisitTargets.Place place : known.find(reference)) {
      Optional<Work> earlier = readAgain(place, settings);
      if (earlier.isPresent() && earlier.get() instanceof ReadFailure failure) {
        Outcome.Failed failed = failure.outcome();
        return Optional.of(new ReadFailure(origin, failed.kind(), "cannot read again the record that the revisit"
            + " refers to, at offset " + place.offset() + " of " + place.file() + ": " + failed.message(),
            failed.cause()));
      }
      if (earlier.isPresent() && earlier.get() instanceof Page page && refersTo(reference, page)) {
        Source source = Source.builder()
            .uri(target)
            .recordId(Optional.ofNullable(recordId))
            .payloadRecordId(page.options().source().flatMap(Source::recordId))
            .capturedAt(capturedAt(revisit))
            .build();
        // The cut is the earlier record's, which the revisit's warning names.
        String earlierRecord = "the record the revisit refers to (" + source.payloadRecordId().map(id -> id + ", ")
            .orElse("") + "at offset " + place.offset() + " of " + place.file() + ")";
        return Optional.of(new Page(origin, page.bytes(), target, page.options().withSource(source),
            page.truncation().map(cut -> earlierRecord + ": " + cut)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a page read again is the one a revisit refers to, not another whose key's hash is the same: of the
   * record id it names, or of its target, with the date it names if it names one.
   */
  private static boolean refersTo(RevisitTargets.Reference reference, Page page) {
    Optional<Source> source = page.options().source();
    if (reference.recordId().isPresent()
        && reference.recordId().equals(source.flatMap(Source::recordId))) {
      return true;
    }
    boolean sameTarget = source.map(Source::uri).filter(reference.target()::equals).isPresent();
    Optional<Instant> date = source.flatMap(Source::capturedAt).map(OffsetDateTime::toInstant);
    return sameTarget && (reference.payloadDigest().isPresent()
        || reference.date().isPresent() && reference.date().equals(date));
  }

  /**
   * The target a revisit refers to, read as leniently as jwarc reads a record's own (see {@link #target}): its
   * {@code refersToTargetURI()} refuses a '|' or a space that crawlers write unescaped.
   */
  private static Optional<URI> referredTarget(WarcRevisit revisit) {
    try {
      return header(revisit, "WARC-Refers-To-Target-URI").map(t -> URIs.parseLeniently(unbracket(t)))
          .filter(URI::isAbsolute).map(WarcPages::upperCaseEscapes);
    } catch (RuntimeException e) {
      return Optional.empty(); // one that cannot be read: the revisit's own target stands for it
    }
  }

  /** A WARC date, as WARC-Date and WARC-Refers-To-Date write it; empty if it is none. */
  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The first page or failure handed on, for {@link #readAgain}, after which the reader is stopped: a page that
   * starts a gzip member of its own comes once the next record's header told whether the member held more than
   * its length said, and anything after it is not read.
   */
  private static final class FirstWork implements PageSink {
    private Optional<Work> work = Optional.empty();

    @Override
    public void accept(Work first) {
      work = Optional.of(first);
      throw new RunStoppedException();
    }

    @Override
    public void skipped() {
      throw new RunStoppedException();
    }

    @Override
    public void fileSkipped() {}

    @Override
    public void folderSkipped() {}

    @Override
    public void inputStarted() {}

    @Override
    public void bytesRead(long bytes) {}
  }

  /**
   * What is wrong with the gzip member that the record starts, if its CRC32 or length fails the check: its bytes
   * then are not those its writer stored. A record inside a member of several is not told here, but by its member
   * once it ends.
   */
  private Optional<String> memberCheck(WarcRecord record) {
    return compressed == null || segmentsOffset != null ? Optional.empty()
        : compressed.check(outBase + record.position());
  }

  /**
   * A record whose gzip member fails its check is an error, not a page: the bytes that inflated are not those
   * stored, and what is wrong in them cannot be told, a digit of a date or a name as well as the markup.
   */
  private ReadFailure badMember(PageOrigin origin, String problem) {
    String message = "the record's " + (compressed == null ? "gzip member" : compressed.unit()) + " fails its check: "
        + problem + ": its bytes are not those stored";
    return new ReadFailure(origin, ErrorKind.UNREADABLE_INPUT, message, new ZipException(message));
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
    PageBytes.Read read = PageBytes.readUntilCut(resource.body().stream(), settings.maxPageSize());
    EOFException cut = read.cut();
    if (cut != null && !atFence()) {
      throw cut; // the file ends inside the record
    }
    // A record that ran over the next one holds the page up to where that one starts, as a response record does.
    Optional<String> truncation = storedCutOff(resource).or(() -> cut == null ? Optional.ofNullable(truncationNote)
        : Optional.of(overrun()));
    if (cut != null && read.bytes().length == 0) {
      return Optional.of(new ReadFailure(origin, ErrorKind.TRUNCATED, truncation.get() + ", before any of the page",
          cut));
    }
    return Optional.of(page(resource, origin, target, recordId, read.bytes(),
        type.flatMap(t -> parameter(t, "charset")), truncation));
  }

  /** What a record says of being stored cut off by its crawler (WARC 1.1, 5.13). */
  private static Optional<String> storedCutOff(WarcRecord record) {
    return header(record, "WARC-Truncated")
        .map(reason -> "the crawler stored the record cut off (WARC-Truncated: " + reason + ")");
  }

  /** The limit on the HTTP header of the record being read, through the reader that reads it. */
  private HeaderLimit httpHeaders() {
    HeaderLimit window = windowHeaders;
    return window != null ? window : headers;
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
      http = httpHeaders().within("HTTP response header", block::http);
    } else {
      http = httpHeaders().within("HTTP response header", response::http);
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
    boolean overrun = cut != null && atFence();
    if (cut != null && !overrun && (codings.isEmpty() || !wholeRecord(http))) {
      throw cut; // the file ends inside the record
    }
    byte[] bytes = read.bytes();
    // A record that its crawler stored cut off (at its size limit, or at a time limit) says so in WARC-Truncated,
    // and a compressed page then ends early too. Either way, the page is what there is of it, as for a saved page
    // that is cut off.
    Optional<String> truncation = storedCutOff(response)
        .or(() -> cut == null ? Optional.ofNullable(truncationNote) : overrun ? Optional.of(overrun())
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
    return parsedType(type.get()).flatMap(WarcPages::baseType).filter("application/http"::equals).isPresent();
  }

  private static boolean isHttpTarget(WarcCaptureRecord record) {
    // Not jwarc's target(), which is null for a record without the header and throws for one with two: the first,
    // or none, which is of no http URL
    String target = record.headers().first("WARC-Target-URI").orElse("").toLowerCase(Locale.ROOT);
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

  /** The record's WARC-Date; one the record gets wrong is left out, not guessed. */
  private static Optional<OffsetDateTime> capturedAt(WarcRecord record) {
    return header(record, "WARC-Date").flatMap(WarcPages::instant).map(i -> i.atOffset(ZoneOffset.UTC));
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
      return parsedType(header);
    }
    String[] types = header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"); // commas outside quoted parameters
    for (int i = types.length - 1; i >= 0; i--) {
      Optional<MediaType> type = parsedType(types[i].trim());
      if (type.flatMap(WarcPages::baseType).filter(t -> !t.equals("*/*")).isPresent()) {
        return type;
      }
    }
    return parsedType(header);
  }

  /**
   * jwarc's lenient reading of a media type, which still throws on some text (bytes above ASCII before the slash):
   * such a header names no type, as an empty one does.
   */
  private static Optional<MediaType> parsedType(String text) {
    try {
      return Optional.of(MediaType.parseLeniently(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
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
