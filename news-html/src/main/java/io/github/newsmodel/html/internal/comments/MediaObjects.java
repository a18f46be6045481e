package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The comments of a threaded tree of Bootstrap's media objects, as django-comments-xtd's
 * {@code comment_tree.html} prints them: each comment a {@code li.media} (a reply a {@code div.media}) that opens
 * with its empty anchor {@code <a name="c12"></a>}, holds its {@code div.comment} of the header line and the text,
 * and after it, inside its {@code div.media-body}, its replies. The generic search finds the {@code div.comment}
 * alone, which holds no reply: the media object is the comment, and the one around it is the comment it replies to.
 */
final class MediaObjects {
  /** The anchor's name: "c" and the comment's number, as Django's comments link to it. */
  private static final Pattern ANCHOR = Pattern.compile("c\\d{1,12}");

  private MediaObjects() {}

  /**
   * Finds the comments of a tree of media objects.
   *
   * @param anchors the page's links that have a name ({@link NamedAnchors})
   * @return the comments in page order, each reply with its parent; none on other pages
   */
  static List<Unit> find(List<Element> anchors) {
    List<Unit> units = new ArrayList<>();
    Map<Element, Unit> byRoot = new IdentityHashMap<>();
    for (Element a : anchors) {
      // a cheap test first: few are a media object's opening anchor
      String name = a.attr("name");
      if (a.childNodeSize() > 0 || !ANCHOR.matcher(name).matches()) {
        continue;
      }
      Element media = a.parent();
      if (media == null || !media.hasClass("media") || media.firstElementChild() != a) {
        continue;
      }
      Unit u = new Unit(media);
      u.givenId = name;
      for (Element p = media.parent(); p != null && u.parent == null; p = p.parent()) {
        u.parent = byRoot.get(p);
      }
      byRoot.put(media, u);
      units.add(u);
    }
    return units;
  }
}
