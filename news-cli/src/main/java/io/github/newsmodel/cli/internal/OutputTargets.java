package io.github.newsmodel.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides how to open what {@code -o} and {@code --errors} name, so that no two writers overwrite each other.
 *
 * <p>A file opened anew gets a file offset of its own. If it is also where the process's standard output or
 * standard error goes ({@code --errors /dev/stderr 2>log}), the run's messages and its records would be written
 * over each other from two offsets; such a target is written through the standard stream itself, which shares
 * the shell's offset and its append mode. Any other target that is not a regular file (a terminal, a pipe, a
 * descriptor such as {@code /dev/fd/3}, which the shell may have opened to append) is opened for appending and
 * never truncated.
 */
final class OutputTargets {
  /** How to open a target. */
  enum Kind {
    /** Write to the process's standard output. */
    STANDARD_OUTPUT,
    /** Write to the process's standard error, beside its messages. */
    STANDARD_ERROR,
    /** Open for appending: a device, a pipe or a descriptor, which must not be truncated. */
    APPEND,
    /** Create the file, or truncate it: an ordinary output file. */
    CREATE
  }

  /** How the command line names standard output (for {@code -o}) or standard error (for {@code --errors}). */
  static final String DASH = "-";

  private static final List<String> STDOUT_NAMES = List.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");
  private static final List<String> STDERR_NAMES = List.of("/dev/stderr", "/dev/fd/2", "/proc/self/fd/2");
  private static final Pattern DESCRIPTOR = Pattern.compile("/dev/(std(in|out|err)|fd/\\d+)|/proc/[^/]+/fd/\\d+");
  /** Enough links to follow for any real chain, few enough to stop at a loop. */
  private static final int MAX_LINKS = 16;

  private OutputTargets() {}

  /**
   * Tells how to open a target.
   *
   * @param target the path as given
   * @param dash what {@code -} means for this option: {@link Kind#STANDARD_OUTPUT} or {@link Kind#STANDARD_ERROR}
   * @return how to open it
   */
  static Kind kindOf(Path target, Kind dash) {
    if (target.toString().equals(DASH)) {
      return dash;
    }
    String name = target.toAbsolutePath().normalize().toString();
    if (STDERR_NAMES.contains(name)) {
      return Kind.STANDARD_ERROR;
    }
    if (STDOUT_NAMES.contains(name)) {
      return Kind.STANDARD_OUTPUT;
    }
    if (!Files.exists(target)) {
      return Kind.CREATE;
    }
    // The file that standard error or output was redirected to, under its own name or another link to it.
    if (isSameFile(target, STDERR_NAMES.get(0))) {
      return Kind.STANDARD_ERROR;
    }
    if (isSameFile(target, STDOUT_NAMES.get(0))) {
      return Kind.STANDARD_OUTPUT;
    }
    return Files.isRegularFile(target) && !namesDescriptor(target) ? Kind.CREATE : Kind.APPEND;
  }

  private static boolean isSameFile(Path target, String standardStream) {
    try {
      Path stream = Path.of(standardStream);
      return Files.exists(stream) && Files.isSameFile(target, stream);
    } catch (IOException | InvalidPathException | SecurityException e) {
      return false; // a system without such names: the target is not known to be that stream
    }
  }

  /** Whether the path, or a link it leads through, names an open descriptor such as {@code /dev/fd/3}. */
  private static boolean namesDescriptor(Path target) {
    Path path = target.toAbsolutePath().normalize();
    for (int i = 0; i < MAX_LINKS; i++) {
      if (DESCRIPTOR.matcher(path.toString()).matches()) {
        return true;
      }
      Optional<Path> next = linkTarget(path);
      if (next.isEmpty()) {
        return false;
      }
      path = next.get();
    }
    return false;
  }

  private static Optional<Path> linkTarget(Path path) {
    try {
      if (!Files.isSymbolicLink(path)) {
        return Optional.empty();
      }
      Path parent = path.getParent();
      Path link = Files.readSymbolicLink(path);
      return Optional.of((parent == null ? link : parent.resolve(link)).toAbsolutePath().normalize());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }
}
