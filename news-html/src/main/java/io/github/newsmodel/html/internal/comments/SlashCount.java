package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The number of comments a Slash story declares beside its links, which no heading of the comment section holds.
 * The table layout, before 2006, prints it in the bar above the comments, "Title | Top | <B>5</B> comments |
 * Search Discussion"; the later markup in the story's links, {@code <div class="storylinks"><ul><li
 * class="comments"><a>4 comments</a>}. Many blogs class an item {@code comments} too, so only a Slash story's
 * {@code storylinks} are read, and the bar only on a page whose comments are in the table layout. PHP-Nuke's
 * navigation bar, which copied Slash's, prints it alike ({@link NukeNavbar}).
 */
final class SlashCount {
  private static final Evaluator STORY_LINK = QueryParser.parse("div.storylinks li.comments > a");
  private static final Set<String> ITEM = Set.of("li");
  /** The bit of the page's class words that "comment" sets: {@link PageWords#COMMENT_CLASS}. */
  private static final int COMMENT_CLASS = PageWords.COMMENT_CLASS.bit();
  /** "4 comments", "1 comment". */
  private static final Pattern LINK = Pattern.compile("(?i)^(\\d{1,7})\\s+comments?$");
  /** The bold number of the bar. */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");
  /** What follows the bold number in the bar: " comments", then the next link's bar. */
  private static final Pattern AFTER_BOLD = Pattern.compile("(?i)^\\s*comments?\\s*(?:\\|.*)?$");

  private SlashCount() {}

  /**
   * The count a Slash story's page declares.
   *
   * @param elements the page's elements
   * @param tables whether the page's comments are in Slash's table layout
   * @return the count, if the page declares one in either layout
   */
  static OptionalInt find(PageElements elements, boolean tables) {
    OptionalInt linked = hasCommentsItem(elements) ? storyLinks(elements) : OptionalInt.empty();
    if (linked.isPresent()) {
      return linked;
    }
    if (tables) {
      for (Element b : elements.byTag("b")) {
        String n = b.text().strip();
        Node next = b.nextSibling();
        if (NUMBER.matcher(n).matches() && next instanceof TextNode t
            && AFTER_BOLD.matcher(Texts.normalise(t.text())).matches()) {
          return OptionalInt.of(Integer.parseInt(n));
        }
      }
    }
    return OptionalInt.empty();
  }

  /** The count in the story's links, "4 comments". */
  private static OptionalInt storyLinks(PageElements elements) {
    Element root = elements.all().get(0);
    for (Element a : elements.byTag("a")) {
      if (!inCommentsItem(a) || !STORY_LINK.matches(root, a)) {
        continue;
      }
      Matcher m = LINK.matcher(Texts.normalise(a.text()).strip());
      if (m.matches()) {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Whether the page has an item classed {@code comments}, whose links {@link #STORY_LINK} may find: most pages have
   * none, and their links are not read. Such an item's class holds "comment" in some case (no other character
   * matches these letters ignoring case), which the page's class words ({@link PageWords#COMMENT_CLASS}) tell
   * for each distinct class, so the walk reads no element but those items.
   */
  private static boolean hasCommentsItem(PageElements elements) {
    boolean[] items = elements.tagsIn(ITEM);
    for (int i = 0, n = elements.all().size(); i < n; i++) {
      if (items[elements.tagId(i)] && (elements.classWords(i) & COMMENT_CLASS) != 0
          && elements.all().get(i).hasClass("comments")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a link's parent is an item classed {@code comments}, as {@link #STORY_LINK} asks first: the links of a
   * page are ruled out by a look at their parent, which is cheaper than jsoup's evaluation of the whole query.
   */
  private static boolean inCommentsItem(Element a) {
    Element item = a.parent();
    return item != null && item.normalName().equals("li") && item.hasClass("comments");
  }
}
