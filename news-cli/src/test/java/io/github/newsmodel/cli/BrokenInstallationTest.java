package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site parser on the class path that cannot be made is a broken installation: one usage error before anything is
 * read, naming the provider, not a stack trace that calls it a bug of newsmodel. It runs in a process of its own, so
 * that the services file reaches no other test.
 */
class BrokenInstallationTest {
  @TempDir Path dir;

  @Test
  void aSiteParserThatCannotBeMadeIsOneUsageError() throws IOException, InterruptedException {
    Path services = dir.resolve("services/META-INF/services/io.github.newsmodel.html.SiteParser");
    Files.createDirectories(services.getParent());
    Files.writeString(services, BrokenSiteParser.class.getName() + "\n");
    Path err = dir.resolve("err.txt");
    Process news = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path") + File.pathSeparator + dir.resolve("services"),
        "io.github.newsmodel.cli.News", "parse", TestPages.SAMPLE.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    news.getOutputStream().close();

    assertThat(news.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(news.exitValue()).isEqualTo(2);
    assertThat(Files.readString(err, StandardCharsets.UTF_8))
        .startsWith("news parse: cannot load the site parsers that ServiceLoader finds: ")
        .contains("Provider " + BrokenSiteParser.class.getName() + " could not be instantiated",
            "no configuration for BrokenSiteParser", "; remove or fix that jar")
        .doesNotContain("this is a bug", "\tat ");
  }
}
