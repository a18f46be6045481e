package io.github.newsmodel.html.internal.dom;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The words an element names itself with: its {@code id} and {@code class}, the strongest hint markup gives of
 * what an element is ({@code comment-list}, {@code article-body}, {@code sidebar}).
 */
public final class Names {
  /** Classes of a state or a feature, which say nothing about what the element is. */
  private static final Pattern STATE = Pattern.compile(
      "(?:^|\\s)(?:(?:has|no|with|without|is|show|hide|enable|disable)-\\S*|\\S*-(?:enabled|disabled|open|closed|"
      + "active|inactive|on|off|allowed))(?=\\s|$)");

  private Names() {}

  /**
   * The element's id and classes, lower-cased and separated by a space, without the classes that tell a state or
   * a feature rather than what the element is: {@code has-sidebar}, {@code sd-sharing-enabled},
   * {@code comments-open}.
   *
   * @param e the element
   * @return the names; empty if the element has neither id nor class
   */
  public static String of(Element e) {
    String id = e.id();
    String classes = e.className();
    if (id.isEmpty() && classes.isEmpty()) {
      return "";
    }
    String all = (id + " " + classes).toLowerCase(Locale.ROOT).trim();
    return STATE.matcher(all).find() ? STATE.matcher(all).replaceAll(" ").trim() : all;
  }
}
