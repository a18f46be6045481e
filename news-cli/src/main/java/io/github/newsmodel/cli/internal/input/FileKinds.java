package io.github.newsmodel.cli.internal.input;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Tells pages from WARC files by their names. */
final class FileKinds {
  private FileKinds() {}

  /**
   * The kind of a file named on the command line: a WARC file by its extension, otherwise a page (gzip-compressed
   * if its name ends with {@code .gz}), so that a saved page named {@code article.php} is read too.
   */
  static Input named(String name, Path path) {
    String lower = lower(path);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return new Input.WarcFile(name, path);
    }
    return new Input.HtmlFile(name, path, lower.endsWith(".gz"));
  }

  /**
   * The kind of a file found in a folder, where only pages and WARC files by their extension are read, so that
   * the images and style sheets of a saved site are left alone.
   */
  static Optional<Input> inFolder(String name, Path path) {
    String lower = lower(path);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return Optional.of(new Input.WarcFile(name, path));
    }
    for (String extension : new String[] {".html", ".htm"}) {
      if (lower.endsWith(extension)) {
        return Optional.of(new Input.HtmlFile(name, path, false));
      }
      if (lower.endsWith(extension + ".gz")) {
        return Optional.of(new Input.HtmlFile(name, path, true));
      }
    }
    return Optional.empty();
  }

  private static String lower(Path path) {
    Path fileName = path.getFileName();
    return fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
  }
}
