package io.github.newsmodel.html.internal.generic;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the parts of a page that are not the article's own: reader comments, related and recommended articles,
 * sidebars, navigation and the page footer. A byline or a date found there belongs to a comment or to another
 * article, never to this one.
 */
final class PageRegions {
  private static final Pattern OTHER = Pattern.compile("(?i)(?:^|[\\s_-])(?:comments?|commentlist|respond|replies"
      + "|reply|discussion|disqus|related|recommend\\w*|sidebar|widget\\w*|teaser\\w*|popular|trending|newsletter"
      + "|breadcrumbs?|navbar|nav|menu|promo\\w*|advert\\w*|more-\\w+|also-\\w+|read-?more|latest|most-\\w+"
      + "|pingbacks?|trackbacks?)(?:$|[\\s_-])");
  private static final Pattern FOOTER = Pattern.compile("(?i)(?:^|[\\s_-])footer(?:$|[\\s_-])");

  private PageRegions() {}

  /**
   * Whether an element lies in a part of the page that is not the article's own.
   *
   * @param element the element
   * @return true if it or an ancestor is a comment section, a list of other articles, a sidebar, navigation or the
   *     page footer
   */
  static boolean inOtherContent(Element element) {
    boolean inFooter = false;
    for (Element e = element; e != null; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main")) {
        inFooter = false; // the article's own footer, which holds its date and byline
      } else if (tag.equals("footer") || FOOTER.matcher(e.className()).find()) {
        inFooter = true;
      }
      if (tag.equals("nav") || tag.equals("aside") || isOther(e)) {
        return true;
      }
    }
    return inFooter;
  }

  private static boolean isOther(Element e) {
    String cls = e.className();
    if (!cls.isEmpty() && OTHER.matcher(cls).find()) {
      return true;
    }
    String id = e.id();
    return !id.isEmpty() && OTHER.matcher(id).find();
  }
}
