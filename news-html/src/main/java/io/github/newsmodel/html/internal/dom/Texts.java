package io.github.newsmodel.html.internal.dom;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** White-space handling for text read from pages. */
public final class Texts {
  private static final Pattern SPACES = Pattern.compile("[\\s\\h\\u200b]+");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
  /**
   * Characters a reader does not see: soft hyphens, word joiners, byte order marks, and the control characters
   * other than white space, which a browser does not show and a page holds only by mistake.
   */
  private static final Pattern INVISIBLE = Pattern.compile(
      "[\\u00ad\\u2060\\ufeff\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f]");

  private Texts() {}

  /**
   * Collapses every run of white space, including no-break spaces, into one space, drops the characters a
   * browser does not show (soft hyphens, which it prints only where it breaks a line, word joiners, byte order
   * marks and control characters) and trims the ends.
   *
   * @param text the text
   * @return the normalised text, possibly empty
   */
  public static String normalise(String text) {
    return SPACES.matcher(visible(text)).replaceAll(" ").trim();
  }

  /**
   * The text without the characters a browser does not show: soft hyphens, word joiners, byte order marks and
   * control characters other than white space.
   *
   * @param text the text
   * @return the text as a reader sees it, white space untouched
   */
  public static String visible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00ad' || c == '\u2060' || c == '\ufeff' || c < ' ' && c != '\t' && c != '\n' && c != '\r'
          && c != '\f' || c >= '\u007f' && c <= '\u009f') {
        return INVISIBLE.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  /**
   * The normalised text, if not blank.
   *
   * @param text the text
   * @return the normalised text, or empty if nothing but white space is left
   */
  public static Optional<String> nonBlank(String text) {
    String t = normalise(text);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /**
   * The normalised text of an element that the page holds whole.
   *
   * @param element the element, or null
   * @return its normalised text; empty if the element is null, blank or cut off by a truncated page
   */
  public static Optional<String> completeText(Element element) {
    if (element == null || !Cutoff.complete(element)) {
      return Optional.empty();
    }
    return nonBlank(element.text());
  }

  /**
   * The normalised text of an element if it is short, without reading more of a long element than needed: a
   * cheap test for elements such as bylines and date lines, which are short, against containers, which are not.
   *
   * @param element the element
   * @param maxLength the longest text to accept, in characters with white space collapsed
   * @return the normalised text; empty if blank or longer than {@code maxLength}
   */
  public static Optional<String> shortText(Element element, int maxLength) {
    StringBuilder out = new StringBuilder();
    boolean[] tooLong = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
          if (out.length() > maxLength) {
            tooLong[0] = true;
            return FilterResult.STOP;
          }
        } else if (node instanceof Element e && e != element && (e.isBlock() || e.normalName().equals("br"))) {
          out.append(' ');
        }
        return FilterResult.CONTINUE;
      }
    }, element);
    if (tooLong[0]) {
      return Optional.empty();
    }
    return nonBlank(out.toString());
  }

  /**
   * The white-space separated tokens of a text, such as the classes of a {@code class} attribute.
   *
   * @param text the text
   * @return the tokens; none if the text is blank
   */
  public static String[] tokens(String text) {
    String t = text.trim();
    return t.isEmpty() ? new String[0] : SPACE_RUN.split(t);
  }
}
