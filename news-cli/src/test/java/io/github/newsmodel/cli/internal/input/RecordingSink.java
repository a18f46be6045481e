package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.PageSink;
import io.github.newsmodel.cli.internal.page.Work;
import java.util.ArrayList;
import java.util.List;

/** A sink for the tests of the readers: keeps what it is handed, and each report of bytes read. */
final class RecordingSink implements PageSink {
  final List<Work> works = new ArrayList<>();
  final List<Long> reports = new ArrayList<>();
  int skipped;

  @Override
  public void accept(Work work) {
    works.add(work);
  }

  @Override
  public void skipped() {
    skipped++;
  }

  @Override
  public void fileSkipped() {}

  @Override
  public void folderSkipped() {}

  @Override
  public void inputStarted() {}

  @Override
  public void bytesRead(long bytes) {
    reports.add(bytes);
  }
}
