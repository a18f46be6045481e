package io.github.newsmodel.cli.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.page.RunCounters.Counts;
import org.junit.jupiter.api.Test;

class RunReportTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void progressShowsPagesBytesOfTheTotalAndTheRate() {
    Counts counts = new Counts(3, 0, 0, 1201, 3, 42, 312L << 20, 1024L << 20, 14 * SECOND);

    assertThat(RunReport.progress(counts))
        .isEqualTo("news: 1201 articles, 3 errors, 42 skipped | 312.0 MB of 1.0 GB (30%) | 86 pages/s");
  }

  @Test
  void progressShowsBytesReadWhileTheTotalIsUnknown() {
    Counts counts = new Counts(1, 0, 0, 1, 0, 0, 3L << 19, -1, SECOND / 2);

    assertThat(RunReport.progress(counts)).isEqualTo("news: 1 article, 0 errors, 0 skipped | 1.5 MB read | 2 pages/s");
  }

  @Test
  void sizesAreInTheUnitThatSuitsThem() {
    assertThat(RunReport.bytes(0)).isEqualTo("0 KB");
    assertThat(RunReport.bytes(8875)).isEqualTo("9 KB");
    assertThat(RunReport.bytes(5L << 20)).isEqualTo("5.0 MB");
    assertThat(RunReport.bytes(3L << 29)).isEqualTo("1.5 GB");
  }

  @Test
  void theSummaryCountsFilesArticlesErrorsAndSkippedRecords() {
    Counts counts = new Counts(1, 0, 0, 1, 1, 1, 0, -1, 1234 * SECOND / 100);

    assertThat(RunReport.summary(counts, false))
        .isEqualTo("news: 1 file, 1 article, 1 error, 1 skipped record in 12.3 s");
    assertThat(RunReport.summary(new Counts(2, 0, 0, 0, 1, 5, 0, -1, 0), true))
        .isEqualTo("news: stopped at the first error (--fail-fast) after 2 files, 0 articles, 1 error,"
            + " 5 skipped records in 0.0 s");
  }

  @Test
  void theSummaryCountsTheFilesOfFoldersThatWereSkipped() {
    assertThat(RunReport.summary(new Counts(3, 4, 0, 3, 0, 0, 0, -1, 0), false))
        .isEqualTo("news: 3 files, 4 files skipped (neither pages nor web archives by name or first bytes),"
            + " 3 articles, 0 errors, 0 skipped records in 0.0 s");
  }

  @Test
  void theSummaryCountsTheFoldersThatLinksLedBackTo() {
    assertThat(RunReport.summary(new Counts(2, 1, 2, 2, 0, 0, 0, -1, 0), false))
        .isEqualTo("news: 2 files, 1 file skipped (neither pages nor web archives by name or first bytes),"
            + " 2 folders skipped (read already, reached again through a link), 2 articles, 0 errors,"
            + " 0 skipped records in 0.0 s");
    assertThat(RunReport.summary(new Counts(1, 0, 1, 1, 0, 0, 0, -1, 0), false))
        .isEqualTo("news: 1 file, 1 folder skipped (read already, reached again through a link), 1 article,"
            + " 0 errors, 0 skipped records in 0.0 s");
  }

  @Test
  void theSummaryOfARunWhoseOutputFailedSaysWhatMayNotHaveBeenWritten() {
    Counts counts = new Counts(2, 0, 0, 7, 1, 0, 0, -1, 0);

    assertThat(RunReport.summary(counts, false, true, false))
        .isEqualTo("news: 2 files, 7 articles parsed, not all of them written, 1 error, 0 skipped records in 0.0 s");
    assertThat(RunReport.summary(counts, false, false, true))
        .isEqualTo("news: 2 files, 7 articles, 1 error, not all of them recorded, 0 skipped records in 0.0 s");
  }

  @Test
  void theSummaryCountsTheCommentFramesJoinedToTheirArticles() {
    assertThat(RunReport.summary(new Counts(1, 0, 0, 5, 0, 9, 0, -1, 0, 1, 0), false))
        .isEqualTo("news: 1 file, 5 articles, 1 comment frame joined to its article, 0 errors, 9 skipped records"
            + " in 0.0 s");
    assertThat(RunReport.summary(new Counts(1, 0, 0, 5, 0, 9, 0, -1, 0, 2, 0), false))
        .contains(" 5 articles, 2 comment frames joined to their articles, 0 errors,");
    assertThat(RunReport.progress(new Counts(1, 0, 0, 5, 0, 9, 0, -1, SECOND, 2, 0)))
        .as("a frame joined is a page done").endsWith(" | 7 pages/s");
  }

  /** The folder of files a browser saved beside a page is left out, and said so, apart from folders read already. */
  @Test
  void theSummaryCountsTheFoldersOfSavedPagesFilesLeftOut() {
    assertThat(RunReport.summary(new Counts(3, 0, 1, 3, 0, 0, 0, -1, 0, 0, 2), false))
        .isEqualTo("news: 3 files, 2 folders of a saved page's files left out, 1 folder skipped (read already,"
            + " reached again through a link), 3 articles, 0 errors, 0 skipped records in 0.0 s");
  }
}
