package io.github.newsmodel.bench.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Comment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The trafilatura evaluation: {@code with} snippets must be in the body and {@code without} snippets must not;
 * {@code comments} snippets must be in the comments (each one's author and text, as {@link Extraction#commentText}
 * joins them) and not in the body; author and title must match exactly.
 * Tags and categories, which the trafilatura set annotates on some pages but does not score, are scored here too, as
 * newsmodel's own figures: the tags as sets (F1 over all annotated pages, ignoring case), and the section as right
 * when it is one of the page's annotated categories.
 * Two figures have no truth behind them and only watch the structure of what is found: the shares of extracted
 * comments that carry an author and a time.
 */
final class SnippetScorer implements Scorer {

  @Override
  public Report score(String corpus, List<Extraction> extractions) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    long commentSnippets = 0;
    long commentsFound = 0;
    long commentsInBody = 0;
    long withoutSnippets = 0;
    long withoutInComments = 0;
    int authorPages = 0;
    int authorRight = 0;
    int titlePages = 0;
    int titleRight = 0;
    int datePages = 0;
    long extractedComments = 0;
    long commentsWithAuthor = 0;
    long commentsWithTime = 0;
    int dateRight = 0;
    long tagsRight = 0;
    long tagsFound = 0;
    long tagsExpected = 0;
    int categoryPages = 0;
    int categoryRight = 0;
    List<ObjectNode> details = new ArrayList<>();
    for (Extraction x : extractions) {
      String body = Snippets.collapse(x.bodyText());
      String comments = Snippets.collapse(x.commentText());
      ObjectNode detail = Scorer.detail(x);
      ArrayNode missed = detail.putArray("withMissed");
      ArrayNode leaked = detail.putArray("withoutFound");
      for (String s : x.page().texts("with")) {
        if (Snippets.found(s, body)) {
          tp++;
        } else {
          fn++;
          missed.add(s);
        }
      }
      for (String s : x.page().texts("without")) {
        withoutSnippets++;
        if (Snippets.found(s, body)) {
          fp++;
          leaked.add(s);
        } else {
          tn++;
        }
        if (Snippets.found(s, comments)) {
          withoutInComments++;
        }
      }
      ArrayNode commentsMissed = detail.putArray("commentsMissed");
      ArrayNode commentsLeaked = detail.putArray("commentsInBody");
      for (String s : x.page().texts("comments")) {
        commentSnippets++;
        if (Snippets.found(s, comments)) {
          commentsFound++;
        } else {
          commentsMissed.add(s);
        }
        if (Snippets.found(s, body)) {
          commentsInBody++;
          commentsLeaked.add(s);
        }
      }
      for (Comment c : x.article().map(Article::comments).orElse(List.of())) {
        extractedComments++;
        commentsWithAuthor += c.author().isPresent() ? 1 : 0;
        commentsWithTime += c.publishedAt().isPresent() ? 1 : 0;
      }
      Optional<String> author = x.page().text("author");
      if (author.isPresent()) {
        authorPages++;
        String found = x.article().map(MetadataScorer::names).orElse("");
        boolean ok = Snippets.collapse(found).equals(Snippets.collapse(author.get()));
        authorRight += ok ? 1 : 0;
        detail.putObject("author").put("expected", author.get()).put("found", found).put("ok", ok);
      }
      Optional<String> title = x.page().text("title");
      if (title.isPresent()) {
        titlePages++;
        boolean ok = x.article().map(a -> MetadataScorer.equalCollapsed(title.get(), a.title())).orElse(false);
        titleRight += ok ? 1 : 0;
        detail.putObject("title").put("expected", title.get())
            .put("found", x.article().flatMap(a -> a.title()).orElse("")).put("ok", ok);
      }
      Optional<String> date = x.page().text("date");
      if (date.isPresent()) {
        datePages++;
        Optional<String> day = DateScorer.publishedDay(x).map(Object::toString);
        boolean ok = day.map(d -> date.get().startsWith(d)).orElse(false);
        dateRight += ok ? 1 : 0;
        detail.putObject("date").put("expected", date.get()).put("found", day.orElse("")).put("ok", ok);
      }
      List<String> tags = x.page().texts("tags");
      if (!tags.isEmpty()) {
        Set<String> expected = keys(tags);
        Set<String> found = keys(x.article().map(Article::tags).orElse(List.of()));
        tagsExpected += expected.size();
        tagsFound += found.size();
        tagsRight += found.stream().filter(expected::contains).count();
        detail.putObject("tags").put("expected", String.join("; ", tags)).put("found", String.join("; ", found));
      }
      List<String> categories = x.page().texts("categories");
      if (!categories.isEmpty()) {
        categoryPages++;
        Optional<String> section = x.article().flatMap(Article::section);
        boolean ok = section.map(s -> keys(categories).contains(key(s))).orElse(false);
        categoryRight += ok ? 1 : 0;
        detail.putObject("category").put("expected", String.join("; ", categories))
            .put("found", section.orElse("")).put("ok", ok);
      }
      details.add(detail);
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    return new Report(corpus, extractions.size(), Scorer.errors(extractions), List.of(
        new Figure("f1", f1, "TP " + tp + ", FP " + fp + ", FN " + fn + ", TN " + tn),
        Figure.share("precision", tp, tp + fp),
        Figure.share("recall", tp, tp + fn),
        Figure.share("comments.found", commentsFound, commentSnippets),
        Figure.share("comments.inBody", commentsInBody, commentSnippets),
        Figure.share("comments.withoutFound", withoutInComments, withoutSnippets),
        Figure.share("author", authorRight, authorPages),
        Figure.share("title", titleRight, titlePages),
        Figure.share("date", dateRight, datePages),
        new Figure("tags.f1", tagsExpected + tagsFound == 0 ? 0 : 2.0 * tagsRight / (tagsExpected + tagsFound),
            "right " + tagsRight + ", found " + tagsFound + ", expected " + tagsExpected),
        Figure.share("category", categoryRight, categoryPages),
        Figure.share("comments.withAuthor", commentsWithAuthor, extractedComments),
        Figure.share("comments.withTime", commentsWithTime, extractedComments)), details);
  }

  /** The tags as compared: white space collapsed, case ignored. */
  private static Set<String> keys(List<String> tags) {
    Set<String> out = new LinkedHashSet<>();
    tags.forEach(t -> out.add(key(t)));
    return out;
  }

  private static String key(String tag) {
    return Snippets.collapse(tag).toLowerCase(Locale.ROOT);
  }
}
