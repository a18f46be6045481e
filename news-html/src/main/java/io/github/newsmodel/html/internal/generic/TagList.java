package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A page's tags as a reader would list them, from what its sources declare:
 *
 * <ul>
 *   <li>one declared value that holds commas or semicolons is a list, "Streaming, Forschung, NASA": sites that
 *       declare several tags give one {@code article:tag} each, and a tag of its own with a comma ("Roe, Jane") is
 *       then one of several;
 *   <li>a hashtag's "#" and the quotes around a tag are no part of it;
 *   <li>markers that a publishing system keeps for itself are no tags: Advance Local's "@river", "/article",
 *       Dow Jones's "HEADLINE|…", names in the snake case of code, "article_normal", keys and values such as
 *       "ssts:news:local" and "Lite:true", and filing labels such as Future's "Category: News"; Gannett's and
 *       Medium's "tag:" before a tag is no part of it;
 *   <li>each tag once, whatever its case.
 * </ul>
 */
final class TagList {
  /**
   * A marker of the publishing system: "@hp-top-stories", "/article", "FIRST_PUBLISH_HEADLINE|…", "smg2_world",
   * a key and its value ("ssts:news:local", Medium's "Lite:true"), and a value that names the kind of thing it is,
   * "Category: News", "Type: Video": the site's filing, not a tag.
   */
  private static final Pattern SYSTEM_MARKER = Pattern.compile("^[@/]|^[A-Z][A-Z0-9_]*\\||^[a-z0-9-]+(?:_[a-z0-9-]+)+$"
      + "|^(?i:category|categories|kategorie|catégorie|categoría|section|rubrik|type|channel|format)\\s*:"
      + "|^[A-Za-z]+:\\S");
  /** The label that some systems set before each tag, Gannett's "tag:Crime": the tag is what follows it. */
  private static final Pattern TAG_LABEL = Pattern.compile("^(?i:tag):\\s*");
  private static final Pattern LIST = Pattern.compile("[,;]");
  /** What stands around a tag without being part of it: a hashtag's sign, quotes. */
  private static final Pattern DECORATION = Pattern.compile("^[#\"'„“”«»‚‘’\\s]+|[\"'“”«»‘’\\s]+$");

  private TagList() {}

  /**
   * Cleans the tags of one source.
   *
   * @param declared the values as the source gives them, in its order
   * @return the tags, each once, in the same order
   */
  static List<String> of(List<String> declared) {
    List<String> values = declared.size() == 1 ? List.of(LIST.split(declared.get(0))) : declared;
    Map<String, String> out = new LinkedHashMap<>();
    for (String value : values) {
      String tag = withoutLabel(withoutDecoration(Texts.normalise(value)));
      // every branch of the marker starts at the start: looking there alone is what a find does
      if (!tag.isEmpty() && !SYSTEM_MARKER.matcher(tag).lookingAt()) {
        out.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The tag without its {@link #DECORATION}, which stands at its ends: a tag whose first and last characters are
   * none of its characters nor a line's end, before which its end also matches, has none, and most tags need no
   * matcher.
   */
  private static String withoutDecoration(String tag) {
    if (!tag.isEmpty() && "#\"'„“”«»‚‘’ \t\n\u000b\f\r".indexOf(tag.charAt(0)) < 0
        && "\"'“”«»‘’ \t\n\u000b\f\r\u0085\u2028\u2029".indexOf(tag.charAt(tag.length() - 1)) < 0) {
      return tag;
    }
    return DECORATION.matcher(tag).replaceAll("");
  }

  /** The tag without the {@link #TAG_LABEL} it starts with, if it does: "tag:" in ASCII letters of any case. */
  private static String withoutLabel(String tag) {
    return tag.regionMatches(true, 0, "tag:", 0, 4) ? TAG_LABEL.matcher(tag).replaceFirst("") : tag;
  }
}
