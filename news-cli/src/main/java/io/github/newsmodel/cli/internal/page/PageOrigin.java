package io.github.newsmodel.cli.internal.page;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Where a page came from, as error records and messages name it: the input as the user named it (a file under a
 * folder is named by the folder's path joined with the file's, a WARC file inside a WACZ file by the WACZ file's
 * name and the entry's, {@code crawl.wacz!archive/data.warc.gz}), and for a WARC or ARC record its id (an ARC
 * record has none), its offset in the file and its target URL.
 */
public final class PageOrigin {
  private final String input;
  private final boolean record;
  private final @Nullable String recordId;
  private final long offset;
  private final @Nullable URI url;

  private PageOrigin(String input, boolean record, @Nullable String recordId, long offset, @Nullable URI url) {
    this.input = Objects.requireNonNull(input, "input");
    this.record = record;
    this.recordId = recordId;
    this.offset = offset;
    this.url = url;
  }

  /**
   * A page that is a whole input: a file or standard input.
   *
   * @param input the input's name, such as {@code pages/a.html} or {@code -}
   * @return the origin
   */
  public static PageOrigin input(String input) {
    return new PageOrigin(input, false, null, -1, null);
  }

  /**
   * A record of a WARC or ARC file.
   *
   * @param input the file's name
   * @param recordId the record's WARC-Record-ID, if it has one
   * @param offset where the record starts in the file, for a reader to seek to (in a {@code .warc.gz}, the start
   *     of its gzip member in the compressed file), or -1 if it has no such place: a record inside a gzip member
   *     that holds several
   * @param url the record's target URI, if it could be read
   * @return the origin
   */
  public static PageOrigin record(String input, @Nullable String recordId, long offset, @Nullable URI url) {
    return new PageOrigin(input, true, recordId, offset, url);
  }

  /**
   * A copy of this origin that knows the page's URL, such as one given with {@code --url}.
   *
   * @param url the page's URL
   * @return the copy
   */
  public PageOrigin withUrl(URI url) {
    return new PageOrigin(input, record, recordId, offset, url);
  }

  /**
   * Whether the page came from a WARC or ARC record, which the origin names, rather than from a whole input.
   *
   * @return true for a record
   */
  public boolean isRecord() {
    return record;
  }

  /**
   * The input as the user named it.
   *
   * @return the input's name
   */
  public String input() {
    return input;
  }

  /**
   * The WARC-Record-ID of the record that held the page.
   *
   * @return the record id, if the page came from a WARC record that has one
   */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /**
   * Where the record starts in its file, for a reader to seek to.
   *
   * @return the offset in bytes, if the page came from a WARC or ARC record that has one
   */
  public OptionalLong offset() {
    return offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset);
  }

  /**
   * The page's URL.
   *
   * @return the URL, if known
   */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /**
   * The origin as a message names it: {@code pages/a.html}, or
   * {@code crawl.warc.gz at offset 1234 (urn:uuid:..., http://...)} with the record's id and target URL, those it
   * has, since an archivist looks a record up by either; {@code crawl.warc.gz (urn:uuid:..., http://...)} for a
   * record without an offset.
   *
   * @return the description
   */
  public String describe() {
    if (!record) {
      return input;
    }
    StringJoiner names = new StringJoiner(", ", " (", ")").setEmptyValue("");
    if (recordId != null) {
      names.add(recordId);
    }
    if (url != null) {
      names.add(url.toString());
    }
    return input + (offset < 0 ? "" : " at offset " + offset) + names;
  }

  @Override
  public String toString() {
    return describe();
  }
}
