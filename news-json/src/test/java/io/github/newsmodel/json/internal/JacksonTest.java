package io.github.newsmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Jackson a user's build resolves is not always the one newsmodel is built with: a framework's BOM (Spring
 * Boot 3.3 pins 2.17) or a lock file decides. news-json must run on every version from
 * {@link JacksonVersion#OLDEST} on, and refuse older ones by name. Running the whole suite against other versions
 * is done by hand (see the commit); these tests hold the two mechanisms that make it work.
 */
class JacksonTest {

  private static Version core(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
  }

  @Test
  void aJacksonCoreOlderThanTheOldestSupportedIsRefusedNamingBothVersions() {
    assertThatThrownBy(() -> JacksonVersion.requireSupported(core(2, 16, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("news-json needs jackson-core 2.17.0 or newer, but the class path holds jackson-core 2.16.1"
            + " (a dependency manager may have pinned it, such as a framework's BOM): depend on"
            + " com.fasterxml.jackson.core:jackson-core and jackson-databind 2.17.0 or newer");
    assertThatThrownBy(() -> JacksonVersion.requireSupported(core(2, 9, 10))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theOldestSupportedAndEveryLaterJacksonCoreAreAccepted() {
    for (Version v : new Version[] {core(2, 17, 0), core(2, 17, 2), core(2, 18, 0), core(2, 23, 0), core(3, 0, 0),
        PackageVersion.VERSION}) {
      assertThatCode(() -> JacksonVersion.requireSupported(v)).as("%s", v).doesNotThrowAnyException();
    }
    // Only the numbers count: a version read without its coordinates is judged the same.
    assertThatCode(() -> JacksonVersion.requireSupported(new Version(2, 17, 0, null, null, null)))
        .doesNotThrowAnyException();
  }

  @Test
  void aWriteFeatureIsFoundByNameAndOneThisJacksonLacksIsNull() {
    assertThat(Jackson.writeFeature("COMBINE_UNICODE_SURROGATES_IN_UTF8"))
        .isSameAs(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    assertThat(Jackson.writeFeature("A_FEATURE_OF_SOME_LATER_JACKSON")).isNull();
  }

  @Test
  void onThisBuildsJacksonAnAstralCharacterIsWrittenAsItselfInUtf8() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var g = Jackson.factory(StreamReadConstraints.defaults()).createGenerator(out)) {
      g.writeString("\uD83D\uDC4D");
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\"\uD83D\uDC4D\"");
  }
}
