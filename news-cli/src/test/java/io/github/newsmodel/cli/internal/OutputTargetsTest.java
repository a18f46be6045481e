package io.github.newsmodel.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newsmodel.cli.internal.OutputTargets.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetsTest {
  @TempDir Path dir;

  @Test
  void aDashIsTheOptionsStandardStream() {
    assertThat(OutputTargets.kindOf(Path.of("-"), Kind.STANDARD_OUTPUT)).isEqualTo(Kind.STANDARD_OUTPUT);
    assertThat(OutputTargets.kindOf(Path.of("-"), Kind.STANDARD_ERROR)).isEqualTo(Kind.STANDARD_ERROR);
  }

  @Test
  void theNamesOfTheStandardStreamsAreThoseStreams() {
    assertThat(OutputTargets.kindOf(Path.of("/dev/stderr"), Kind.STANDARD_OUTPUT)).isEqualTo(Kind.STANDARD_ERROR);
    assertThat(OutputTargets.kindOf(Path.of("/dev/fd/2"), Kind.STANDARD_OUTPUT)).isEqualTo(Kind.STANDARD_ERROR);
    assertThat(OutputTargets.kindOf(Path.of("/dev/stdout"), Kind.STANDARD_ERROR)).isEqualTo(Kind.STANDARD_OUTPUT);
    assertThat(OutputTargets.kindOf(Path.of("/proc/self/fd/1"), Kind.STANDARD_ERROR))
        .isEqualTo(Kind.STANDARD_OUTPUT);
  }

  @Test
  void aDeviceIsAppendedTo() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");

    assertThat(OutputTargets.kindOf(zero, Kind.STANDARD_OUTPUT)).isEqualTo(Kind.APPEND);
  }

  @Test
  void aRegularFileNewOrOldIsCreatedOrTruncated() throws Exception {
    Path old = Files.writeString(dir.resolve("old.jsonl"), "{}\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), old);

    assertThat(OutputTargets.kindOf(dir.resolve("new.jsonl"), Kind.STANDARD_OUTPUT)).isEqualTo(Kind.CREATE);
    assertThat(OutputTargets.kindOf(old, Kind.STANDARD_ERROR)).isEqualTo(Kind.CREATE);
    assertThat(OutputTargets.kindOf(link, Kind.STANDARD_ERROR)).isEqualTo(Kind.CREATE);
  }
}
