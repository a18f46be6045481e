package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>So with a place in a part of its own after a full name: {@code <span class="author">María López</span><span
 * class="place">Madrid</span>}, "María López<br>Madrid" read as "María López Madrid" made one name of three words;
 * with the comma, the place is read as after a mark ({@link AuthorNames#hasAPlacesShape}) and dropped.
 */
final class BylineRoleParts {
  /** The classes of an element that holds a part of a name: hCard's "family-name", "last-name", "surname". */
  private static final Pattern NAME_PART = Pattern.compile("(?i)name|surname|nachname");
  private BylineRoleParts() {}

  /**
   * The byline's text with a comma before each part that is a role, or a place after a full name, and stands apart in
   * the markup: a text that opens an element inside the byline or follows an element or a line break.
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
    // 1 while the last part read is the byline's first that ends with a full name, 2 after it, 0 before
    int[] afterName = {0};
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof TextNode t) {
        String part = Texts.normalise(t.getWholeText());
        if (part.isEmpty()) {
          return FilterResult.CONTINUE;
        }
        boolean opens = opensAPart(t, byline);
        if (opens && (AuthorNames.namesARole(part) || afterName[0] == 1 && isPlace(t, part))) {
          roles.add(part);
        }
        afterName[0] = afterName[0] > 0 ? 2 : endsWithFullName(part) ? 1 : 0;
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

  /**
   * Whether a part right after the byline's first part that ends with a full name is the place the writer writes
   * from: one capitalised word, words in capitals or a place's shape ({@link AuthorNames#hasAPlacesShape}). Only
   * that part: further on, a byline's block may hold a date and sharing buttons ("Facebook", "Whats App",
   * "Reddit"), whose words are no names and no places. A part in an element whose class calls it a name's
   * ("family-name", "last-name", "surname") is the rest of the name, as hCard sets a surname apart.
   */
  private static boolean isPlace(TextNode t, String part) {
    return AuthorNames.hasAPlacesShape(part)
        && !(t.parent() != null && NAME_PART.matcher(t.parent().className()).find());
  }

  /** Whether a part ends with a full name of two words or more: "María López", "Von Jane Roe". */
  private static boolean endsWithFullName(String part) {
    if (part.indexOf(' ') < 0 || AuthorNames.LONE_LABEL.matches(part)) {
      return false; // one word, a first name or a surname; or a label ("Written By"), which the name follows
    }
    Matcher name = PageAuthors.FULL_NAME.matcher(part);
    return name.find() && name.end() == part.length() && name.group().indexOf(' ') > 0;
  }

  /** Whether a text node opens an element inside the byline, or follows an element or a line break. */
  private static boolean opensAPart(TextNode t, Element byline) {
    Node before = t.previousSibling();
    return before != null ? before instanceof Element : t.parent() != byline;
  }
}
