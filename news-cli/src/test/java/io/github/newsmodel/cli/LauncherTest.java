package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newsmodel.json.NewsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /** A copy of {@code ./news} with a jar it need not build and a {@code java} that runs the test's classes. */
  private Path launcher() throws IOException {
    Path root = Files.createDirectories(dir.resolve("newsmodel"));
    Path launcher = Files.copy(Path.of("..", "news"), root.resolve("news"));
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

  private Process run(Path launcher, Map<String, String> locale, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
    env.putAll(locale);
    env.put("PATH", dir.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
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
