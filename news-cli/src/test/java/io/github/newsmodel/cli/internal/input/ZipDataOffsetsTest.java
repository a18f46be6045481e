package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipDataOffsetsTest {
  @TempDir Path dir;

  private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    CRC32 crc = new CRC32();
    crc.update(data);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(data.length);
    entry.setCompressedSize(data.length);
    entry.setCrc(crc.getValue());
    entry.setExtra(new byte[] {(byte) 0xfe, (byte) 0xca, 2, 0, 7, 7}); // an extra field moves the data
    zip.putNextEntry(entry);
    zip.write(data);
    zip.closeEntry();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theDataOfEachStoredEntryStartWhereItSays() throws IOException {
    Path file = dir.resolve("crawl.wacz");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("datapackage.json"));
      zip.write(bytes("{\"profile\": \"data-package\"}"));
      zip.closeEntry();
      stored(zip, "archive/data.warc", bytes("WARC/1.1\r\nfirst"));
      stored(zip, "archive/data-2.warc.gz", bytes("WARC/1.1\r\nsecond"));
    }
    byte[] all = Files.readAllBytes(file);

    Map<String, Long> offsets = ZipDataOffsets.of(file);

    assertThat(offsets).containsOnlyKeys("archive/data.warc", "archive/data-2.warc.gz");
    int first = Math.toIntExact(offsets.get("archive/data.warc"));
    int second = Math.toIntExact(offsets.get("archive/data-2.warc.gz"));
    assertThat(Arrays.copyOfRange(all, first, first + 15)).asString(StandardCharsets.UTF_8)
        .isEqualTo("WARC/1.1\r\nfirst");
    assertThat(Arrays.copyOfRange(all, second, second + 16)).asString(StandardCharsets.UTF_8)
        .isEqualTo("WARC/1.1\r\nsecond");
  }

  /** More than 65,535 entries take ZIP64's end record, which names the central directory in 64 bits. */
  @Test
  void aZip64DirectoryIsReadToo() throws IOException {
    Path file = dir.resolve("many.zip");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < 70_000; i++) {
        stored(zip, "e" + i, new byte[0]);
      }
      stored(zip, "archive/last.warc", bytes("WARC/1.0"));
    }
    byte[] all = Files.readAllBytes(file);

    Map<String, Long> offsets = ZipDataOffsets.of(file);

    int last = Math.toIntExact(offsets.get("archive/last.warc"));
    assertThat(Arrays.copyOfRange(all, last, last + 8)).asString(StandardCharsets.UTF_8).isEqualTo("WARC/1.0");
  }

  @Test
  void aFileWhoseTablesCannotBeReadHasNoOffsets() throws IOException {
    Path zip = dir.resolve("crawl.wacz");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      stored(z, "archive/data.warc", bytes("WARC/1.1\r\n"));
    }
    byte[] all = Files.readAllBytes(zip);

    assertThat(ZipDataOffsets.of(Files.write(dir.resolve("cut.wacz"), Arrays.copyOf(all, all.length - 30))))
        .isEmpty();
    assertThat(ZipDataOffsets.of(Files.write(dir.resolve("text.wacz"), bytes("not a zip")))).isEmpty();
    assertThat(ZipDataOffsets.of(Files.write(dir.resolve("empty.wacz"), new byte[0]))).isEmpty();
    assertThat(ZipDataOffsets.of(dir.resolve("missing.wacz"))).isEmpty();
    byte[] badDirectory = all.clone();
    int end = all.length - 22;
    badDirectory[end + 16] = (byte) 0xf0; // the central directory's offset, beyond the file
    assertThat(ZipDataOffsets.of(Files.write(dir.resolve("bad.wacz"), badDirectory))).isEmpty();
  }
}
