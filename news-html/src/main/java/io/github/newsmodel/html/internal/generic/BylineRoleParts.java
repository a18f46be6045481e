package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * A byline that sets a person's role apart by its markup alone, in an element or on a line of its own beside the
 * name: {@code <span class="author">Jane Smith</span><span class="role">Europe Editor</span>}, "By Jane Smith<br>
 * Political Correspondent". Read as one text, the name and the role run together ("Jane Smith Europe Editor"), and
 * the reader of names cannot tell where the name ends; a comma where the role's part begins lets it read the role as
 * it reads one after a mark ({@link AuthorNames#namesARole}), which also keeps a name such as "Ann Reporter" that
 * follows no other name.
 */
final class BylineRoleParts {
  private BylineRoleParts() {}

  /**
   * The byline's text with a comma before each part that is a role and stands apart in the markup: a text that opens
   * an element inside the byline or follows an element or a line break.
   *
   * @param byline the byline element
   * @param text the byline's text, as {@link Texts#partsText} reads it
   * @return the text, with a comma before each such role that follows a word; the text itself if there is none
   */
  static String apart(Element byline, String text) {
    if (PageAuthors.elementChildren(byline) == 0) {
      return text; // one text node: no part stands apart
    }
    List<String> roles = new ArrayList<>();
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof TextNode t && opensAPart(t, byline)) {
        String part = Texts.normalise(t.getWholeText());
        if (!part.isEmpty() && AuthorNames.namesARole(part)) {
          roles.add(part);
        }
      }
      return FilterResult.CONTINUE;
    }, byline);
    String out = text;
    for (String role : roles) {
      int at = out.indexOf(' ' + role);
      // after a word: a part that follows a mark already, or opens the text, is left as it is
      if (at > 0 && (Character.isLetterOrDigit(out.charAt(at - 1)) || out.charAt(at - 1) == '.')) {
        out = out.substring(0, at) + ',' + out.substring(at);
      }
    }
    return out;
  }

  /** Whether a text node opens an element inside the byline, or follows an element or a line break. */
  private static boolean opensAPart(TextNode t, Element byline) {
    Node before = t.previousSibling();
    return before != null ? before instanceof Element : t.parent() != byline;
  }
}
