package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The navigation bar PHP-Nuke prints above a story's comments ({@code navbar} in {@code modules/News/comments.php}):
 * "\"Title\" | Login/Create an Account | <B>5</B> comments | Search Discussion", the form of the threshold, the
 * display mode and the order, and "The comments are owned by the poster. We aren't responsible for their
 * content." None of it is the story's text. Its count is read as Slash's bar's is ({@link SlashCount}).
 */
final class NukeNavbar {
  /** The bar's table and the boxes around it hold this much text at most: more is the page around them. */
  private static final int MAX_TEXT = 1000;

  private NukeNavbar() {}

  /**
   * The outermost table around the bar's threshold form that holds nothing else: no table but those around the
   * form, as the bar's own and {@code OpenTable()}'s two around it are. A table that holds another, the story's or a
   * block's or a comment's, is the page's layout around the bar, however little text a short story leaves in it.
   *
   * @param elements the page's elements
   * @return the bar, if the page has a comment threshold's form
   */
  static Optional<Element> find(PageElements elements) {
    for (Element select : elements.byTag("select")) {
      if (!select.attr("name").equals("thold")) {
        continue;
      }
      Element bar = null;
      int around = 0; // the tables from the form up to this one
      for (Element p = select.parent(); p != null; p = p.parent()) {
        if (p.normalName().equals("table")) {
          around++;
          if (p.text().length() > MAX_TEXT || p.getElementsByTag("table").size() > around) {
            break;
          }
          bar = p;
        }
      }
      return Optional.ofNullable(bar);
    }
    return Optional.empty();
  }
}
