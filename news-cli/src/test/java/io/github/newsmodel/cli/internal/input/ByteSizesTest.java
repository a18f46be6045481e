package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizesTest {
  @Test
  void sizesAreReadInBinaryUnits() {
    assertThat(ByteSizes.parse("1000")).isEqualTo(1000);
    assertThat(ByteSizes.parse("512k")).isEqualTo(512 * 1024);
    assertThat(ByteSizes.parse("16M")).isEqualTo(16L << 20);
    assertThat(ByteSizes.parse("16MiB")).isEqualTo(16L << 20);
    assertThat(ByteSizes.parse("16 mb")).isEqualTo(16L << 20);
    assertThat(ByteSizes.parse("1G")).isEqualTo(1L << 30);
    assertThat(ByteSizes.parse("100B")).isEqualTo(100);
  }

  @Test
  void otherTextIsRefusedWithAnExample() {
    assertThatThrownBy(() -> ByteSizes.parse("lots")).hasMessage("'lots' is not a size: give bytes, or a number"
        + " with k, M or G, such as 16M");
    assertThatThrownBy(() -> ByteSizes.parse("1.5M")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ByteSizes.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ByteSizes.parse("999999999999G")).hasMessage("'999999999999G' is too large");
  }

  @Test
  void sizesAreWrittenInTheLargestExactUnit() {
    assertThat(ByteSizes.format(16L << 20)).isEqualTo("16 MiB");
    assertThat(ByteSizes.format(1L << 30)).isEqualTo("1 GiB");
    assertThat(ByteSizes.format(4096)).isEqualTo("4 KiB");
    assertThat(ByteSizes.format(1000)).isEqualTo("1000 bytes");
  }
}
