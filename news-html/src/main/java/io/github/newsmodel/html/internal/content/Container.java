package io.github.newsmodel.html.internal.content;

import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article: the one whose running text, less a penalty for the link text and
 * short texts it also holds, is the largest.
 *
 * <p>An element named as the article's holder ({@code <article>}, {@code itemprop=articleBody}, a class such as
 * {@code entry-content}) gets a bonus in proportion to its running text, so that among near-equal candidates the
 * one the page itself names wins. On a tie the innermost element wins, since the outer one adds nothing.
 */
final class Container {
  /** What a character of link text or of a mostly-link block costs, in characters of running text. */
  static final double JUNK_COST = 0.7;
  /** What a character of short text (bylines, dates, labels) costs. */
  static final double NEUTRAL_COST = 0.3;
  /**
   * What a character of furniture costs. The reader leaves furniture out, so enclosing it costs little; but a
   * container that encloses much of it is likely to enclose furniture that was not recognised, too.
   */
  static final double FURNITURE_COST = 0.5;
  /**
   * The least running text of an article, in characters other than white space: about two sentences. A page
   * with less (a home page of teasers, an error page, a login wall) has no body, unless the page names the text
   * as the article's ({@link #MIN_NAMED_BODY}).
   */
  static final int MIN_BODY = 100;
  /**
   * The least running text of an article that the page names as such ({@code itemprop=articleBody}): a sentence
   * of some length, as a brief may be. A kicker or a line such as "Das perfekte Steak | von" in an element so named
   * is shorter.
   */
  static final int MIN_NAMED_BODY = 60;
  /** The bonus of an element that the page names as the article's holder, as a share of its running text. */
  static final double HOLDER_BONUS = 0.1;

  private Container() {}

  /**
   * Chooses the container.
   *
   * @param measures the page's measures
   * @return the element, or empty if the page holds less than {@link #MIN_BODY} of running text outside its
   *     furniture and teasers
   */
  static Optional<Element> choose(PageMeasures measures) {
    int best = -1;
    double bestScore = 0;
    for (int i = 0, n = measures.size(); i < n; i++) {
      if (!measures.measured(i) || measures.excluded(i) || measures.insideExcluded(i) || measures.insideTeaser(i)
          || measures.teaser(i) || measures.good(i) == 0) {
        continue;
      }
      int good = measures.good(i);
      double score = good - JUNK_COST * measures.junk(i) - NEUTRAL_COST * measures.neutral(i)
          - FURNITURE_COST * measures.furniture(i);
      // The bonus, worked out as it is added, is the most an element can gain: one that scores less with it than
      // the best so far is not asked whether it holds the article, which reads its attributes.
      double withBonus = score + HOLDER_BONUS * good;
      if (withBonus < bestScore) {
        continue;
      }
      if (Boilerplate.articleHolder(measures.element(i), measures.words(i))) {
        score = withBonus;
      }
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    Element chosen = measures.element(best);
    if (measures.good(best) < (namedArticleBody(chosen) ? MIN_NAMED_BODY : MIN_BODY)) {
      return Optional.empty(); // a label or a line of a form, not an article: an error page, a login wall
    }
    return Optional.of(chosen);
  }

  /**
   * Whether the element is, or is inside, the one the page names as the article's text with Microdata's
   * {@code itemprop=articleBody}: a brief is an article however short, when the page says so.
   */
  private static boolean namedArticleBody(Element e) {
    for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
      if (Boilerplate.articleBodyProperty(p)) {
        return true;
      }
    }
    return false;
  }
}
