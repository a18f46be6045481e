package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article-extraction benchmark's score: 4-gram shingle precision and recall averaged over pages, their
 * F1, and the share of pages whose tokens match exactly.
 */
final class BodyScorer implements Scorer {

  @Override
  public Report score(String corpus, List<Extraction> extractions) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    List<ObjectNode> details = new ArrayList<>();
    for (Extraction x : extractions) {
      String truth = x.page().text("body").orElse("");
      List<String> truthTokens = Snippets.tokens(truth);
      List<String> predictedTokens = Snippets.tokens(x.bodyText());
      Map<String, Integer> expected = Snippets.shingles(truthTokens);
      Map<String, Integer> predicted = Snippets.shingles(predictedTokens);
      long tp = Snippets.shared(expected, predicted);
      ObjectNode detail = Scorer.detail(x).put("tp", tp)
          .put("fp", Snippets.size(predicted) - tp)
          .put("fn", Snippets.size(expected) - tp);
      if (!predicted.isEmpty()) {
        double p = (double) tp / Snippets.size(predicted);
        precisionSum += p;
        precisionPages++;
        detail.put("precision", round(p));
      }
      if (!expected.isEmpty()) {
        double r = (double) tp / Snippets.size(expected);
        recallSum += r;
        recallPages++;
        detail.put("recall", round(r));
      }
      if (truthTokens.equals(predictedTokens)) {
        exact++;
      }
      details.add(detail);
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Report(corpus, extractions.size(), Scorer.errors(extractions), List.of(
        new Figure("f1", f1, "2PR/(P+R)"),
        new Figure("precision", precision, "mean over " + precisionPages + " pages with output"),
        new Figure("recall", recall, "mean over " + recallPages + " pages with truth"),
        Figure.share("accuracy", exact, extractions.size())), details);
  }

  private static double round(double v) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.4f", v));
  }
}
