package io.github.newsmodel.html.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The one story of the page where the chosen container holds several: a site that loads the next story below the
 * first as the reader scrolls, saved after it did, shows two {@code <article>}s, each with its headline, byline and
 * date. The container that holds both has the most text, but the page's title names one of them, and that one is
 * the article. Only stories that each have a headline count, so that comments marked up as {@code <article>}s
 * (WordPress's {@code article.comment-body}) never narrow the text to one of them.
 */
final class OneStory {
  private OneStory() {}

  /**
   * The story among the container's that the title names, if the container holds several.
   *
   * @param container the element chosen for its text
   * @param articles the page's {@code <article>} elements in document order, as the page's list of elements has
   *     them (no walk of the container is needed to find them)
   * @param title the article's title, if known
   * @return the story the title names; empty if the container holds fewer than two stories, or the title names
   *     none of them, or more than one
   */
  static Optional<Element> named(Element container, List<Element> articles, Optional<String> title) {
    if (title.isEmpty() || articles.size() < 2) {
      return Optional.empty();
    }
    List<Element> stories = outermost(articles, container);
    if (stories.size() < 2) {
      return Optional.empty();
    }
    String wanted = Tidy.key(title.get());
    Element named = null;
    for (Element story : stories) {
      Element headline = story.selectFirst("h1, h2");
      if (headline == null) {
        return Optional.empty(); // not a page of stories, each with its headline
      }
      if (Tidy.key(headline.text()).equals(wanted)) {
        if (named != null) {
          return Optional.empty();
        }
        named = story;
      }
    }
    return Optional.ofNullable(named);
  }

  /** The articles within the container that no other article within it holds. */
  private static List<Element> outermost(List<Element> articles, Element container) {
    List<Element> outer = new ArrayList<>();
    for (Element a : articles) {
      boolean nested = false;
      Element p = a.parent();
      for (; p != null && p != container; p = p.parent()) {
        nested |= p.normalName().equals("article");
      }
      if (p == container && !nested) { // within the container, and held by no other article there
        outer.add(a);
      }
    }
    return outer;
  }
}
