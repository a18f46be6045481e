package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.cli.internal.page.PageSink;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import io.github.newsmodel.cli.internal.page.Work;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads the pages of a WACZ file: each WARC file under its {@code archive/} folder, in the order the ZIP lists
 * them, as {@link WarcPages} reads a WARC file from a stream, so that memory does not grow with its size. A ZIP
 * entry is read where it lies in the file, inflated if it is deflated, never copied out whole. The WACZ's indexes
 * and page lists are not needed: every record is read.
 *
 * <p>A record is named by the WACZ file and its entry, {@code crawl.wacz!archive/data.warc.gz}, as a JAR URL names
 * a class, and its offset is the record's in that WARC file, as the WACZ's own CDXJ index gives it.
 */
final class WaczPages {
  /** Where the WACZ format keeps its WARC files. */
  private static final String ARCHIVE_FOLDER = "archive/";

  private WaczPages() {}

  /**
   * Reads a WACZ file.
   *
   * @param name the file's name, as the user gave it or as a folder's walk joined it
   * @param path the file
   * @param settings how to read pages
   * @param sink where the pages go
   */
  static void readFile(String name, Path path, ReadSettings settings, PageSink sink) {
    readFile(name, path, settings, null, sink);
  }

  /**
   * Reads a WACZ file, whose revisits find their pages among those read before in the run's files; its own pages
   * are read from its entries as streams, and kept for later revisits where the entry is stored without
   * compression, as WACZ writers store WARC files, so that they can be read again from the WACZ file.
   *
   * @param revisits the places of the pages read so far in the run
   */
  static void readFile(String name, Path path, ReadSettings settings, @Nullable RevisitTargets revisits,
      PageSink sink) {
    long size = InputFiles.sizeOf(path);
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (ZipException e) {
      // The JDK's words for a file that is no ZIP, such as "zip END header not found", not those for gzip data.
      sink.accept(failure(name, "not a WACZ file: it is no ZIP file (" + e.getMessage() + ")", e));
      sink.bytesRead(size);
      return;
    } catch (IOException e) {
      sink.accept(failure(name, "cannot read the WACZ file: " + IoMessages.describe(e), e));
      sink.bytesRead(size);
      return;
    }
    EntryProgress progress = new EntryProgress(sink);
    try {
      List<? extends ZipEntry> warcs = zip.stream()
          .filter(e -> !e.isDirectory() && e.getName().startsWith(ARCHIVE_FOLDER))
          .toList();
      if (warcs.isEmpty()) {
        sink.accept(failure(name, "not a WACZ file: it holds no WARC files in " + ARCHIVE_FOLDER,
            new IOException("no " + ARCHIVE_FOLDER)));
      }
      // A WARC file stored without compression can be read again from the WACZ file, as a revisit may ask.
      Map<String, Long> stored = revisits == null ? Map.of() : ZipDataOffsets.of(path);
      for (ZipEntry entry : warcs) {
        Long from = entry.getMethod() == ZipEntry.STORED ? stored.get(entry.getName()) : null;
        readEntry(name + "!" + entry.getName(), zip, entry, settings, revisits, from == null ? null : path,
            from == null ? 0 : from, progress);
      }
    } finally {
      InputFiles.closeQuietly(zip);
      sink.bytesRead(size - progress.reported);
    }
  }

  private static void readEntry(String name, ZipFile zip, ZipEntry entry, ReadSettings settings,
      @Nullable RevisitTargets revisits, @Nullable Path seekable, long from, EntryProgress progress) {
    progress.start(entry);
    InputStream in;
    try {
      in = zip.getInputStream(entry);
    } catch (IOException e) {
      progress.accept(failure(name, "cannot read the entry: " + IoMessages.describe(e), e));
      progress.end();
      return;
    }
    try {
      ArchiveFormat format = ArchiveFormat.byName(entry.getName()).orElse(ArchiveFormat.WARC);
      WarcPages.readStream(name, in, format, settings, revisits, seekable, from, progress);
    } finally {
      InputFiles.closeQuietly(in);
      progress.end();
    }
  }

  private static ReadFailure failure(String name, String message, Exception cause) {
    return new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT, message, cause);
  }

  /**
   * Passes an entry's pages on, and turns the bytes read of the entry, which are inflated ones when it is
   * deflated, into bytes of the WACZ file, for progress against the file's size.
   */
  private static final class EntryProgress implements PageSink {
    private final PageSink sink;
    private long reported;
    private long entryRead;
    private long entryReported;
    private long compressedSize;
    private long size;

    EntryProgress(PageSink sink) {
      this.sink = sink;
    }

    void start(ZipEntry entry) {
      entryRead = 0;
      entryReported = 0;
      compressedSize = Math.max(0, entry.getCompressedSize());
      size = entry.getSize();
    }

    void end() {
      report(compressedSize - entryReported);
    }

    @Override
    public void accept(Work work) {
      sink.accept(work);
    }

    @Override
    public void skipped() {
      sink.skipped();
    }

    @Override
    public void fileSkipped() {
      sink.fileSkipped();
    }

    @Override
    public void folderSkipped() {
      sink.folderSkipped();
    }

    @Override
    public void inputStarted() {
      // the WACZ file is the input: its entries are not counted apart
    }

    @Override
    public void bytesRead(long bytes) {
      entryRead += bytes;
      long inFile = size > 0 ? (long) (compressedSize * Math.min(1.0, (double) entryRead / size)) : 0;
      report(inFile - entryReported);
    }

    private void report(long bytes) {
      if (bytes > 0) {
        entryReported += bytes;
        reported += bytes;
        sink.bytesRead(bytes);
      }
    }
  }
}
