package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Walks a folder depth-first in name order, so that a run over the same folder always reads the same pages in
 * the same order. Only one folder's listing is held at a time per level. Names that start with a dot are left
 * out. Links to folders, which could lead in a circle, are not followed, and pipes, sockets and devices, which
 * could block or never end, are not read: both are counted as skipped files. A link to nothing is an error. The
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
     * Takes a file that is not read: neither a page nor a web archive, or a link to a folder, a pipe, a socket or a
     * device.
     *
     * @param name its name, joined to the folder's
     */
    void skipped(String name);

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

  private FolderWalk() {}

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
    List<Path> children;
    try {
      children = list(folder);
    } catch (IOException e) {
      visitor.failed(new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT,
          "cannot list the folder: " + IoMessages.describe(e), e));
      return true;
    }
    for (Path child : children) {
      String childName = Path.of(name).resolve(child.getFileName()).toString();
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        if (!walk(childName, child, outputs, visitor)) {
          return false;
        }
      } else if (outputs.contains(child)) {
        visitor.leftOut(childName);
      } else if (Files.isRegularFile(child)) {
        Optional<Input> input = FileKinds.inFolder(childName, child);
        if (input.isEmpty()) {
          visitor.skipped(childName);
        } else if (!visitor.found(input.get())) {
          return false;
        }
      } else if (Files.isSymbolicLink(child) && !Files.exists(child)) {
        visitor.failed(brokenLink(childName, child));
      } else {
        visitor.skipped(childName); // a link to a folder, a pipe, a socket or a device: counted, not read
      }
    }
    return true;
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
