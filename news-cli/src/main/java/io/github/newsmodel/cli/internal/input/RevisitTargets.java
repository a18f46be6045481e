package io.github.newsmodel.cli.internal.input;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the pages read so far in a run's WARC files are, to find again the one a {@code revisit} record refers to.
 * A crawler that finds a page unchanged stores a revisit record in place of the page: its own date and target, and
 * a reference to the earlier response that holds the bytes, by that record's id ({@code WARC-Refers-To}), by the
 * payload's digest ({@code WARC-Payload-Digest}, the "identical-payload-digest" profile), or by the earlier target
 * and date ({@code WARC-Refers-To-Target-URI} and {@code WARC-Refers-To-Date}, "server-not-modified").
 *
 * <p>Each page is kept under each of the three as a 64-bit hash and a place in a file: 16 bytes a key, so that a
 * run over millions of pages keeps its memory, and the page itself is read again from its file when a revisit needs
 * it. A hash can collide; the caller checks the record it reads again against the revisit before it takes it. Only
 * pages that a reader can seek to are kept: a record of a plain file, or one that starts a gzip member, in a WARC
 * file or a WACZ file's entry stored without compression; not one inside a gzip member that another record starts,
 * nor one read from standard input or from a WACZ entry the ZIP compressed, nor one of a {@code .warc.zst}, whose
 * dictionary is read at the start of the file only.
 */
final class RevisitTargets {
  /**
   * The most keys kept, for about 350,000 pages: 32 MiB of table at most, 48 MiB while it grows. Pages after that
   * are read as ever, but not kept for revisits.
   */
  static final int MAX_KEYS = 1 << 20;

  private final List<Path> files = new ArrayList<>();
  private final Map<Path, Integer> fileNumbers = new HashMap<>();
  private final LongTable places = new LongTable();

  /** A page's place: its file and the offset where its record, or its record's gzip member, starts. */
  record Place(Path file, long offset) {}

  /** What a revisit says of the record it refers to; each part may be missing. */
  record Reference(Optional<String> recordId, Optional<String> payloadDigest, URI target, Optional<Instant> date) {}

  /**
   * Keeps a page's place under what a revisit may name it by.
   *
   * @param file the WARC file
   * @param offset where its record starts, for a reader to seek to
   * @param recordId the record's id, without angle brackets, if it has one
   * @param payloadDigest the record's {@code WARC-Payload-Digest}, if it has one
   * @param target the record's target URI
   * @param date the record's date, if it has one
   */
  void add(Path file, long offset, Optional<String> recordId, Optional<String> payloadDigest, URI target,
      Optional<Instant> date) {
    if (places.size() + 3 > MAX_KEYS || offset < 0 || offset >= 1L << 44) {
      return;
    }
    Integer number = fileNumbers.get(file);
    if (number == null) {
      if (files.size() >= 1 << 19) {
        return;
      }
      number = files.size();
      files.add(file);
      fileNumbers.put(file, number);
    }
    long place = (long) number << 44 | offset;
    recordId.ifPresent(id -> places.put(hash(byId(id)), place));
    payloadDigest.ifPresent(digest -> places.put(hash(byDigest(digest, target)), place));
    date.ifPresent(d -> places.put(hash(byDate(target, d)), place));
  }

  /**
   * The places of the pages a revisit may refer to, the likeliest first: by record id, by digest, by target and
   * date. Each must be checked against the reference once read.
   *
   * @param reference what the revisit says
   * @return the places, none if no page read so far is known by what it says
   */
  List<Place> find(Reference reference) {
    Set<Long> found = new LinkedHashSet<>();
    reference.recordId().ifPresent(id -> places.get(hash(byId(id))).ifPresent(found::add));
    reference.payloadDigest()
        .ifPresent(digest -> places.get(hash(byDigest(digest, reference.target()))).ifPresent(found::add));
    reference.date().ifPresent(d -> places.get(hash(byDate(reference.target(), d))).ifPresent(found::add));
    List<Place> result = new ArrayList<>(found.size());
    for (long place : found) {
      result.add(new Place(files.get((int) (place >>> 44)), place & (1L << 44) - 1));
    }
    return result;
  }

  private static String byId(String id) {
    return "id " + id;
  }

  /** Digests are base 32 or hex, by their label: either is the same in any case. */
  private static String byDigest(String digest, URI target) {
    return "digest " + digest.toLowerCase(Locale.ROOT) + " " + target;
  }

  private static String byDate(URI target, Instant date) {
    return "date " + date + " " + target;
  }

  /** FNV-1a over the chars, finished by MurmurHash3's mix: 64 bits in which similar keys differ everywhere. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** An open-addressed map of long keys to long values, without a box for each: 0 marks a free slot. */
  static final class LongTable {
    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;

    int size() {
      return size;
    }

    void put(long key, long value) {
      long k = key == 0 ? 1 : key;
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = (int) k & mask;
      while (keys[i] != 0 && keys[i] != k) {
        i = i + 1 & mask;
      }
      if (keys[i] == 0) {
        size++;
      }
      keys[i] = k;
      values[i] = value;
    }

    Optional<Long> get(long key) {
      long k = key == 0 ? 1 : key;
      int mask = keys.length - 1;
      for (int i = (int) k & mask; keys[i] != 0; i = i + 1 & mask) {
        if (keys[i] == k) {
          return Optional.of(values[i]);
        }
      }
      return Optional.empty();
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new long[oldValues.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }
  }
}
