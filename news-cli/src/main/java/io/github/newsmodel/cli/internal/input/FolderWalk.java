package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ErrorKind;
import io.github.newsmodel.cli.internal.page.PageOrigin;
import io.github.newsmodel.cli.internal.page.ReadFailure;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a folder depth-first in name order, so that a run over the same folder always reads the same pages in
 * the same order. Only one folder's listing is held at a time per level. Names that start with a dot are left
 * out, and so are links to folders, which could lead in a circle.
 */
final class FolderWalk {
  private FolderWalk() {}

  /**
   * Hands each page and WARC file under a folder to {@code found}, and each folder that cannot be listed to
   * {@code failed}.
   */
  static void walk(String name, Path folder, Consumer<Input> found, Consumer<ReadFailure> failed) {
    List<Path> children;
    try {
      children = list(folder);
    } catch (IOException e) {
      failed.accept(new ReadFailure(PageOrigin.input(name), ErrorKind.UNREADABLE_INPUT,
          "cannot list the folder: " + IoMessages.describe(e), e));
      return;
    }
    for (Path child : children) {
      String childName = Path.of(name).resolve(child.getFileName()).toString();
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(childName, child, found, failed);
      } else if (Files.isRegularFile(child)) {
        FileKinds.inFolder(childName, child).ifPresent(found);
      }
    }
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
