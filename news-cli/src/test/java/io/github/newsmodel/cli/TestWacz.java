package io.github.newsmodel.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes WACZ files for the tests, as ArchiveWeb.page and Browsertrix lay them out: the WARC files under
 * {@code archive/}, with a page list, an index and a {@code datapackage.json} beside them (whose contents the
 * reader does not need, so they are short).
 */
final class TestWacz {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private final Map<String, Boolean> stored = new LinkedHashMap<>();

  static TestWacz create() {
    return new TestWacz()
        .deflated("datapackage.json", "{\"profile\": \"data-package\", \"wacz_version\": \"1.1.1\"}")
        .deflated("pages/pages.jsonl", "{\"format\": \"json-pages-1.0\", \"id\": \"pages\"}\n");
  }

  /** A file stored as it is, as WACZ writers store the WARC files, so that a replay can seek into them. */
  TestWacz stored(String name, Path file) {
    entries.put(name, read(file));
    stored.put(name, true);
    return this;
  }

  /** A file deflated, as ZIP tools compress by default. */
  TestWacz deflated(String name, Path file) {
    entries.put(name, read(file));
    stored.put(name, false);
    return this;
  }

  TestWacz deflated(String name, String text) {
    entries.put(name, text.getBytes(StandardCharsets.UTF_8));
    stored.put(name, false);
    return this;
  }

  Path write(Path file) {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (stored.get(e.getKey())) {
          // A stored entry must say its size and checksum before its data.
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCompressedSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
