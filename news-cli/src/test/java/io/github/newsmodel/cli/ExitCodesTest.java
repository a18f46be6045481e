package io.github.newsmodel.cli;

import static io.github.newsmodel.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 0 when every page parsed, 1 when some failed, 2 for a usage error, which runs nothing. */
class ExitCodesTest {
  @TempDir Path dir;

  @Test
  void zeroWhenEveryPageParsed() {
    assertThat(cli().run("parse", TestPages.SAMPLE.toString()).exit()).isZero();
  }

  @Test
  void oneWhenSomePagesFailedAndTheOthersAreStillWritten() {
    Path good = TestPages.write(dir.resolve("a.html"), TestPages.articleBytes(1, 1));
    Path bad = TestPages.write(dir.resolve("b.html"), TestPages.notAnArticleBytes(2));
    Path good2 = TestPages.write(dir.resolve("c.html"), TestPages.articleBytes(3, 1));

    Cli.Result result = cli().run("parse", good.toString(), bad.toString(), good2.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(ParsePagesTest.titles(result.out())).containsExactly("Article 1", "Article 3");
    assertThat(result.errorLines()).containsExactly("news: error: " + bad + ": at 'html > body.forums': no news"
        + " article (div.newsArticle): an AfterDawn page of another kind, such as a forum thread, or a page cut"
        + " off before its article");
    assertThat(result.summary()).startsWith("news: 3 files, 2 articles, 1 error, 0 skipped records in ");
  }

  @Test
  void oneWhenTheSinglePageFailsAndNothingIsWritten() {
    Path bad = TestPages.write(dir.resolve("forum.html"), TestPages.notAnArticleBytes(2));

    Cli.Result result = cli().run("parse", bad.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void twoForAnUnknownOption() {
    Cli.Result result = cli().run("parse", "--thread", "2", TestPages.SAMPLE.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("news parse: Unknown option: '--thread'")
        .contains("--threads")
        .endsWith("Try 'news parse --help' for more information.\n");
  }

  /**
   * An INPUT whose name starts with '-' is taken for an option: alone, picocli said only "Missing required
   * parameter: 'INPUT'", though the user gave one. It is an unknown option, and when a file has that name, the
   * message says how to read it.
   */
  @Test
  void twoForAFileNameThatLooksLikeAnOptionSayingHowToReadIt() throws IOException {
    Path file = Path.of("-news-cli-test-page.html"); // in the working folder, as a user's file would be
    Files.write(file, TestPages.articleBytes(1, 1));
    try {
      Cli.Result missing = cli().run("parse", "-no-such-page.html");
      Cli.Result named = cli().run("parse", file.toString());
      Cli.Result dashes = cli().run("parse", "-f", "jsonl", "--", file.toString());

      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err()).isEqualTo("news parse: Unknown option: '-no-such-page.html'\n"
          + "Try 'news parse --help' for more information.\n");
      assertThat(named.exit()).isEqualTo(2);
      assertThat(named.err()).startsWith("news parse: Unknown option: '" + file + "'; to read the file " + file
          + ", write ./" + file + " or put -- before it\n");
      assertThat(dashes.exit()).isZero();
      assertThat(ParsePagesTest.titles(dashes.out())).containsExactly("Article 1");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void twoForAMissingInputBeforeAnythingIsReadOrWritten() {
    Path output = dir.resolve("out.jsonl");

    Cli.Result result = cli().run("parse", "-o", output.toString(), TestPages.SAMPLE.toString(), "missing.html");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news parse: no such file or folder: missing.html\n");
    assertThat(output).doesNotExist();
  }

  /**
   * A file named in ISO-8859-1 bytes under a UTF-8 locale reaches Java as U+FFFD in place of each byte that is no
   * UTF-8, so the file the shell completed is "no such file"; the message says why, and what reads it all the same.
   */
  @Test
  void twoForAMissingInputWhoseNameJavaCouldNotDecodeSayingWhy() {
    Cli.Result result = cli().run("parse", "p\uFFFDiv\uFFFD.html");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news parse: no such file or folder: p\uFFFDiv\uFFFD.html; its name holds"
        + " bytes that are not " + System.getProperty("sun.jnu.encoding") + " text (shown as \uFFFD), which Java"
        + " cannot pass on: name the folder that holds it, or rename it\n");
  }

  @Test
  void twoForABrokenLinkNamedAsAnInputWithTheWordsOfAFolderWalk() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("gone.html"));

    Cli.Result result = cli().run("parse", link.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news parse: cannot read " + link + ": it is a link to "
        + dir.resolve("gone.html") + ", which does not exist\n");
  }

  /**
   * A file compressed with bzip2 or xz, or a page compressed with zstd, which news cannot decompress, is told by its
   * first bytes or its name, and named as what it is, rather than parsed as a page of binary.
   */
  @Test
  void twoForAFileCompressedInAWayNewsCannotReadNamingTheCompression() {
    // news reads a zstd-compressed WARC file (ParseWarcZstdTest), not a page so compressed
    Path zstd = TestPages.write(dir.resolve("story.html.zst"), bytes(0x28, 0xB5, 0x2F, 0xFD, 0x24, 0x00, 0x01));
    Path bzip2 = TestPages.write(dir.resolve("crawl-2"), "BZh91AY&SY...".getBytes(StandardCharsets.US_ASCII));
    Path xzByName = TestPages.write(dir.resolve("crawl.warc.xz"), bytes(0, 1, 2, 3));

    Cli.Result zstdRun = cli().run("parse", TestPages.SAMPLE.toString(), zstd.toString());
    Cli.Result bzip2Run = cli().run("parse", bzip2.toString());
    Cli.Result xzRun = cli().run("parse", xzByName.toString());
    Cli.Result stdinRun = cli().stdin(bytes(0xFD, '7', 'z', 'X', 'Z', 0, 0)).run("parse", "-");

    assertThat(List.of(zstdRun, bzip2Run, xzRun, stdinRun)).allSatisfy(r -> {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
    });
    assertThat(zstdRun.err()).startsWith("news parse: cannot read " + zstd + ": it is a zstd-compressed page,"
        + " which news cannot read (it reads zstd-compressed WARC and ARC files only): decompress it first, with"
        + " zstd -d\n");
    assertThat(bzip2Run.err()).startsWith("news parse: cannot read " + bzip2 + ": it is bzip2-compressed, which"
        + " news cannot read: decompress it first, with bzip2 -dk\n");
    assertThat(xzRun.err()).startsWith("news parse: cannot read " + xzByName + ": it is an xz-compressed WARC file,"
        + " which news cannot read: decompress it first, with xz -dk\n");
    assertThat(stdinRun.err()).startsWith("news parse: standard input is xz-compressed, which news cannot read:"
        + " decompress it on its way in, with xz -dc\n");
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void twoForAFolderWithNothingToReadBeforeAnythingIsWritten() {
    Path empty = dir.resolve("empty");
    Path images = dir.resolve("images");
    TestPages.write(images.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    TestPages.write(images.resolve("sub/style.css"), "p { }".getBytes(StandardCharsets.UTF_8));
    Path output = dir.resolve("out.json");
    TestPages.write(empty.resolve(".keep"), new byte[0]);

    Cli.Result emptyRun = cli().run("parse", "-o", output.toString(), empty.toString(), TestPages.SAMPLE.toString());
    Cli.Result imagesRun = cli().run("parse", images.toString());

    assertThat(emptyRun.exit()).isEqualTo(2);
    assertThat(emptyRun.err()).startsWith("news parse: nothing to read in " + empty + ": it is empty\n");
    assertThat(output).doesNotExist();
    assertThat(imagesRun.exit()).isEqualTo(2);
    assertThat(imagesRun.out()).isEmpty();
    assertThat(imagesRun.err()).startsWith("news parse: nothing to read in " + images + ": it holds 2 files, and"
        + " none is a page or a web archive by name or first bytes\n");
  }

  /**
   * A folder named as an INPUT that cannot be listed was read as a run with one error and no file, exit code 1,
   * where a file that cannot be read is a usage error: either way nothing of the INPUT can be read.
   */
  @Test
  void twoForAFolderThatCannotBeListedBeforeAnythingIsWritten() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path locked = dir.resolve("locked");
    TestPages.write(locked.resolve("a.html"), TestPages.articleBytes(1, 1));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-wx------"));
    Path output = dir.resolve("out.jsonl");
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "root lists any folder");

      Cli.Result result = cli().run("parse", "-o", output.toString(), TestPages.SAMPLE.toString(), locked.toString());

      assertThat(result.exit()).isEqualTo(2);
      assertThat(result.err()).isEqualTo("news parse: cannot list the folder " + locked + ": permission denied\n"
          + "Try 'news parse --help' for more information.\n");
      assertThat(output).doesNotExist();
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void twoForNoInputAtAll() {
    Cli.Result result = cli().run("parse");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required parameter: 'INPUT'");
  }

  @Test
  void twoForNoCommand() {
    Cli.Result result = cli().run();

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news: missing a command, such as: news parse page.html");
  }

  @Test
  void twoForAWordThatIsNoCommand() {
    Cli.Result result = cli().run("bogus", TestPages.SAMPLE.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news: unknown command 'bogus'; the commands are help, parse\n");
  }

  @Test
  void twoForBadOptionValues() {
    String sample = TestPages.SAMPLE.toString();
    assertThat(cli().run("parse", "--threads", "0", sample).err()).contains("--threads must be at least 1, got 0");
    assertThat(cli().run("parse", "-t", "abc", sample).err())
        .contains("'abc' is not a number of threads: give a whole number, 1 or more");
    assertThat(cli().run("parse", "--zone", "Mars/Olympus", sample).err())
        .contains("'Mars/Olympus' is not a time zone");
    assertThat(cli().run("parse", "--format", "xml", sample).err()).contains("'xml' is not a format");
    assertThat(cli().run("parse", "--max-page-size", "lots", sample).err()).contains("'lots' is not a size");
    assertThat(cli().run("parse", "--max-page-size", "2G", sample).err())
        .contains("--max-page-size must be between 1k and 1G, got 2 GiB");
    assertThat(cli().run("parse", "--url", "/news/a", sample).err())
        .contains("--url must be an absolute http or https URL, got '/news/a'");
    for (String[] args : new String[][] {{"--threads", "0"}, {"-t", "abc"}, {"--zone", "Mars/Olympus"},
        {"--format", "xml"}, {"--url", "/news/a"}}) {
      assertThat(cli().run("parse", args[0], args[1], sample).exit()).as(args[0]).isEqualTo(2);
    }
  }

  @Test
  void twoForTheUrlOfSeveralPages() {
    TestPages.write(dir.resolve("a.html"), TestPages.articleBytes(1, 1));

    Cli.Result result = cli().run("parse", "--url", TestPages.SAMPLE_URL, dir.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--url names the URL of a single page: give one HTML file or -, not a folder"
        + " or a web archive");
  }

  @Test
  void twoForStandardInputTwice() {
    Cli.Result result = cli().stdin(TestPages.sample()).run("parse", "-", "-");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("standard input (-) can be read only once");
  }

  @Test
  void twoForAnOutputThatIsAnInput() throws Exception {
    Path page = TestPages.write(dir.resolve("a.html"), TestPages.articleBytes(1, 1));

    Cli.Result result = cli().run("parse", "-o", page.toString(), page.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("it would be overwritten before it is read");
    assertThat(Files.readAllBytes(page)).isEqualTo(TestPages.articleBytes(1, 1));
  }

  @Test
  void twoForAnOutputThatCannotBeCreated() {
    Path output = dir.resolve("no/such/folder/out.json");

    Cli.Result result = cli().run("parse", "-o", output.toString(), TestPages.SAMPLE.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news parse: cannot write --output " + output + ": no such folder: "
        + output.getParent() + "\n");
  }

  @Test
  void aUsageErrorInTheErrorsTargetLeavesAnExistingOutputAsItWas() throws IOException {
    Path output = dir.resolve("keep.json");
    Files.writeString(output, "precious\n");
    Path errors = dir.resolve("no/such/folder/errors.jsonl");

    Cli.Result result = cli().run("parse", "-o", output.toString(), "--errors", errors.toString(),
        TestPages.SAMPLE.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news parse: cannot write --errors " + errors + ": no such folder: "
        + errors.getParent() + "\n");
    assertThat(Files.readString(output)).isEqualTo("precious\n");
  }

  @Test
  void aUsageErrorInTheErrorsTargetLeavesNoOutputFileBehind() {
    Path output = dir.resolve("new.json");
    Path errors = dir.resolve("no/such/folder/errors.jsonl");

    Cli.Result result = cli().run("parse", "-o", output.toString(), "--errors", errors.toString(),
        TestPages.SAMPLE.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(output).doesNotExist();
  }

  @Test
  void aFileThatCannotBeMadeInAFolderThatIsThereIsNotCalledAMissingFolder() {
    Path proc = Path.of("/proc/self");
    Assumptions.assumeTrue(Files.isDirectory(proc), "needs Linux's /proc, where no file can be created");
    Path output = Path.of("/proc/newsmodel-test-output.json");

    Cli.Result result = cli().run("parse", "-o", output.toString(), TestPages.SAMPLE.toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("news parse: cannot write --output " + output + ": ")
        .doesNotContain("no such folder");
  }

  @Test
  void anOutputThatStartsLongerThanTheRunWritesIsCutToWhatTheRunWrote() throws IOException {
    Path output = dir.resolve("out.json");
    Files.writeString(output, "x".repeat(1 << 20));

    Cli.Result result = cli().run("parse", "-o", output.toString(), TestPages.SAMPLE.toString());

    assertThat(result.exit()).isZero();
    String written = Files.readString(output);
    assertThat(written).startsWith("{").doesNotContain("xxx").hasSizeLessThan(1 << 20);
    assertThat(written.strip()).endsWith("}");
  }

  @Test
  void helpAndVersionExitWithZero() {
    Cli.Result help = cli().run("parse", "--help");
    Cli.Result version = cli().run("--version");

    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: news parse", "--fail-fast", "Exit codes:");
    assertThat(help.out().replaceAll("\\s+", " ")).contains("from 1k to 1G. Default: 16M",
        "With - (or /dev/stderr), the records go to standard error", "a folder with nothing to read in it");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("news ").contains("newsmodel JSON format versions 1 to 3, each article in the oldest that holds it");
  }

  /** picocli may break a line after any dot: no line of the help ends inside a file's name (".warc." then "gz"). */
  @Test
  void theHelpNeverSplitsAFileExtension() {
    Cli.Result help = cli().run("parse", "--help");

    assertThat(help.out()).containsPattern("(?m)^- a WARC file: \\.warc, \\.warc\\.gz, ")
        .doesNotContainPattern("(?m)\\.(?:warc|arc|html?|xhtml|wacz|gz|zst)\\.$");
  }

  @Test
  void theHelpListsEachExitCodeWithItsLinesIndentedUnderIt() {
    Cli.Result help = cli().run("parse", "--help");

    List<String> lines = help.out().lines().dropWhile(line -> !line.equals("Exit codes:")).skip(1).toList();
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).matches("  [012]  .*|     \\S.*"));
    assertThat(String.join(" ", lines).replaceAll("\\s+", " ")).contains("--fail-fast stopped the run",
        "an output file that cannot be created");
  }
}
