package io.github.newsmodel.cli.internal;

import io.github.newsmodel.cli.internal.output.OneLine;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Puts the {@code news} command line together for a console. */
public final class NewsCli {
  /** Exit code of a usage error: a bad option, or an INPUT that cannot be read. */
  public static final int EXIT_USAGE = 2;

  private NewsCli() {}

  /**
   * The command line, ready to {@link CommandLine#execute execute}.
   *
   * @param console the streams to use
   * @return the command line
   */
  public static CommandLine commandLine(Console console) {
    CommandLine commandLine = new CommandLine(new NewsCommand())
        .addSubcommand("parse", new ParseCommand(console))
        .setOut(new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new PrintStreamWriter(console.err()), true))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(usageErrors())
        .setExecutionExceptionHandler(bugs());
    commandLine.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
    commandLine.getSubcommands().values().forEach(c -> c.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE));
    return commandLine;
  }

  /**
   * Runs the command line.
   *
   * @param console the streams to use
   * @param args the arguments
   * @return the exit code
   */
  public static int run(Console console, String... args) {
    return commandLine(console).execute(args);
  }

  /** A usage error gets one line and a pointer to the help, not a page of usage that buries the message. */
  private static IParameterExceptionHandler usageErrors() {
    return (ParameterException e, String[] args) -> {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      // An INPUT's name, in the message, may hold a line break.
      err.println(command.getCommandSpec().qualifiedName() + ": " + OneLine.escape(message(e)));
      UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return EXIT_USAGE;
    };
  }

  /**
   * picocli's words, except where they are its own jargon: a word that is no command, given where a command is
   * expected, is an "unmatched argument at index 0" to picocli.
   */
  private static String message(ParameterException e) {
    CommandLine command = e.getCommandLine();
    if (e instanceof UnmatchedArgumentException unmatched && !command.getSubcommands().isEmpty()
        && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
      return "unknown command '" + unmatched.getUnmatched().get(0) + "'; the commands are "
          + String.join(", ", command.getSubcommands().keySet());
    }
    List<String> options = command.getUnmatchedArguments().stream().filter(a -> a.startsWith("-")).toList();
    if (options.isEmpty()) {
      return e.getMessage();
    }
    // picocli tells of a missing INPUT before an option it does not know, which was then most often the INPUT
    // meant: "news parse -page.html" said only "Missing required parameter: 'INPUT'".
    String message = e instanceof MissingParameterException
        ? "Unknown option" + (options.size() == 1 ? "" : "s") + ": '" + String.join("', '", options) + "'"
        : e.getMessage();
    return message + options.stream().filter(NewsCli::isFile).findFirst()
        .map(file -> "; to read the file " + file + ", write ./" + file + " or put -- before it").orElse("");
  }

  /** Whether an argument that looks like an option names a file or folder. */
  private static boolean isFile(String argument) {
    try {
      return Files.exists(Path.of(argument));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Bad input never gets here: what does is a bug, and the stack trace is what its report needs. */
  private static IExecutionExceptionHandler bugs() {
    return (Exception e, CommandLine command, CommandLine.ParseResult parseResult) -> {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      PrintWriter err = command.getErr();
      err.println("news: unexpected " + e.getClass().getName() + ": this is a bug in newsmodel. Please report it,"
          + " with the command line and the stack trace below, at https://github.com/newsmodel/newsmodel/issues");
      err.print(trace);
      err.flush();
      return 1;
    };
  }

  /**
   * Picocli's messages go through standard error's own {@link PrintStream}, so that they are encoded like the
   * run's own messages, in the charset of the console.
   */
  private static final class PrintStreamWriter extends Writer {
    private final PrintStream err;

    PrintStreamWriter(PrintStream err) {
      this.err = err;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      err.print(new String(chars, offset, length));
    }

    @Override
    public void flush() {
      err.flush();
    }

    @Override
    public void close() {
      err.flush(); // standard error outlives the command
    }
  }
}
