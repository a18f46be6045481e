package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.Page;
import io.github.newsmodel.cli.internal.page.PageSink;
import io.github.newsmodel.cli.internal.page.Work;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A sink that holds back the last page of a record that starts a gzip member or zstd frame of its own, or of one
 * read from a stream that cannot be sought in, until the next record, error or skip: what follows the record tells
 * whether its length said less than its member holds, or more than the record holds, and the page is then cut off,
 * to be marked so before it goes on. Everything else passes at once, after the page held, so the order stays the
 * input's.
 */
final class HeldPage implements PageSink {
  private final PageSink sink;
  private @Nullable Page held;
  /** Where the gzip member or zstd frame of the page held starts in the file. */
  private long member = -1;
  /** Where the record of the page held starts in the bytes read from a stream; -1 if it was not held for that. */
  private long record = -1;

  HeldPage(PageSink sink) {
    this.sink = sink;
  }

  /**
   * Holds a page back, after the one held before goes on.
   *
   * @param page the page
   * @param member where the record's gzip member or zstd frame starts in the file
   */
  void hold(Page page, long member) {
    hold(page, member, -1);
  }

  /**
   * Holds a page back, after the one held before goes on.
   *
   * @param page the page
   * @param member where the record's gzip member or zstd frame starts in the file; -1 if it starts none
   * @param record where the record starts in the bytes read from a stream that cannot be sought in; -1 for none
   */
  void hold(Page page, long member, long record) {
    release();
    held = page;
    this.member = member;
    this.record = record;
  }

  /**
   * The page held, if its record starts a member.
   *
   * @param member where the member starts in the file
   * @return the page, if one is held of that member
   */
  Optional<Page> heldIn(long member) {
    return held != null && member >= 0 && this.member == member ? Optional.of(held) : Optional.empty();
  }

  /**
   * The page held, if it is that of a record read from a stream.
   *
   * @param record where the record starts in the bytes read from the stream
   * @return the page, if one is held of that record
   */
  Optional<Page> heldAt(long record) {
    return held != null && record >= 0 && this.record == record ? Optional.of(held) : Optional.empty();
  }

  /** Replaces the page held by another of the same record: the page marked truncated. */
  void replace(Page page) {
    held = page;
  }

  /** Hands on the page held, if one is. */
  void release() {
    Page page = held;
    held = null;
    member = -1;
    record = -1;
    if (page != null) {
      sink.accept(page);
    }
  }

  @Override
  public void accept(Work work) {
    release();
    sink.accept(work);
  }

  @Override
  public void skipped() {
    release();
    sink.skipped();
  }

  @Override
  public void fileSkipped() {
    release();
    sink.fileSkipped();
  }

  @Override
  public void folderSkipped() {
    release();
    sink.folderSkipped();
  }

  @Override
  public void inputStarted() {
    release();
    sink.inputStarted();
  }

  @Override
  public void bytesRead(long bytes) {
    sink.bytesRead(bytes); // progress needs no order
  }
}
