package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.cli.internal.page.PageSink;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.html.internal.io.PageBytes;
import io.github.newsmodel.html.internal.io.PageTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads inputs in order and hands their pages to a {@link PageSink}: every page it finds becomes exactly one
 * {@link Page} or one {@link ReadFailure}, and every WARC or ARC record that is not an HTML response is counted
 * as skipped.
 */
public final class InputReader {
  /**
   * The URI that standard input's pages are read from. {@code /dev/stdin} names standard input on the systems
   * that have it, and it keeps the source a {@code file:} URI like a saved page's, in the same
   * {@code file:///} form that {@link java.nio.file.Path#toUri()} gives a file, so that sources compare and
   * group alike whichever way the page came in.
   */
  static final URI STDIN_URI = URI.create("file:///dev/stdin");

  private final ReadSettings settings;
  private final PageSink sink;
  /** The pages of the run's WARC files, for a revisit record in a later one to find its page. */
  private final RevisitTargets revisits = new RevisitTargets();

  /**
   * Creates a reader.
   *
   * @param settings how to read pages
   * @param sink where the pages go
   */
  public InputReader(ReadSettings settings, PageSink sink) {
    this.settings = settings;
    this.sink = sink;
  }

  /**
   * Reads an input to its end, or until the sink stops the run.
   *
   * @param input the input
   */
  public void read(Input input) {
    if (input instanceof Input.Folder folder) {
      FolderWalk.walk(folder.name(), folder.path(), folder.outputs(), new FolderWalk.Visitor() {
        @Override
        public boolean found(Input child) {
          read(child);
          return true;
        }

        @Override
        public void skipped(String name) {
          sink.fileSkipped();
        }

        @Override
        public void readAlready(String name) {
          sink.folderSkipped();
        }

        @Override
        public void savedFiles(String name) {
          sink.savedFilesSkipped();
        }

        @Override
        public void failed(ReadFailure failure) {
          sink.accept(failure);
        }
      });
    } else if (input instanceof Input.HtmlFile file) {
      sink.inputStarted();
      readFile(file);
    } else if (input instanceof Input.ArchiveFile archive) {
      sink.inputStarted();
      WarcPages.readFile(archive.name(), archive.path(), archive.format(), settings, revisits, sink);
    } else if (input instanceof Input.WaczFile wacz) {
      sink.inputStarted();
      WaczPages.readFile(wacz.name(), wacz.path(), settings, revisits, sink);
    } else if (input instanceof Input.Stdin stdin) {
      sink.inputStarted();
      if (stdin.archive().isPresent()) {
        WarcPages.readStream(stdin.name(), stdin.stream(), stdin.archive().get(), settings, revisits, sink);
      } else {
        readPage(stdin.name(), stdin.stream(), stdin.uri(), null);
      }
    }
  }

  private void readFile(Input.HtmlFile file) {
    URI fileUri = file.path().toAbsolutePath().normalize().toUri();
    InputStream in;
    try {
      in = Files.newInputStream(file.path());
    } catch (IOException e) {
      fail(origin(file.name()), e);
      sink.bytesRead(InputFiles.sizeOf(file.path()));
      return;
    }
    try {
      readPage(file.name(), in, fileUri, file.path());
    } finally {
      InputFiles.closeQuietly(in);
      sink.bytesRead(InputFiles.sizeOf(file.path()));
    }
  }

  /**
   * Reads a page, gzip-compressed or not whatever its name says. A gzip stream cut off still gives the page it
   * began: the bytes before the cut are parsed as a truncated page, as the parser reads any page that ends early.
   */
  private void readPage(String name, InputStream raw, URI readFrom, @Nullable Path opened) {
    PageOrigin origin = origin(name);
    PageBytes.Read read;
    try {
      read = PageBytes.read(raw, settings.maxPageSize());
    } catch (IOException e) {
      fail(origin, e);
      return;
    }
    EOFException cut = read.cut();
    if (cut != null && read.bytes().length == 0) {
      fail(origin, cut);
      return;
    }
    Optional<String> truncation = cut == null ? Optional.empty() : Optional.of("the gzip data ends early");
    URI url = settings.url().orElse(readFrom);
    sink.accept(new Page(origin, read.bytes(), url, settings.options(Source.of(readFrom), Optional.empty()),
        truncation, Optional.ofNullable(opened)));
  }

  private PageOrigin origin(String name) {
    PageOrigin origin = PageOrigin.input(name);
    return settings.url().map(origin::withUrl).orElse(origin);
  }

  private void fail(PageOrigin origin, IOException e) {
    if (e instanceof PageTooLargeException tooLarge) {
      sink.accept(new ReadFailure(origin, ErrorKind.TOO_LARGE, IoMessages.tooLarge(tooLarge), e));
    } else {
      sink.accept(new ReadFailure(origin, IoMessages.kind(e), "cannot read the page: " + IoMessages.describe(e), e));
    }
  }
}