package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ./news} launcher of the README: a copy of it runs in a tree of its own, whose jar is newer than its
 * (absent) sources so that it builds nothing, with a {@code java} first on the {@code PATH} that runs the command
 * line from the test's class path in place of the jar, in the environment the launcher gives it.
 */
class LauncherTest {
  @TempDir Path dir;

  @Test
  void aFileNameBeyondAsciiIsReadUnderThePosixLocale() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isExecutable(Path.of("/bin/sh")), "a shell");
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names in UTF-8 for this JVM");
    assumeTrue(hasUtf8CLocale(), "a C.UTF-8 locale");
    Path launcher = launcher();
    Path page = Files.copy(TestPages.SAMPLE, dir.resolve("päivä.html"));

    Process process = run(launcher, Map.of("LC_ALL", "POSIX"), "parse", page.toString());

    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(NewsJson.standard().read(out).title()).contains(TestPages.SAMPLE_TITLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2"})
  void theDefaultThreadsOnOneOrTwoCoresStopTheJitAtC1(String cores) throws Exception {
    assertThat(javaOptions(cores, Map.of(), "parse", "page.html")).contains("-XX:TieredStopAtLevel=1");
    assertThat(javaOptions(cores, Map.of(), "parse", "--threads", "2", "page.html"))
        .contains("-XX:TieredStopAtLevel=1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--threads 1", "--threads=1", "-t 1", "-t1"})
  void oneThreadKeepsTheOptimisingCompilerOnTheOtherCore(String threads) throws Exception {
    List<String> args = new ArrayList<>(List.of("parse"));
    args.addAll(List.of(threads.split(" ")));
    args.add("page.html");

    assertThat(javaOptions("2", Map.of(), args.toArray(String[]::new))).doesNotContain("TieredStopAtLevel");
  }

  @Test
  void oneThreadOnASingleCoreStillStopsTheJitAtC1() throws Exception {
    assertThat(javaOptions("1", Map.of(), "parse", "--threads", "1", "page.html")).contains("-XX:TieredStopAtLevel=1");
  }

  @Test
  void aMachineOfMoreCoresKeepsTheJvmsJit() throws Exception {
    assertThat(javaOptions("8", Map.of(), "parse", "page.html")).doesNotContain("TieredStopAtLevel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cpu.max=200000 100000", "cpu/cpu.cfs_quota_us=150000"})
  void aContainersCpuQuotaCountsAsJavaCountsIt(String quota) throws Exception {
    cgroup(quota);

    assertThat(javaOptions("8", Map.of(), "parse", "page.html")).contains("-XX:TieredStopAtLevel=1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cpu.max=max 100000", "cpu.max=800000 100000", "cpu/cpu.cfs_quota_us=-1"})
  void noQuotaOrAQuotaOfManyCpusKeepsTheJvmsJit(String quota) throws Exception {
    cgroup(quota);

    assertThat(javaOptions("8", Map.of(), "parse", "page.html")).doesNotContain("TieredStopAtLevel");
  }

  @Test
  void newsJavaOptsComeLastSoTheyCanGiveTheOptimisingCompilerBack() throws Exception {
    assertThat(javaOptions("2", Map.of("NEWS_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Xmx2g"), "parse", "page.html"))
        .containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-Xmx2g");
  }

  /**
   * The options {@code ./news} gives Java, with an {@code nproc} that reports {@code cores}, a {@code java} that
   * prints its options up to {@code -jar}, a line each, and the cgroup folder of {@link #cgroup}, without a quota
   * unless a test wrote one: the machine's own cgroup, such as a CI container's quota, must not decide.
   */
  private String javaOptions(String cores, Map<String, String> env, String... args) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isExecutable(Path.of("/bin/sh")), "a shell");
    Path launcher = launcher();
    Path bin = dir.resolve("bin");
    executable(bin.resolve("nproc"), "#!/bin/sh\necho " + cores + "\n");
    executable(bin.resolve("java"), "#!/bin/sh\n"
        + "while [ \"$#\" -gt 0 ] && [ \"$1\" != -jar ]; do echo \"$1\"; shift; done\n");
    Map<String, String> environment = new HashMap<>(env);
    environment.putIfAbsent("_NEWS_CGROUP", Files.createDirectories(dir.resolve("cgroup")).toString());

    Process process = run(launcher, environment, args);

    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    return out;
  }

  /**
   * Writes a CPU quota, "FILE=CONTENT", into the cgroup folder that {@link #javaOptions} gives the launcher; a v1
   * quota gets the period of 100 ms beside it.
   */
  private void cgroup(String quota) throws IOException {
    Path root = Files.createDirectories(dir.resolve("cgroup"));
    String file = quota.substring(0, quota.indexOf('='));
    Path written = root.resolve(file);
    Files.createDirectories(written.getParent());
    Files.writeString(written, quota.substring(quota.indexOf('=') + 1) + "\n");
    if (file.startsWith("cpu/")) {
      Files.writeString(root.resolve("cpu/cpu.cfs_period_us"), "100000\n");
    }
  }

  private static void executable(Path file, String script) throws IOException {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** A copy of {@code ./news} with a jar it need not build and a {@code java} that runs the test's classes. */
  private Path launcher() throws IOException {
    Path root = Files.createDirectories(dir.resolve("newsmodel"));
    Path launcher = Files.copy(Path.of("..", "news"), root.resolve("news"), StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(root.resolve("news-cli/target"));
    Files.write(root.resolve("news-cli/target/news.jar"), new byte[0]);
    String java = ProcessHandle.current().info().command().orElse("java");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path fakeJava = Files.writeString(bin.resolve("java"), "#!/bin/sh\n"
        + "# Drops the launcher's options and -jar JAR, and runs the command line from the class path.\n"
        + "while [ \"$#\" -gt 0 ] && [ \"$1\" != -jar ]; do shift; done\n"
        + "shift 2\n"
        + "exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' io.github.newsmodel.cli.News \"$@\"\n");
    Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }

  /** Runs the launcher in this environment without its locale and Java options, with {@code env} added. */
  private Process run(Path launcher, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_")
        || name.equals("NEWS_JAVA_OPTS"));
    environment.putAll(env);
    environment.put("PATH", dir.resolve("bin") + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
    Process process = builder.start();
    process.getOutputStream().close();
    return process;
  }

  private static boolean hasUtf8CLocale() {
    try {
      Process locales = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
      String names = new String(locales.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return locales.waitFor(10, TimeUnit.SECONDS)
          && names.lines().anyMatch(name -> name.equalsIgnoreCase("C.UTF-8") || name.equalsIgnoreCase("C.utf8"));
    } catch (IOException e) {
      return false; // no locale command: the launcher changes nothing either
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
