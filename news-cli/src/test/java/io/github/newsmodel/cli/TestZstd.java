package io.github.newsmodel.cli;

import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDictTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Compresses the WARC files that {@link TestWarc} writes into {@code .warc.zst} files, as the WARC zstd format has
 * them (IIPC, "Zstandard Compression for WARC Files"): each record a zstd frame of its own, after a dictionary in a
 * skippable frame of magic {@code 0x184D2A5D} if there is one, raw or zstd-compressed, as Archive Team's crawls
 * have it. The dictionary is trained here, on the records themselves.
 */
final class TestZstd {
  /** The skippable frame that holds a {@code .warc.zst}'s dictionary. */
  static final int DICTIONARY_MAGIC = 0x184D2A5D;

  /** Where a file's dictionary is, if it has one. */
  enum Dictionary {
    /** No dictionary: each frame stands alone. */
    NONE,
    /** The dictionary in the first frame as it is. */
    RAW,
    /** The dictionary in the first frame, itself zstd-compressed. */
    COMPRESSED,
    /** Frames compressed with a dictionary that the file does not hold. */
    MISSING
  }

  /** A {@code .warc.zst} written: where each record's frame starts, by record id, in record order. */
  record Written(Path file, Map<String, Long> offsets, List<byte[]> frames) {}

  private TestZstd() {}

  /**
   * Compresses a WARC file record by record.
   *
   * @param plain the uncompressed WARC file
   * @param out the {@code .warc.zst} to write
   * @param dictionary where the dictionary is
   * @param checksum whether each frame ends in a checksum, as the zstd command writes them
   */
  static Written compress(Path plain, Path out, Dictionary dictionary, boolean checksum) {
    List<byte[]> records = records(plain);
    List<String> ids = ids(plain);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    byte[] dict = dictionary == Dictionary.NONE ? null : train(records);
    if (dictionary == Dictionary.RAW) {
      file.writeBytes(skippable(DICTIONARY_MAGIC, dict));
    } else if (dictionary == Dictionary.COMPRESSED) {
      try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
        file.writeBytes(skippable(DICTIONARY_MAGIC, ctx.setLevel(19).compress(dict)));
      }
    }
    Map<String, Long> offsets = new LinkedHashMap<>();
    List<byte[]> frames = new ArrayList<>();
    try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
      ctx.setLevel(3).setChecksum(checksum);
      if (dict != null) {
        ctx.loadDict(dict);
      }
      for (int i = 0; i < records.size(); i++) {
        offsets.put(ids.get(i), (long) file.size());
        byte[] frame = ctx.compress(records.get(i));
        frames.add(frame);
        file.writeBytes(frame);
      }
    }
    write(out, file.toByteArray());
    return new Written(out, offsets, frames);
  }

  /** One zstd frame of bytes, without a checksum. */
  static byte[] frame(byte[] bytes) {
    try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
      return ctx.setLevel(3).compress(bytes);
    }
  }

  /** A skippable frame of a magic number (one of 0x184D2A50 to 0x184D2A5F) and its content. */
  static byte[] skippable(int magic, byte[] content) {
    ByteBuffer frame = ByteBuffer.allocate(8 + content.length).order(ByteOrder.LITTLE_ENDIAN);
    frame.putInt(magic).putInt(content.length).put(content);
    return frame.array();
  }

  /** The records of an uncompressed WARC file, each as its bytes. */
  static List<byte[]> records(Path plain) {
    try {
      byte[] bytes = Files.readAllBytes(plain);
      List<Long> starts = new ArrayList<>();
      try (WarcReader reader = new WarcReader(plain)) {
        for (WarcRecord record : reader) {
          starts.add(record.position());
        }
      }
      starts.add((long) bytes.length);
      List<byte[]> records = new ArrayList<>();
      for (int i = 0; i + 1 < starts.size(); i++) {
        records.add(Arrays.copyOfRange(bytes, starts.get(i).intValue(), starts.get(i + 1).intValue()));
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> ids(Path plain) {
    List<String> ids = new ArrayList<>();
    try (WarcReader reader = new WarcReader(plain)) {
      for (WarcRecord record : reader) {
        ids.add(record.id().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /** A dictionary trained on the records, as a crawler trains one on the pages it fetched. */
  private static byte[] train(List<byte[]> records) {
    ZstdDictTrainer trainer = new ZstdDictTrainer(1 << 20, 4096);
    // the trainer wants many samples: each record, and its halves
    for (int round = 0; round < 4; round++) {
      for (byte[] record : records) {
        trainer.addSample(record);
        trainer.addSample(Arrays.copyOf(record, record.length / 2));
      }
    }
    return trainer.trainSamples();
  }

  static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
