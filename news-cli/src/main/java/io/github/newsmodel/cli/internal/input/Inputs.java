package io.github.newsmodel.cli.internal.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Turns the INPUT arguments of the command line into {@link Input}s, before anything is read. */
public final class Inputs {
  private Inputs() {}

  /**
   * Tells what an argument names: standard input ({@code -}), a folder, a WARC file or a page.
   *
   * @param argument the argument as given
   * @param stdin standard input, whose first bytes are read if the argument is {@code -}
   * @return the input
   * @throws BadInputException if the argument names nothing that can be read: a usage error
   */
  public static Input classify(String argument, InputStream stdin) throws BadInputException {
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
      return new Input.Folder(argument, path);
    }
    if (!Files.exists(path)) {
      throw new BadInputException("no such file or folder: " + argument);
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException("not a file or folder: " + argument);
    }
    if (!Files.isReadable(path)) {
      throw new BadInputException("cannot read " + argument + ": permission denied");
    }
    return FileKinds.named(argument, path);
  }
}
