package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files a run writes ({@code -o} and {@code --errors}, and the files its standard output and error were sent
 * to), which a folder walk never reads: a run that writes into
 * a folder it reads would otherwise read its own output, half written, as a page or a WARC file, and a second run
 * would read the first one's.
 *
 * <p>The files are known by their real paths, taken before the run creates them: a file that does not exist yet
 * is known by its folder's real path and its name. In the walk, only a file of the same name (in any case, for a
 * file system that ignores case) or a link is looked at closely, so that the walk costs no more for the others.
 */
public final class RunOutputs {
  /** No file: nothing is left out. */
  public static final RunOutputs NONE = new RunOutputs(List.of());

  private final List<Path> files;
  private final Set<Path> realPaths = new HashSet<>();
  private final Set<String> names = new HashSet<>();

  private RunOutputs(List<Path> files) {
    this.files = List.copyOf(files);
    for (Path file : this.files) {
      Path real = realPath(file);
      realPaths.add(real);
      // Under the name given and under its real one, which differ for a link or a descriptor such as /dev/fd/3.
      addName(file);
      addName(real);
    }
  }

  private void addName(Path file) {
    Path name = file.getFileName();
    if (name != null) {
      names.add(name.toString().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * The files a run writes.
   *
   * @param files the regular files it creates or overwrites, existing or not
   * @return the outputs
   */
  public static RunOutputs of(List<Path> files) {
    return files.isEmpty() ? NONE : new RunOutputs(new ArrayList<>(files));
  }

  /**
   * The files that the process's standard output and error were sent to by the shell, {@code news parse pages/ >
   * pages/articles.jsonl}: the shell creates such a file before the run starts, so a walk of its folder would find
   * it, empty or half written, and read it as a page. Only a regular file counts (a terminal or a pipe is none), and
   * only where the system shows a process its own descriptors, {@code /proc/self/fd}.
   *
   * @return the regular files behind standard output and standard error, as their real paths
   */
  public static List<Path> standardStreamFiles() {
    List<Path> files = new ArrayList<>();
    for (String descriptor : List.of("/proc/self/fd/1", "/proc/self/fd/2")) {
      Path path = Path.of(descriptor);
      try {
        if (Files.isRegularFile(path)) {
          files.add(path.toRealPath());
        }
      } catch (IOException | SecurityException e) {
        // no such descriptor to follow: nothing to leave out
      }
    }
    return files;
  }

  /**
   * Whether a file found in a folder is one of the outputs, under its own name or through a link.
   *
   * @param file the file, as the walk found it
   * @return true if the walk must leave it out
   */
  boolean contains(Path file) {
    if (files.isEmpty()) {
      return false;
    }
    Path name = file.getFileName();
    if ((name == null || !names.contains(name.toString().toLowerCase(Locale.ROOT))) && !Files.isSymbolicLink(file)) {
      return false;
    }
    if (realPaths.contains(realPath(file))) {
      return true;
    }
    for (Path output : files) {
      if (isSameFile(file, output)) {
        return true; // the same file under a name that differs in case, on a file system that ignores it
      }
    }
    return false;
  }

  /** The real path of a file, or of its folder joined with its name while the file does not exist yet. */
  private static Path realPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      Path folder = absolute.getParent();
      Path name = absolute.getFileName();
      if (folder == null || name == null) {
        return absolute;
      }
      try {
        return folder.toRealPath().resolve(name);
      } catch (IOException noFolder) {
        return absolute; // the output cannot be created there, which opening it will report
      }
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
