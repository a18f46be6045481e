package io.github.newsmodel.html.internal.dom;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** White-space handling for text read from pages. */
public final class Texts {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u200b]+");
  /** Characters a reader does not see: soft hyphens, word joiners and byte order marks. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u2060\\ufeff]");

  private Texts() {}

  /**
   * Collapses every run of white space, including no-break spaces, into one space, drops invisible characters
   * (soft hyphens, word joiners) and trims the ends.
   *
   * @param text the text
   * @return the normalised text, possibly empty
   */
  public static String normalise(String text) {
    String visible = text.indexOf('\u00ad') >= 0 || text.indexOf('\u2060') >= 0 || text.indexOf('\ufeff') >= 0
        ? INVISIBLE.matcher(text).replaceAll("") : text;
    return SPACES.matcher(visible).replaceAll(" ").trim();
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
}
