package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM lists every module the build publishes, at the build's version: a module added to the build but not to
 * the BOM would reach users at whatever version their other dependencies pull in. It is read as text, as the build
 * lays it out; this module's tests run from {@code news-cli}, one level below the root.
 */
class BillOfMaterialsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
  private static final Pattern VERSION = Pattern.compile("<version>([^<$]+)</version>");

  @Test
  void theBomListsEveryPublishedModuleAtTheBuildsVersion() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("news-bom/pom.xml"));
    List<String> published = new ArrayList<>();
    for (String module : all(MODULE, parent)) {
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      if (!module.equals("news-bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(module);
      }
    }
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"));

    assertThat(published).containsExactly("news-core", "news-html", "news-json", "news-cli");
    assertThat(all(ARTIFACT, managed)).containsExactlyElementsOf(published);
    assertThat(first(VERSION, bom)).isEqualTo(first(VERSION, parent));
    assertThat(bom).doesNotContain("<parent>");
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
