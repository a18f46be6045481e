package io.github.newsmodel.html.internal.sites.afterdawn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newsmodel.html.Pages;
import io.github.newsmodel.html.VisibleText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The golden fixture is a reconstruction of AfterDawn's markup; these tests keep it from drifting from the page
 * as a reader saw it, whose text is the project's seed.
 */
class AfterDawnFixtureTextTest {
  private static final String SEED = "000_0fbbd433191cdd77.txt";

  @Test
  void goldenFixtureRendersToTheSeedText() {
    var page = Jsoup.parse(Pages.text("afterdawn-allofmp3-ifpi-raid.html"), Pages.ALLOFMP3.toString());

    assertThat(VisibleText.lines(page.body()))
        .containsExactlyElementsOf(VisibleText.lines(Pages.text("afterdawn-allofmp3-ifpi-raid.txt")));
  }

  @Test
  void theSeedCopyBesideTheFixtureIsTheSeedItself() throws IOException {
    // shared/ lies beside the checkout: look for it above the module's directory.
    Optional<Path> seed = Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
        .limit(5)
        .map(p -> p.resolve("shared").resolve("seed").resolve(SEED))
        .filter(Files::isRegularFile)
        .findFirst();
    assumeTrue(seed.isPresent(), "the shared seed is not beside this checkout");

    assertThat(Files.readString(seed.get(), StandardCharsets.UTF_8))
        .isEqualTo(Pages.text("afterdawn-allofmp3-ifpi-raid.txt"));
  }
}
