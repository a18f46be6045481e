package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publication-date precision, recall and F1: right when the extracted date, in the page's own offset, falls on
 * the expected day; a wrong date is a false positive and no date a false negative.
 */
final class DateScorer implements Scorer {

  @Override
  public Report score(String corpus, List<Extraction> extractions) {
    int right = 0;
    int wrong = 0;
    int missing = 0;
    List<ObjectNode> details = new ArrayList<>();
    for (Extraction x : extractions) {
      Optional<String> expected = x.page().text("published");
      if (expected.isEmpty()) {
        continue;
      }
      Optional<LocalDate> found = publishedDay(x);
      ObjectNode detail = Scorer.detail(x).put("expected", expected.get());
      found.ifPresent(d -> detail.put("found", d.toString()));
      if (found.isEmpty()) {
        missing++;
        detail.put("verdict", "missing");
      } else if (found.get().toString().equals(expected.get().substring(0, Math.min(10, expected.get().length())))) {
        right++;
        detail.put("verdict", "right");
      } else {
        wrong++;
        detail.put("verdict", "wrong");
      }
      details.add(detail);
    }
    double precision = right + wrong == 0 ? 0 : (double) right / (right + wrong);
    double recall = right + missing == 0 ? 0 : (double) right / (right + missing);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    int total = right + wrong + missing;
    return new Report(corpus, extractions.size(), Scorer.errors(extractions), List.of(
        new Figure("f1", f1, "right " + right + ", wrong " + wrong + ", missing " + missing),
        Figure.share("precision", right, right + wrong),
        Figure.share("recall", right, right + missing),
        Figure.share("accuracy", right, total)), details);
  }

  /** The publication day in the offset the page gave or the parser assumed. */
  static Optional<LocalDate> publishedDay(Extraction x) {
    return x.article().flatMap(a -> a.publishedAt()).map(t -> t.toLocalDate());
  }
}
