package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Tells pages from WARC, ARC and WACZ files, by their names and their first bytes. */
final class FileKinds {
  /** Pages by name: HTML, and MHTML, a page saved "as a single file" with its images, read as its HTML part. */
  private static final List<String> PAGE_EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".mhtml", ".mht",
      ".webarchive");

  private FileKinds() {}

  /**
   * The kind of a file named on the command line: a WACZ file by its extension or, as a ZIP file, by its first
   * bytes (a crawl downloaded as {@code crawl.zip}, or saved without an extension); a WARC or ARC file by its
   * extension or by its first bytes (once decompressed), as standard input is told; otherwise a page, so that a
   * saved page named {@code article.php} is read too. A ZIP that holds no WARC files is then reported as no WACZ
   * file, rather than parsed as a page of binary. A file compressed in a way news cannot read (bzip2, xz; zstd but
   * for a WARC or ARC file), by its first bytes or its name, is a usage error that says so.
   *
   * @throws BadInputException if the file is compressed in a way news cannot read
   */
  static Input named(String name, Path path) throws BadInputException {
    if (isWaczName(path)) {
      return new Input.WaczFile(name, path);
    }
    Optional<Head> head = headOf(path);
    Optional<UnsupportedCompression> unsupported = unsupported(path, head);
    if (unsupported.isPresent()) {
      throw new BadInputException("cannot read " + name + ": " + unsupported.get().message(path));
    }
    Optional<ArchiveFormat> byName = ArchiveFormat.byName(path);
    if (byName.isPresent()) {
      return new Input.ArchiveFile(name, path, byName.get());
    }
    if (head.isPresent() && head.get().isZip()) {
      return new Input.WaczFile(name, path);
    }
    Optional<ArchiveFormat> byHead = head.flatMap(Head::archive);
    if (byHead.isEmpty() && head.isPresent() && head.get().zstd()) {
      // zstd data that do not decompress here: reading them as a WARC file says why (a broken frame, zstd's
      // library that cannot be loaded); a zstd-compressed page would have been refused above
      byHead = Optional.of(ArchiveFormat.WARC);
    }
    return byHead.isPresent() ? new Input.ArchiveFile(name, path, byHead.get()) : new Input.HtmlFile(name, path);
  }

  /**
   * The kind of a file found in a folder: a WACZ, WARC or ARC file or a page by its extension ({@code .xhtml}
   * too), and a file of any other name by its first bytes, once decompressed, so that the pages of a wget mirror
   * ({@code article.cfm}, {@code index.html?page=2}, names without an extension) are read while its images and
   * style sheets are left alone.
   */
  static Optional<Input> inFolder(String name, Path path) {
    if (isWaczName(path)) {
      return Optional.of(new Input.WaczFile(name, path));
    }
    Optional<ArchiveFormat> byName = ArchiveFormat.byName(path);
    if (byName.isPresent()) {
      return Optional.of(new Input.ArchiveFile(name, path, byName.get()));
    }
    String lower = lower(path);
    for (String extension : PAGE_EXTENSIONS) {
      if (lower.endsWith(extension) || lower.endsWith(extension + ".gz")) {
        return Optional.of(new Input.HtmlFile(name, path));
      }
    }
    Optional<Head> head = headOf(path);
    if (head.isEmpty()) {
      return Optional.of(new Input.HtmlFile(name, path)); // reading it will report the failure, not skip it
    }
    Optional<ArchiveFormat> archive = head.get().archive();
    if (archive.isPresent()) {
      return Optional.of(new Input.ArchiveFile(name, path, archive.get()));
    }
    return head.get().looksLikeHtml() ? Optional.of(new Input.HtmlFile(name, path)) : Optional.empty();
  }

  /**
   * The compression news cannot read that a file found in a folder is in, by its name: a page or web archive
   * compressed with bzip2 or xz, or a page compressed with zstd ({@code crawl.warc.bz2}, {@code page.html.zst}; a
   * {@code crawl.warc.zst} is read), unless its first bytes are
   * of what news reads. Other files of such names, a {@code photos.tar.xz} say, are no pages and are skipped.
   *
   * @param path the file
   * @return the compression, if the file is a page or web archive in it
   */
  static Optional<UnsupportedCompression> unsupportedInFolder(Path path) {
    Optional<UnsupportedCompression> byName = UnsupportedCompression.byName(path);
    if (byName.isEmpty() || byName.get().contents(path).isEmpty()) {
      return Optional.empty();
    }
    return unsupported(path, headOf(path));
  }

  /**
   * The compression news cannot read that a file is in: by its first bytes, or by its name unless its first bytes
   * are of something news reads (gzip, a WARC, ARC or ZIP file, a page), whatever the name says.
   */
  private static Optional<UnsupportedCompression> unsupported(Path path, Optional<Head> head) {
    if (head.isPresent()) {
      Optional<UnsupportedCompression> byHead = head.get().unsupportedCompression();
      if (byHead.isPresent() || head.get().gzip() || head.get().isReadable()) {
        return byHead;
      }
    }
    return UnsupportedCompression.byName(path);
  }

  /**
   * Whether a name is a page's by its extension: {@code .html}, {@code .htm}, {@code .xhtml}, {@code .mhtml},
   * {@code .mht} or Safari's {@code .webarchive}.
   *
   * @param lowerName the name in lower case
   * @return true if it is
   */
  static boolean isPageName(String lowerName) {
    return PAGE_EXTENSIONS.stream().anyMatch(lowerName::endsWith);
  }

  private static boolean isWaczName(Path path) {
    return lower(path).endsWith(".wacz");
  }

  /** The file's head, or none if it cannot be read: it is then read as a page, whose reading says what is wrong. */
  private static Optional<Head> headOf(Path path) {
    try {
      return Optional.of(Head.of(path));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String lower(Path path) {
    Path fileName = path.getFileName();
    return fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
  }
}
