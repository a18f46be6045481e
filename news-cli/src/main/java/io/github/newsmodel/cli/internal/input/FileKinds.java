package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Tells pages from WARC files, by their names and their first bytes. */
final class FileKinds {
  private FileKinds() {}

  /**
   * The kind of a file named on the command line: a WARC file by its extension or by its first bytes (once
   * decompressed), as standard input is told; otherwise a page, so that a saved page named {@code article.php}
   * is read too.
   */
  static Input named(String name, Path path) {
    if (isWarcName(path) || startsAsWarc(path)) {
      return new Input.WarcFile(name, path);
    }
    return new Input.HtmlFile(name, path);
  }

  /**
   * The kind of a file found in a folder, where only pages and WARC files by their extension are read, so that
   * the images and style sheets of a saved site are left alone.
   */
  static Optional<Input> inFolder(String name, Path path) {
    if (isWarcName(path)) {
      return Optional.of(new Input.WarcFile(name, path));
    }
    String lower = lower(path);
    for (String extension : new String[] {".html", ".htm"}) {
      if (lower.endsWith(extension) || lower.endsWith(extension + ".gz")) {
        return Optional.of(new Input.HtmlFile(name, path));
      }
    }
    return Optional.empty();
  }

  private static boolean isWarcName(Path path) {
    String lower = lower(path);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  private static boolean startsAsWarc(Path path) {
    try {
      return Head.of(path).isWarc();
    } catch (IOException e) {
      return false; // read as a page, whose reading will say what is wrong
    }
  }

  private static String lower(Path path) {
    Path fileName = path.getFileName();
    return fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
  }
}
