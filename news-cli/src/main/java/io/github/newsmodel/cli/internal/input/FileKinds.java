package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Tells pages from WARC files, by their names and their first bytes. */
final class FileKinds {
  private static final List<String> PAGE_EXTENSIONS = List.of(".html", ".htm", ".xhtml");

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
   * The kind of a file found in a folder: a WARC file or a page by its extension ({@code .xhtml} too), and a file
   * of any other name by its first bytes, once decompressed, so that the pages of a wget mirror
   * ({@code article.cfm}, {@code index.html?page=2}, names without an extension) are read while its images and
   * style sheets are left alone.
   */
  static Optional<Input> inFolder(String name, Path path) {
    if (isWarcName(path)) {
      return Optional.of(new Input.WarcFile(name, path));
    }
    String lower = lower(path);
    for (String extension : PAGE_EXTENSIONS) {
      if (lower.endsWith(extension) || lower.endsWith(extension + ".gz")) {
        return Optional.of(new Input.HtmlFile(name, path));
      }
    }
    Head head;
    try {
      head = Head.of(path);
    } catch (IOException e) {
      return Optional.of(new Input.HtmlFile(name, path)); // reading it will report the failure, not skip it
    }
    if (head.isWarc()) {
      return Optional.of(new Input.WarcFile(name, path));
    }
    return head.looksLikeHtml() ? Optional.of(new Input.HtmlFile(name, path)) : Optional.empty();
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
