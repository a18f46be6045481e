package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The share of pages where each expected metadata field is reproduced: title and siteName exactly after
 * white-space collapse, byline compatible with the extracted authors ({@link Bylines}), publishedTime on the
 * same calendar date; lang and excerpt are reported too.
 */
final class MetadataScorer implements Scorer {

  private record Field(String truth, String figure, Function<Article, Optional<String>> extracted,
      BiPredicate<String, Article> matches) {}

  private static final List<Field> FIELDS = List.of(
      new Field("title", "title", Article::title, (t, a) -> equalCollapsed(t, a.title())),
      new Field("byline", "byline", a -> Optional.of(names(a)),
          (t, a) -> Bylines.compatible(t, a.authors().stream().map(Author::name).toList())),
      new Field("siteName", "siteName", Article::siteName, (t, a) -> equalCollapsed(t, a.siteName())),
      new Field("publishedTime", "publishedTime", a -> a.publishedAt().map(Object::toString),
          (t, a) -> a.publishedAt().map(p -> t.startsWith(p.toLocalDate().toString())).orElse(false)),
      new Field("lang", "lang", a -> a.language().map(Locale::toLanguageTag),
          (t, a) -> a.language().map(l -> l.toLanguageTag().equalsIgnoreCase(t.strip())).orElse(false)),
      new Field("excerpt", "excerpt", Article::description, (t, a) -> equalCollapsed(t, a.description())));

  @Override
  public Report score(String corpus, List<Extraction> extractions) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    FIELDS.forEach(f -> counts.put(f.figure(), new int[2]));
    List<ObjectNode> details = new ArrayList<>();
    for (Extraction x : extractions) {
      ObjectNode detail = Scorer.detail(x);
      for (Field field : FIELDS) {
        Optional<String> expected = x.page().text(field.truth());
        if (expected.isEmpty()) {
          continue;
        }
        boolean ok = x.article().map(a -> field.matches().test(expected.get(), a)).orElse(false);
        int[] c = counts.get(field.figure());
        c[1]++;
        if (ok) {
          c[0]++;
        }
        ObjectNode f = detail.putObject(field.figure()).put("expected", expected.get()).put("ok", ok);
        x.article().flatMap(field.extracted()).ifPresent(v -> f.put("found", v));
      }
      details.add(detail);
    }
    List<Figure> figures = new ArrayList<>();
    counts.forEach((name, c) -> figures.add(Figure.share(name, c[0], c[1])));
    return new Report(corpus, extractions.size(), Scorer.errors(extractions), figures, details);
  }

  static boolean equalCollapsed(String expected, Optional<String> found) {
    return found.map(f -> Snippets.collapse(f).equals(Snippets.collapse(expected))).orElse(false);
  }

  static String names(Article article) {
    return String.join("; ", article.authors().stream().map(Author::name).toList());
  }
}
