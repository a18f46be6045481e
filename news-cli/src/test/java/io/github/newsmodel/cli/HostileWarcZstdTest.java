package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .warc.zst} costs bounded memory, and zstd's native library that cannot be loaded is one clear error.
 * Each runs news in a process of its own: one with a small heap, and one in which zstd-jni fails to load, which
 * stays failed for the life of the JVM.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HostileWarcZstdTest {
  private static final long GIB = 1L << 30;

  @TempDir Path dir;

  /**
   * A record of 1 GiB once decompressed is read through, not held: with a heap of 64 MiB it is a {@code too-large}
   * error, and the page after it is read.
   */
  @Test
  void aRecordOfAGibibyteIsReadInBoundedMemory() throws Exception {
    Path file = dir.resolve("huge.warc.zst");
    byte[] first = TestZstd.records(smallWarc(1)).get(0);
    byte[] last = TestZstd.records(smallWarc(3)).get(0);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(TestZstd.frame(first));
      try (ZstdOutputStream zstd = new ZstdOutputStream(new Unclosed(out), 1)) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + GIB + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        zstd.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + TestWarc.recordId(2) + ">\r\n"
            + "WARC-Date: 2024-03-01T12:00:02Z\r\nWARC-Target-URI: " + TestWarc.url(2) + "\r\n"
            + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + (http.length + GIB)
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        zstd.write(http);
        byte[] chunk = Arrays.copyOf(("<p>" + "All work and no play. ".repeat(3000))
            .getBytes(StandardCharsets.US_ASCII), 1 << 16);
        for (long written = 0; written < GIB; written += chunk.length) {
          zstd.write(chunk);
        }
        zstd.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write(TestZstd.frame(last));
    }

    Run run = news(List.of("-Xmx64m"), "parse", "--max-page-size", "4M", file.toString());

    assertThat(run.err()).contains("news: error: " + file + " at offset " + TestZstd.frame(first).length + " ("
        + TestWarc.recordId(2) + ", " + TestWarc.url(2) + "): the page is larger than 4 MiB (--max-page-size)")
        .doesNotContain("OutOfMemoryError", "\tat ");
    assertThat(ParsePagesTest.titles(run.out())).containsExactly("Article 1", "Article 3");
    assertThat(run.exit()).isEqualTo(1);
  }

  /**
   * zstd-jni unpacks its native library into the temporary folder and loads it from there; where that fails (a
   * folder mounted noexec: "failed to map segment from shared object"), reading a {@code .warc.zst} is one error
   * that says what to do, not a stack trace.
   */
  @Test
  void zstdsNativeLibraryThatCannotBeLoadedIsOneErrorThatSaysWhatToDo() throws Exception {
    Path zst = TestZstd.compress(smallWarc(1), dir.resolve("crawl.warc.zst"), TestZstd.Dictionary.NONE, true)
        .file();
    Path notALibrary = Files.writeString(dir.resolve("libzstd-jni.so"), "not a library");
    Path notAFolder = Files.writeString(dir.resolve("tmp"), "not a folder");

    Run badLibrary = news(List.of("-DZstdNativePath=" + notALibrary), "parse", zst.toString());
    Run badFolder = news(List.of("-DZstdTempFolder=" + notAFolder), "parse", zst.toString());

    for (Run run : List.of(badLibrary, badFolder)) {
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().lines().filter(l -> l.startsWith("news: error: ")).toList()).singleElement().asString()
          .startsWith("news: error: " + zst + ": cannot read the WARC file: zstd's native library cannot be loaded"
              + " from ")
          .endsWith(". A temporary folder mounted noexec cannot run it: name another with"
              + " NEWS_JAVA_OPTS=-DZstdTempFolder=DIR (or -Djava.io.tmpdir=DIR), or a libzstd-jni unpacked from the"
              + " zstd-jni jar with -DZstdNativePath=FILE; or decompress the file first, with zstd -d");
      assertThat(run.err()).doesNotContain("\tat ", "this is a bug", "Unsupported OS/arch");
    }
    assertThat(badLibrary.err()).contains("from the file that ZstdNativePath names (" + notALibrary + "): ");
    assertThat(badFolder.err()).contains("from the temporary folder (" + notAFolder + "), where zstd-jni unpacks"
        + " it: ");
  }

  /**
   * In a batch, the native library that cannot be loaded fails each .warc.zst with its own error (it is tried once,
   * and its reason kept for the rest), while the plain and gzipped WARC files beside them are read.
   */
  @Test
  void aNativeLibraryThatCannotBeLoadedFailsEachZstdFileAndTheOthersAreRead() throws Exception {
    Path first = TestZstd.compress(smallWarc(1), dir.resolve("a.warc.zst"), TestZstd.Dictionary.NONE, true).file();
    Path plain = smallWarc(2);
    Path second = TestZstd.compress(smallWarc(3), dir.resolve("c.warc.zst"), TestZstd.Dictionary.NONE, true).file();
    Path notALibrary = Files.writeString(dir.resolve("libzstd-jni.so"), "not a library");

    Run run = news(List.of("-DZstdNativePath=" + notALibrary), "parse", first.toString(), plain.toString(),
        second.toString());

    assertThat(ParsePagesTest.titles(run.out())).containsExactly("Article 2");
    List<String> errors = run.err().lines().filter(l -> l.startsWith("news: error: ")).toList();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).startsWith("news: error: " + first + ": cannot read the WARC file: zstd's native"
        + " library cannot be loaded from the file that ZstdNativePath names (" + notALibrary + "): ");
    assertThat(errors.get(1)).isEqualTo(errors.get(0).replace(first.toString(), second.toString()));
    assertThat(run.err()).doesNotContain("\tat ", "this is a bug");
    assertThat(run.err().lines().filter(l -> l.startsWith("news: 3 files, 1 article, 2 errors"))).hasSize(1);
    assertThat(run.exit()).isEqualTo(1);
  }

  private Path smallWarc(int n) {
    Path file = dir.resolve("small-" + n + ".warc");
    try (TestWarc warc = TestWarc.create(file)) {
      warc.html(TestWarc.url(n), TestPages.articleBytes(n, 2));
    }
    return file;
  }

  private record Run(int exit, String out, String err) {}

  private Run news(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.github.newsmodel.cli.News"));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process news = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    news.getOutputStream().close();
    assertThat(news.waitFor(240, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(news.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Keeps the zstd stream from closing the file, whose last frame follows. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
