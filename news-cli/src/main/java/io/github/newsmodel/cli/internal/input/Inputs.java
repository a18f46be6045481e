package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ReadFailure;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Turns the INPUT arguments of the command line into {@link Input}s, before anything is read. */
public final class Inputs {
  /** The bits of a Unix file mode that give its type, and the type of a named pipe. */
  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;

  private Inputs() {}

  /**
   * Tells what an argument names: standard input ({@code -}), a folder, a web archive (WARC, ARC or WACZ) or a page.
   *
   * @param argument the argument as given
   * @param stdin standard input, whose first bytes are read if the argument is {@code -}
   * @param outputs the files the run writes, which a folder's walk leaves out
   * @return the input
   * @throws BadInputException if the argument names nothing that can be read: a usage error
   */
  public static Input classify(String argument, InputStream stdin, RunOutputs outputs) throws BadInputException {
    if (argument.equals(Input.Stdin.NAME)) {
      try {
        return StdinProbe.probe(stdin);
      } catch (IOException e) {
        throw new BadInputException("cannot read standard input: " + IoMessages.describe(e));
      }
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new BadInputException("'" + argument + "' is not a valid path: " + e.getReason());
    }
    if (Files.isDirectory(path)) {
      checkListable(argument, path);
      checkHoldsInput(argument, path, outputs);
      return new Input.Folder(argument, path, outputs);
    }
    if (!Files.exists(path)) {
      if (Files.isSymbolicLink(path)) { // as a folder walk says it of a link in the folder
        throw new BadInputException("cannot read " + argument + ": it is a link to " + linkTarget(path)
            + ", which does not exist");
      }
      throw new BadInputException("no such file or folder: " + argument + undecodable(argument));
    }
    if (isPipe(path)) {
      return pipe(argument, path);
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException("not a file or folder: " + argument);
    }
    if (!Files.isReadable(path)) {
      throw new BadInputException("cannot read " + argument + ": permission denied");
    }
    return FileKinds.named(argument, path);
  }

  /**
   * A named pipe, such as a shell's process substitution gives ({@code news parse <(zcat crawl.warc.gz)} names
   * {@code /dev/fd/63}): read as standard input is, from its first bytes, since it can be read only once. It was a
   * usage error, "not a file or folder", though standard input, the same stream by another way, was read.
   */
  private static Input pipe(String argument, Path path) throws BadInputException {
    try {
      // A FileInputStream, as standard input is: the channel of Files.newInputStream asks a pipe for its position
      // as it reads, which fails with "Illegal seek".
      InputStream in = new FileInputStream(path.toFile());
      try {
        return StdinProbe.probe(argument, argument, path.toAbsolutePath().normalize().toUri(), in);
      } catch (IOException | BadInputException | RuntimeException e) {
        in.close();
        throw e;
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read " + argument + ": " + IoMessages.describe(e));
    }
  }

  /**
   * Why a name that the shell found may be missing here: Java decodes its arguments in the charset of the locale
   * and puts U+FFFD for bytes that are not text in it (a name of ISO-8859-1 bytes under UTF-8), so the file so named
   * cannot be found; a folder's walk reads it by its bytes.
   */
  private static String undecodable(String argument) {
    if (argument.indexOf('\uFFFD') < 0) {
      return "";
    }
    String charset = System.getProperty("sun.jnu.encoding", "the locale's");
    return "; its name holds bytes that are not " + charset + " text (shown as \uFFFD), which Java cannot pass on:"
        + " name the folder that holds it, or rename it";
  }

  /** Whether a path names a named pipe (a FIFO), following links, as {@code /dev/fd/63} is one. */
  private static boolean isPipe(Path path) {
    try {
      return Files.getAttribute(path, "unix:mode") instanceof Integer mode && (mode & S_IFMT) == S_IFIFO;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false; // no such view here, as on Windows, which has no named pipes in its file system
    }
  }

  /** What a link names, as it is written; "?" if that can no longer be read. */
  static String linkTarget(Path link) {
    try {
      return String.valueOf(Files.readSymbolicLink(link));
    } catch (IOException e) {
      return "?"; // it was a link a moment ago; what it names can no longer be told
    }
  }

  /**
   * A folder named as an INPUT that cannot be listed is a usage error, as a file that cannot be read is: the run
   * would read nothing of it. A folder inside it that cannot be listed is one error of the run, which goes on.
   */
  private static void checkListable(String argument, Path folder) throws BadInputException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      // opened: it can be listed
    } catch (IOException e) {
      throw new BadInputException("cannot list the folder " + argument + ": " + IoMessages.describe(e));
    }
  }

  /**
   * A folder with nothing to read in it is a usage error, as a missing file is: the run would do nothing and
   * succeed. The walk stops at the first page or web archive, so a folder that has one costs little to check. A
   * folder inside it that cannot be listed is left to the run, which reports it as an error.
   */
  private static void checkHoldsInput(String argument, Path folder, RunOutputs outputs) throws BadInputException {
    FirstInput first = new FirstInput();
    FolderWalk.walk(argument, folder, outputs, first);
    if (!first.found && !first.failed) {
      String holds;
      if (first.skipped == 0 && first.readAlready == 0) {
        holds = "it is empty";
      } else if (first.readAlready == 0) {
        holds = "it holds " + count(first.skipped, "file") + ", and none is a page or a web archive by name or"
            + " first bytes";
      } else {
        holds = "it holds " + (first.skipped == 0 ? "" : count(first.skipped, "file") + " and ")
            + count(first.readAlready, "link") + " to a folder it reads already, and no page or web archive";
      }
      throw new BadInputException("nothing to read in " + argument + ": " + (first.leftOut == null ? holds
          : holds + ", but for " + first.leftOut + ", which this run writes"));
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Walks a folder until its first page or web archive. */
  private static final class FirstInput implements FolderWalk.Visitor {
    private boolean found;
    private boolean failed;
    private long skipped;
    private long readAlready;
    private @Nullable String leftOut;

    @Override
    public boolean found(Input input) {
      found = true;
      return false;
    }

    @Override
    public void skipped(String name) {
      skipped++;
    }

    @Override
    public void readAlready(String name) {
      readAlready++;
    }

    @Override
    public void savedFiles(String name) {
      skipped++; // a folder of no pages, as far as a folder that holds nothing else is concerned
    }

    @Override
    public void failed(ReadFailure failure) {
      failed = true;
    }

    @Override
    public void leftOut(String name) {
      leftOut = name;
    }
  }
}
