package io.github.newsmodel.cli.internal;

import io.github.newsmodel.cli.internal.input.BadInputException;
import io.github.newsmodel.cli.internal.input.ByteSizes;
import io.github.newsmodel.cli.internal.input.Input;
import io.github.newsmodel.cli.internal.input.Inputs;
import io.github.newsmodel.cli.internal.input.IoMessages;
import io.github.newsmodel.cli.internal.input.ReadSettings;
import io.github.newsmodel.cli.internal.input.RunOutputs;
import io.github.newsmodel.cli.internal.output.ErrorLog;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import io.github.newsmodel.cli.internal.output.StatusLine;
import io.github.newsmodel.cli.internal.output.Unclosable;
import io.github.newsmodel.cli.internal.run.ParseRun;
import io.github.newsmodel.cli.internal.run.RunSettings;
import io.github.newsmodel.core.internal.UrlHosts;
import io.github.newsmodel.html.SiteParsers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news parse}: parses pages into articles. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Parses news pages into newsmodel articles, written to standard output in input order.",
      "",
      // One item a line: picocli breaks a line after any dot, and in running text it split ".warc.gz" at its end.
      "An INPUT is one of:",
      "- a page: .html, .htm, .mhtml (read as its HTML part), .webarchive (Safari's, read as its main resource,"
          + " with the comments of its Disqus frame), or any other name; gzip-compressed or not, as its first bytes"
          + " tell; a page Chrome saved complete takes the comments of the Disqus frame in its folder of files;",
      "- a folder: its .html, .htm, .xhtml, .mhtml, .mht, .webarchive, .warc and .arc files and their .gz forms, its"
          + " .warc.zst, .arc.zst and"
          + " .wacz files, and files of other names whose first bytes are HTML, WARC/ or filedesc://, read"
          + " recursively in name order, following links to folders and reading each folder once, so that a link"
          + " back to a folder read already is counted as a skipped folder, not followed; the folder of files a"
          + " browser saved beside a page (Story_files/ or Story-Dateien/ beside Story.html) is left out, and"
          + " counted so, its Disqus frame joined to the page; the summary counts the other"
          + " files as skipped, and the --output and --errors files, and any file standard output or error was sent"
          + " to, are left out;",
      "- a WARC file: .warc, .warc.gz, .warc.zst (with or without its zstd dictionary, as Archive Team writes"
          + " them), or any file that starts with WARC/: its HTML responses, and its revisit records of pages"
          + " read before them in the run (of the same file or an INPUT before it), as those pages;",
      "- an ARC file: .arc, .arc.gz, .arc.zst, or a file that starts with filedesc://: its HTML responses, and HTML"
          + " pages stored without an HTTP header;",
      "- a WACZ file: .wacz, or any ZIP file named as an INPUT: the WARC files in its archive/ folder;",
      "- or - for standard input, or a named pipe such as <(zcat crawl.warc.gz) gives: a page, or a WARC or ARC"
          + " file, compressed or not (gzip, or zstd for a WARC or ARC file); a WACZ file only by its path.",
      "Files compressed with bzip2 or xz, and pages compressed with zstd, by their first bytes or names, cannot be"
          + " read: decompress them first; as an INPUT, such a file is a usage error, and in a folder an error.",
      ""
    },
    footer = {
      "",
      "A page that fails becomes an error line on standard error (and with --errors, an error record) and the run"
          + " goes on. A summary line ends the run. Ctrl-C stops the run as --fail-fast does: the output is closed,"
          + " a JSON array too, and the summary says how far the run got. So does a reader that closes the output,"
          + " as head does, without an error line.",
      "",
      "Exit codes:",
      // Each line within the 80 columns of the help, so that picocli does not wrap it to the left margin.
      "  0  every page became an article",
      "  1  some pages failed (or --fail-fast stopped the run at the first), a web",
      "     archive held no record, or the output could not be written or its",
      "     reader closed it",
      "  2  usage error: a bad option, an INPUT that cannot be read, a folder with",
      "     nothing to read in it, or an output file that cannot be created; nothing",
      "     is read"
    })
final class ParseCommand implements Callable<Integer> {
  // A page is held whole in memory, as bytes and then as text: 1 GiB is far beyond any news page, and below it a
  // page's bytes fit in one Java array. Below 1 KiB, hardly a page would pass.
  private static final long MIN_PAGE_SIZE = 1L << 10;
  private static final long MAX_PAGE_SIZE = 1L << 30;

  private final Console console;

  @Spec // set by picocli before call
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages, folders, WARC, ARC or WACZ files, named"
      + " pipes, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converters.Format.class,
      completionCandidates = Converters.FormatNames.class,
      description = {"${COMPLETION-CANDIDATES}. json: the newsmodel JSON format, indented; for more than one"
          + " page, one JSON array. jsonl: one compact article a line. jsonld: schema.org JSON-LD, indented for"
          + " one page, one a line for more.",
          "Default: json for a single page, jsonl otherwise."})
  @Nullable OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the articles to FILE instead of"
      + " standard output (- is standard output). A FILE that is not a regular file, such as /dev/tty or a pipe,"
      + " is appended to. FILE is never read as an input: a folder leaves it out, and naming it as an INPUT is a"
      + " usage error.")
  @Nullable Path output;

  @Option(names = "--errors", paramLabel = "FILE", description = "Also write an error record for each failed page"
      + " to FILE, as JSON Lines: input, recordId, offset (where a WARC or ARC record starts, to seek to; none"
      + " inside a .warc.gz compressed whole; in a WACZ, in the WARC file that input names after its !), url,"
      + " kind, exception (the public exception of a rejected page), message. With - (or /dev/stderr), the"
      + " records go to standard error in place of the error lines. As with --output, FILE is never read as an"
      + " input.")
  @Nullable Path errors;

  @Option(names = "--fail-fast", description = "Stop at the first page that fails, in input order.")
  boolean failFast;

  @Option(names = "--url", paramLabel = "URL", description = "The URL the single page was served from, for a saved"
      + " page or standard input: links are resolved against it and the site parser is chosen by it.")
  @Nullable String url;

  @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.Zone.class, description = "Read times"
      + " that pages print without an offset in ZONE (such as Europe/Helsinki or +03:00), instead of the site's"
      + " own zone. A zone the page states for its times, as a forum's 'All times are GMT + 1 Hour' does, still"
      + " wins.")
  @Nullable ZoneId zone;

  @Option(names = {"-t", "--threads"}, paramLabel = "N", converter = Converters.Threads.class,
      description = "Parse with N threads. Default: the"
      + " number of cores (${DEFAULT-VALUE} here).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-page-size", paramLabel = "SIZE", converter = Converters.ByteSize.class,
      defaultValue = "16M", description = "Fail pages larger than SIZE once decompressed (such as 512k, 16M, 1G),"
          + " from 1k to 1G. Default: ${DEFAULT-VALUE}.")
  long maxPageSize;

  @Option(names = "--progress", negatable = true, description = "Show a progress line on standard error. Default:"
      + " when standard error is a terminal.")
  @Nullable Boolean progress;

  @Option(names = "--join-frames", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Join the comments of a Disqus comment frame that a crawl captured as a record of its own to"
      + " the article of its page, where the page names Disqus and shows no comments itself, the frame comes after"
      + " the page or before it, with at most 63 pages between them, and it names the page's address: the article"
      + " is written with the frame's comments, and the frame is not written on its own. Default: on;"
      + " --no-join-frames writes each as it was read.")
  boolean joinFrames;

  ParseCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    try {
      SiteParsers.discovered();
    } catch (IllegalStateException e) {
      // A site parser on the class path that cannot be loaded is a broken installation, not a bug of newsmodel:
      // said once, before anything is read, rather than as a stack trace.
      throw usageError(e.getMessage() + "; remove or fix that jar");
    }
    if (threads < 1) {
      throw usageError("--threads must be at least 1, got " + threads);
    }
    if (maxPageSize < MIN_PAGE_SIZE || maxPageSize > MAX_PAGE_SIZE) {
      throw usageError("--max-page-size must be between 1k and 1G, got " + ByteSizes.format(maxPageSize));
    }
    OutputTargets.Kind outputKind = output == null ? OutputTargets.Kind.STANDARD_OUTPUT
        : OutputTargets.kindOf(output, OutputTargets.Kind.STANDARD_OUTPUT);
    OutputTargets.Kind errorsKind = errors == null ? null
        : OutputTargets.kindOf(errors, OutputTargets.Kind.STANDARD_ERROR);
    List<Input> classified = classifyInputs(runOutputs(outputKind, errorsKind));
    boolean onePage = classified.size() == 1 && classified.get(0).isOnePage();
    Optional<URI> pageUrl = pageUrl(onePage);
    OutputFormat outputFormat = format != null ? format : onePage ? OutputFormat.JSON : OutputFormat.JSONL;
    boolean showProgress = progress != null ? progress : console.errIsTerminal();
    RunSettings settings = new RunSettings(classified, new ReadSettings(maxPageSize, Optional.ofNullable(zone),
        pageUrl), outputFormat, onePage, failFast, threads, showProgress, joinFrames);

    StatusLine stderr = new StatusLine(console.err());
    checkFiles(classified, outputKind, errorsKind);
    // Both targets are opened before either is emptied: a usage error in the second keeps the first as it was.
    OutputTarget articlesTarget = open(output, outputKind, "--output", stderr);
    OutputTarget errorsTarget = null;
    if (errors != null && errorsKind != OutputTargets.Kind.STANDARD_ERROR) {
      try {
        errorsTarget = open(errors, errorsKind, "--errors", stderr);
      } catch (ParameterException e) {
        articlesTarget.abandon();
        throw e;
      }
    }
    OutputStream articles = start(articlesTarget, output, "--output");
    ErrorLog errorLog = errors == null ? ErrorLog.linesOnly(stderr)
        : errorsTarget == null ? ErrorLog.recordsOnStandardError(stderr)
        : ErrorLog.withRecords(stderr, start(errorsTarget, errors, "--errors"));
    return new ParseRun(settings, articles, errorLog, stderr).execute();
  }

  /**
   * The files the run writes, which no folder walk may read: its own output, half written, would be read as a page
   * or a WARC file, and the next run would read this one's. So are the files the shell sent its standard output
   * and error to, "{@code > pages/out.jsonl}". Named as an INPUT, such a file is a usage error instead
   * (see {@link #checkFiles}), since it would be overwritten before it is read.
   */
  private RunOutputs runOutputs(OutputTargets.Kind outputKind, OutputTargets.@Nullable Kind errorsKind) {
    List<Path> files = new ArrayList<>();
    if (output != null && outputKind != OutputTargets.Kind.STANDARD_OUTPUT
        && outputKind != OutputTargets.Kind.STANDARD_ERROR) {
      files.add(output);
    }
    if (errors != null && errorsKind != OutputTargets.Kind.STANDARD_OUTPUT
        && errorsKind != OutputTargets.Kind.STANDARD_ERROR) {
      files.add(errors);
    }
    files.addAll(RunOutputs.standardStreamFiles());
    return RunOutputs.of(files);
  }

  private List<Input> classifyInputs(RunOutputs outputs) {
    List<Input> classified = new ArrayList<>();
    boolean stdin = false;
    for (String input : inputs) {
      if (input.equals(Input.Stdin.NAME)) {
        if (stdin) {
          throw usageError("standard input (-) can be read only once");
        }
        stdin = true;
      }
      try {
        classified.add(Inputs.classify(input, console.in(), outputs));
      } catch (BadInputException e) {
        throw usageError(String.valueOf(e.getMessage()));
      }
    }
    return classified;
  }

  private Optional<URI> pageUrl(boolean onePage) {
    if (url == null) {
      return Optional.empty();
    }
    if (!onePage) {
      throw usageError("--url names the URL of a single page: give one HTML file or -, not "
          + (inputs.size() == 1 ? "a folder or a web archive" : inputs.size() + " inputs"));
    }
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && UrlHosts.of(uri).isPresent()) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw usageError("--url must be an absolute http or https URL, got '" + url + "'");
  }

  /**
   * Writing over an input would destroy it before it is read, and two outputs created in one file would write over
   * each other.
   */
  private void checkFiles(List<Input> classified, OutputTargets.Kind outputKind,
      OutputTargets.@Nullable Kind errorsKind) {
    Path outputFile = outputKind == OutputTargets.Kind.CREATE ? output : null;
    Path errorsFile = errorsKind == OutputTargets.Kind.CREATE ? errors : null;
    checkNotAnInput(outputFile, "--output", classified);
    checkNotAnInput(errorsFile, "--errors", classified);
    if (outputFile != null && errorsFile != null && (outputFile.toAbsolutePath().normalize()
        .equals(errorsFile.toAbsolutePath().normalize()) || sameFile(outputFile, errorsFile))) {
      throw usageError("--output and --errors both name " + errorsFile + ": give each a file of its own");
    }
  }

  private void checkNotAnInput(@Nullable Path file, String option, List<Input> classified) {
    if (file == null || !Files.exists(file)) {
      return;
    }
    for (Input input : classified) {
      Path path = input instanceof Input.HtmlFile h ? h.path() : input instanceof Input.ArchiveFile a ? a.path()
          : input instanceof Input.WaczFile w ? w.path() : null;
      if (path != null && sameFile(path, file)) {
        throw usageError(option + " " + file + " is also an INPUT: it would be overwritten before it is read");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // cannot compare: opening the file will report any real problem
    }
  }

  private OutputTarget open(@Nullable Path file, OutputTargets.Kind kind, String option, StatusLine stderr) {
    if (file == null || kind == OutputTargets.Kind.STANDARD_OUTPUT) {
      return OutputTarget.stream(new Unclosable(console.out()));
    }
    if (kind == OutputTargets.Kind.STANDARD_ERROR) {
      return OutputTarget.stream(stderr.records());
    }
    try {
      if (kind == OutputTargets.Kind.APPEND) {
        // A device or pipe: each whole article or record is passed on at once, clear of the progress line.
        return OutputTarget.stream(stderr.beside(Files.newOutputStream(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.APPEND)));
      }
      return OutputTarget.file(file);
    } catch (NoSuchFileException e) {
      // The file is created if missing, so a missing folder is the likely cause; a folder that is there means
      // something else is missing, such as an entry of /proc, and the system's reason says what.
      Path folder = file.toAbsolutePath().getParent();
      if (folder == null || Files.isDirectory(folder)) {
        throw usageError("cannot write " + option + " " + file + ": " + IoMessages.describe(e));
      }
      throw usageError("cannot write " + option + " " + file + ": no such folder: " + folder);
    } catch (IOException e) {
      throw usageError("cannot write " + option + " " + file + ": " + IoMessages.describe(e));
    }
  }

  private OutputStream start(OutputTarget target, @Nullable Path file, String option) {
    try {
      return target.start();
    } catch (IOException e) {
      throw usageError("cannot write " + option + " " + file + ": " + IoMessages.describe(e));
    }
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
