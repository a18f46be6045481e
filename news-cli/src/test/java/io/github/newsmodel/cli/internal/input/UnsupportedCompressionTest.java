package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnsupportedCompressionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      28b52ffd2400          | ZSTD
      5d2a4d1808000000      | ZSTD
      502a4d18              | ZSTD
      425a6839314159265359  | BZIP2
      fd377a585a000004      | XZ
      """)
  void itsFirstBytesTellTheCompression(String hex, UnsupportedCompression expected) {
    assertThat(UnsupportedCompression.byHead(HexFormat.of().parseHex(hex))).hasValue(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"1f8b0800", "57415243", "504b0304", "28b52f", "425a6830", "fd377a585a01", ""})
  void otherBytesAreNoneOfThese(String hex) {
    assertThat(UnsupportedCompression.byHead(HexFormat.of().parseHex(hex))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      story.html.zst  | ZSTD
      DATA.ZSTD       | ZSTD
      crawl.arc.bz2   | BZIP2
      page.html.xz    | XZ
      photos.tar.xz   | XZ
      """)
  void itsNameTellsTheCompression(String name, UnsupportedCompression expected) {
    assertThat(UnsupportedCompression.byName(Path.of(name))).hasValue(expected);
  }

  /** news reads a zstd-compressed WARC or ARC file, see ZstdFrames. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"crawl.warc.zst", "CRAWL.WARC.ZSTD", "old.arc.zst"})
  void aWebArchiveCompressedWithZstdIsNoneOfThese(String name) {
    assertThat(UnsupportedCompression.byName(Path.of(name))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      page.html.zst  | ZSTD  | it is a zstd-compressed page, which news cannot read (it reads zstd-compressed WARC and ARC files only): decompress it first, with zstd -d
      crawl.arc.bz2  | BZIP2 | it is a bzip2-compressed ARC file, which news cannot read: decompress it first, with bzip2 -dk
      a.htm.xz       | XZ    | it is an xz-compressed page, which news cannot read: decompress it first, with xz -dk
      crawl.warc     | ZSTD  | it is zstd-compressed, but no WARC file once decompressed (news reads zstd-compressed WARC and ARC files only): decompress it first, with zstd -d
      data           | ZSTD  | it is zstd-compressed, which news cannot read (it reads zstd-compressed WARC and ARC files only): decompress it first, with zstd -d
      """)
  void theMessageNamesTheCompressionWhatTheNameSaysItHoldsAndTheCommandThatDecompresses(String name,
      UnsupportedCompression compression, String message) {
    assertThat(compression.message(Path.of(name))).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"photos.tar.xz", "notes.txt.bz2", "data.zst"})
  void aNameThatSaysNothingOfAPageOrWebArchiveHasNoContents(String name) {
    assertThat(UnsupportedCompression.byName(Path.of(name)).orElseThrow().contents(Path.of(name))).isEmpty();
  }
}
