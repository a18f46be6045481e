package io.github.newsmodel.html.internal;

import io.github.newsmodel.html.internal.dom.Urls;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frames that Chrome saved beside a page it saved "complete" ({@code Story.html} beside {@code Story_files/}):
 * each frame's page as it was served, its scripts kept, in that folder ({@code saved_resource.html},
 * {@code saved_resource(1).html}), and marked at its top with the address it was served from, as Chrome marks the
 * page itself: {@code <!-- saved from url=(0129)https://disqus.com/embed/comments/?... -->}.
 */
public final class SavedFrames {
  /** Chrome's mark, near the top of the file. */
  private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d{1,5}\\)(\\S+?)\\s*-->");
  private static final Pattern PAGE_EXTENSION = Pattern.compile("(?i)\\.(?:html?|xhtml|shtml)(?:\\.gz)?$");
  /** How many bytes of a file its mark is looked for in: Chrome writes it after the doctype, if any. */
  private static final int HEAD_BYTES = 1024;
  /** How many of the folder's pages are looked at: a page has a few frames, and the folder may hold many files. */
  private static final int MAX_PAGES = 64;

  private SavedFrames() {}

  /**
   * A frame saved beside a page.
   *
   * @param file the frame's file
   * @param url the address it was served from, as its mark says
   */
  public record Frame(Path file, URI url) {}

  /**
   * The frames saved beside a page whose marks name an address the caller wants, in the order of their names. A
   * folder that cannot be read has none.
   *
   * @param page the saved page's file
   * @param wanted which addresses to take
   * @return the frames, perhaps none
   */
  public static List<Frame> beside(Path page, Predicate<URI> wanted) {
    Optional<Path> folder = folderOf(page);
    if (folder.isEmpty()) {
      return List.of();
    }
    List<Path> pages = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.get(), "*.{html,htm,HTML,HTM}")) {
      for (Path file : files) {
        pages.add(file);
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // a folder that cannot be listed holds no frame to read
    }
    pages.sort(null);
    List<Frame> frames = new ArrayList<>();
    for (Path file : pages.subList(0, Math.min(MAX_PAGES, pages.size()))) {
      mark(file).filter(wanted).ifPresent(url -> frames.add(new Frame(file, url)));
    }
    return frames;
  }

  /** The folder of files beside the page, as Chrome or Internet Explorer named it after the page's file. */
  private static Optional<Path> folderOf(Path page) {
    Path parent = page.toAbsolutePath().getParent();
    Path name = page.getFileName();
    if (parent == null || name == null) {
      return Optional.empty();
    }
    Matcher extension = PAGE_EXTENSION.matcher(name.toString());
    if (!extension.find()) {
      return Optional.empty();
    }
    String stem = name.toString().substring(0, extension.start());
    for (String end : SavedPage.RESOURCE_FOLDER_ENDS) {
      // As browsers write them: "_files", and Internet Explorer's German "-Dateien".
      String word = end.substring(0, 1) + end.substring(1, 2).toUpperCase(Locale.ROOT) + end.substring(2);
      for (String form : List.of(end, word)) {
        try {
          Path folder = parent.resolve(stem + form);
          if (Files.isDirectory(folder)) {
            return Optional.of(folder);
          }
        } catch (RuntimeException e) {
          // a name this file system cannot hold: no such folder
        }
      }
    }
    return Optional.empty();
  }

  /** The address a file's mark names, if it has one of http or https. */
  private static Optional<URI> mark(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      return Optional.empty();
    }
    Matcher m = SAVED_FROM.matcher(new String(head, StandardCharsets.ISO_8859_1));
    return m.find() ? Urls.http(m.group(1)) : Optional.empty();
  }
}
