package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import io.github.newsmodel.html.internal.io.SavedFolders;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a folder depth-first in name order, so that a run over the same folder always reads the same pages in
 * the same order. Only one folder's listing is held at a time per level. Names that start with a dot are left
 * out. Links are followed, to folders too, as {@code find -L} does; each folder is read once, known by its file
 * key (device and inode) or else its real path, so that a link back to a folder above it, which would lead in a
 * circle, or a second link to a folder read already is told as such rather than read again. Pipes, sockets and
 * devices, which could block or never end, are not read: they are counted as skipped files, as is the folder of
 * files that a browser saved beside a page ({@code Story_files/} beside {@code Story.html}, or
 * {@code Story-Dateien/} as a German browser names it). A link to nothing is
 * an error, and so is a page or web archive compressed in a way news cannot read ({@code crawl.warc.xz}). The
 * run's own output files are left out, uncounted.
 */
final class FolderWalk {
  /** What the walk finds. */
  interface Visitor {
    /**
     * Takes a page or a web archive (a WARC, ARC or WACZ file).
     *
     * @param input the file
     * @return whether to walk on
     */
    boolean found(Input input);

    /**
     * Takes a file that is not read: neither a page nor a web archive, or a pipe, a socket or a device.
     *
     * @param name its name, joined to the folder's
     */
    void skipped(String name);

    /**
     * Takes a folder that the walk has read already, reached again through a link: a link back to a folder it is
     * in, or a second link to one. It is not read again.
     *
     * @param name its name, joined to the folder's
     */
    void readAlready(String name);

    /**
     * Takes the folder of files that a browser saved beside a page: its images, styles and frames, which are no
     * articles of their own. It is not read; the page's reader joins a Disqus frame's comments to the page.
     *
     * @param name its name, joined to the folder's
     */
    void savedFiles(String name);

    /**
     * Takes a folder that cannot be listed, or a link to nothing.
     *
     * @param failure the failure
     */
    void failed(ReadFailure failure);

    /**
     * Takes a file that the run writes, which is not read.
     *
     * @param name its name, joined to the folder's
     */
    default void leftOut(String name) {}
  }

  /** The extensions of the pages that browsers save with a folder of their files beside them. */
  private static final List<String> SAVED_PAGE_EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".shtml");

  private final RunOutputs outputs;
  private final Visitor visitor;
  /** The folders met so far, by {@link #identity}. */
  private final Set<Object> folders = new HashSet<>();

  private FolderWalk(RunOutputs outputs, Visitor visitor) {
    this.outputs = outputs;
    this.visitor = visitor;
  }

  /**
   * Walks a folder.
   *
   * @param name the folder's name as the user gave it
   * @param folder the folder
   * @param outputs the files the run writes, which are left out
   * @param visitor what to tell of each file
   * @return false if the visitor stopped the walk
   */
  static boolean walk(String name, Path folder, RunOutputs outputs, Visitor visitor) {
    FolderWalk walk = new FolderWalk(outputs, visitor);
    walk.folders.add(identity(folder).orElse(folder.toAbsolutePath().normalize()));
    return walk.walkFolder(name, folder);
  }

  private boolean walkFolder(String name, Path folder) {
    List<Path> children;
    try {
      children = list(folder);
    } catch (IOException e) {
      visitor.failed(cannotList(name, e));
      return true;
    }
    Set<String> pages = null; // the names of the folder's pages without their extension, once a folder asks
    for (Path child : children) {
      String childName = Path.of(name).resolve(child.getFileName()).toString();
      if (Files.isDirectory(child)) { // a folder, or a link to one
        Optional<String> savedFor = savedResourcesOf(child);
        if (savedFor.isPresent()) {
          pages = pages == null ? pageStems(children) : pages;
          if (pages.contains(savedFor.get())) {
            visitor.savedFiles(childName);
            continue;
          }
        }
        if (!enterFolder(childName, child)) {
          return false;
        }
      } else if (outputs.contains(child)) {
        visitor.leftOut(childName);
      } else if (Files.isRegularFile(child)) {
        if (!takeFile(childName, child)) {
          return false;
        }
      } else if (Files.isSymbolicLink(child) && !Files.exists(child)) {
        visitor.failed(brokenLink(childName, child));
      } else {
        visitor.skipped(childName); // a pipe, a socket or a device: counted, not read
      }
    }
    return true;
  }

  /**
   * The name of the page a folder may hold the images, styles and frames of, as a browser saves them beside the
   * page: {@code story} for {@code Story_files/} beside {@code Story.html}, as Chrome, Firefox and Edge name it, or
   * {@code Story-Dateien/} as their German versions do. Its frames are no articles of their own (ads, embedded
   * posts, a comment widget), so it is not read; the page's reader joins a Disqus frame's comments to the page.
   */
  private static Optional<String> savedResourcesOf(Path folder) {
    return SavedFolders.pageOf(folder.getFileName().toString());
  }

  /** The names of a folder's pages ({@link #SAVED_PAGE_EXTENSIONS}), lower-cased without their extension. */
  private static Set<String> pageStems(List<Path> children) {
    Set<String> stems = new HashSet<>();
    for (Path child : children) {
      String lower = child.getFileName().toString().toLowerCase(Locale.ROOT);
      for (String extension : SAVED_PAGE_EXTENSIONS) {
        if (lower.endsWith(extension) && !Files.isDirectory(child)) {
          stems.add(lower.substring(0, lower.length() - extension.length()));
        }
      }
    }
    return stems;
  }

  /** Tells the visitor of a file, by its kind; false if the visitor stopped the walk. */
  private boolean takeFile(String name, Path file) {
    Optional<UnsupportedCompression> unsupported = FileKinds.unsupportedInFolder(file);
    if (unsupported.isPresent()) {
      visitor.failed(unreadable(name, unsupported.get().message(file)));
      return true;
    }
    Optional<Input> input = FileKinds.inFolder(name, file);
    if (input.isEmpty()) {
      visitor.skipped(name);
      return true;
    }
    return visitor.found(input.get());
  }

  /** Walks a folder met in another, unless it has been met before. */
  private boolean enterFolder(String name, Path folder) {
    Object identity;
    try {
      identity = identityOrFail(folder);
    } catch (IOException e) {
      visitor.failed(cannotList(name, e));
      return true;
    }
    if (!folders.add(identity)) {
      visitor.readAlready(name);
      return true;
    }
    return walkFolder(name, folder);
  }

  private static ReadFailure cannotList(String name, IOException e) {
    return new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT,
        "cannot list the folder: " + IoMessages.describe(e), e);
  }

  /** A folder's identity, as {@link #identityOrFail}; empty if it cannot be had, and listing it will fail too. */
  private static Optional<Object> identity(Path folder) {
    try {
      return Optional.of(identityOrFail(folder));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * What tells a folder from every other, whatever path leads to it: its file key, the device and inode on Unix,
   * which also tells a folder mounted twice; its real path where the system has no file keys.
   */
  private static Object identityOrFail(Path folder) throws IOException {
    Object key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
    return key != null ? key : folder.toRealPath();
  }

  /**
   * A page or web archive that news cannot decompress is an error, as the page it may hold would be lost unseen;
   * in a folder, it does not stop the run, as a usage error would.
   */
  private static ReadFailure unreadable(String name, String why) {
    String message = "cannot read the file: " + why;
    return new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT, message, new IOException(message));
  }

  /** A link that leads nowhere may have been a page: it is an error, so that the run does not lose it unseen. */
  private static ReadFailure brokenLink(String name, Path link) {
    String target = Inputs.linkTarget(link);
    return new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT,
        "cannot read the file: it is a link to " + target + ", which does not exist",
        new NoSuchFileException(name, target, "broken link"));
  }

  private static List<Path> list(Path folder) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Path fileName = entry.getFileName();
        if (fileName != null && !fileName.toString().startsWith(".")) {
          children.add(entry);
        }
      }
    }
    children.sort(Comparator.comparing(p -> String.valueOf(p.getFileName())));
    return children;
  }
}
