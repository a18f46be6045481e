package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * A comment that says in words which earlier comment it answers, with a link to it, replies to that comment, on
 * pages whose markup does not nest or mark replies:
 *
 * <ul>
 *   <li>Movable Type since 4.2: "Moira replied to {@code <a href="#comment-9931">comment from Fergus</a>}", in
 *       every language it was translated to ("hat auf den ... geantwortet", "respondió al", "en réponse au");
 *   <li>WordPress themes and plugins of flat comment lists: "in reply to {@code <a href="#comment-12">Ann</a>}",
 *       "@{@code <a href="#comment-12">Ann</a>}";
 *   <li>Drupal since 8, where a theme does not indent replies: its visually hidden "In reply to {@code <a
 *       href="/comment/12#comment-12">Title</a>} by Ann".
 *   <li>Zeit Online, whose replies under a comment are its siblings, and each holds a form that leads to its parent
 *       ({@code action="...#cid-12"}) with the button "Antwort auf #1 von Ann".
 *   <li>1C-Bitrix's blog, whose flat list of comments gives a reply the link to its parent in a box classed
 *       {@code blog-comment-parent}, whatever its words.
 * </ul>
 *
 * <p>The words must stand right before the link, or open its text, or, where a language puts them last
 * ("geantwortet", "への返信"), right after it, so that a link to another comment in what a reader wrote ("as
 * {@code <a href="#comment-12">Ann</a>} said") makes no reply. The link's fragment
 * must name a comment above this one: its id ({@code comment-9931}) or, as older templates anchor comments with
 * {@code <a name="c009931">}, the same number.
 */
final class ReplyLinks {
  /** The words that say which comment a comment answers, before what names that comment: "in reply to". */
  static final String WORDS = "replied to|in reply to|"
      + "reply to|replying to|in response to|responding to|als antwort auf|antwort auf|antwortete auf|"
      + "hat auf den|respondió al?|en respuesta al?|en réponse (?:au|à)|a répondu à|répondant à|"
      + "reageerde op|als antwoord op|antwoord op|in risposta a|risposta a|w odpowiedzi na|odpowiedź na|"
      + "в ответ на|ответ на|у відповідь на|відповідь на|vastauksena|vastaus";
  /** Words before a link to the comment answered, at the end of the text before it. */
  private static final Pattern BEFORE = Pattern.compile("(?iu)(?:^|[\\s(\\[|,;:—–-])(?:" + ReplyLinks.WORDS
      + ")\\s*$|(?:^|\\s)@$");
  /** Words that open the link's text: "in reply to Ann", "@Ann", "Antwort auf Ann". */
  private static final Pattern OPENING = Pattern.compile("(?iu)^\\s*(?:@(?=\\S)|(?:replied to|in reply to|"
      + "reply to|replying to|in response to|antwort auf|en réponse (?:au|à)|en respuesta al?|in risposta a|"
      + "в ответ на|у відповідь на|vastauksena)\\s)");
  /** Words after the link that say it was answered: Movable Type's German and Japanese. */
  private static final Pattern AFTER = Pattern.compile("(?u)^\\s*(?:geantwortet|への返信)");
  /** How much of the text next to a link is read for the words. */
  private static final int WINDOW = 40;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /**
   * The links to another comment: a link, and a form whose action's fragment names the comment, whose button a
   * reader presses to go there ({@link #formSaysReply}).
   */
  private static final Evaluator LINKS = QueryParser.parse("a, form");
  /** A form that is a button to the comment answered holds its label and nothing more, this short at most. */
  private static final int MAX_FORM_TEXT = 120;

  private ReplyLinks() {}

  /**
   * Gives each comment without a parent the earlier comment its reply link names.
   *
   * @param units the page's comments, in page order
   */
  static void apply(List<Unit> units) {
    Map<Element, Unit> byRoot = Unit.byRoot(units);
    Map<String, Unit> seen = new HashMap<>();
    for (Unit u : units) {
      if (u.parent == null) {
        Unit parent = linked(u, byRoot, seen);
        if (parent != null) {
          u.parent = parent;
        }
      }
      u.pageId().ifPresent(id -> {
        seen.putIfAbsent(id, u);
        Matcher m = DIGITS.matcher(id);
        if (m.find()) {
          seen.putIfAbsent("#" + number(m.group()), u);
        }
      });
    }
  }

  private static @Nullable Unit linked(Unit u, Map<Element, Unit> byRoot, Map<String, Unit> seen) {
    if (seen.isEmpty()) {
      return null;
    }
    for (Element part : u.parts) {
      for (Element a : part.select(LINKS)) {
        boolean form = a.normalName().equals("form");
        String href = a.attr(form ? "action" : "href");
        int hash = href.indexOf('#');
        if (hash < 0 || hash == href.length() - 1 || inOtherComment(a, part, u, byRoot)) {
          continue;
        }
        Unit target = target(href.substring(hash + 1), seen);
        if (target != null && target != u && (form ? formSaysReply(a) : saysReply(a))) {
          return target;
        }
      }
    }
    return null;
  }

  private static @Nullable Unit target(String fragment, Map<String, Unit> seen) {
    Unit byId = seen.get(fragment);
    if (byId != null) {
      return byId;
    }
    Matcher m = DIGITS.matcher(fragment);
    return m.find() && m.end() == fragment.length() ? seen.get("#" + number(m.group())) : null;
  }

  /** The number without its padding: Movable Type's anchor {@code c009931} is the comment {@code comment-9931}. */
  private static String number(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++; // the zeros before another digit, read without the regex that each call would compile
    }
    return digits.substring(i);
  }

  /** Whether the link lies in a comment nested in this one, whose links are that comment's. */
  private static boolean inOtherComment(Element a, Element part, Unit u, Map<Element, Unit> byRoot) {
    for (Element p = a; p != null && p != part; p = p.parent()) {
      Unit owner = byRoot.get(p);
      if (owner != null && owner != u) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a form that leads to an earlier comment is the button that names it: Zeit Online's {@code <form
   * action="#cid-12"><button>Antwort auf <strong>#1</strong> von <strong>Ann</strong></button></form>}, whose
   * short text opens with the words of a reply. A reply's own form holds a text box and more words.
   */
  private static boolean formSaysReply(Element form) {
    String text = form.text();
    return text.length() <= MAX_FORM_TEXT && OPENING.matcher(text).find();
  }

  private static boolean saysReply(Element a) {
    if (parentLink(a)) {
      return true;
    }
    String text = a.text();
    if (OPENING.matcher(text).find()) {
      return true;
    }
    String before = adjacentText(a.previousSibling(), true);
    if (!before.isEmpty() && BEFORE.matcher(before).find()) {
      return true;
    }
    String after = adjacentText(a.nextSibling(), false);
    return !after.isEmpty() && AFTER.matcher(after).find();
  }

  /**
   * Whether the link's box is classed as the link to the comment's parent: 1C-Bitrix's blog prints
   * {@code <span class="blog-comment-parent"><a href="#204">} under a reply, in whatever words the site's language
   * gives it. Asked only of a link to an earlier comment.
   */
  private static boolean parentLink(Element a) {
    Element box = a.parent();
    if (box == null || box.className().isEmpty()) {
      return false;
    }
    for (String c : box.classNames()) {
      String t = c.toLowerCase(Locale.ROOT);
      if (t.endsWith("comment-parent") || t.endsWith("comment_parent")) {
        return true;
      }
    }
    return false;
  }

  /** The end of the text right before a link, or the start of the text right after it, up to {@link #WINDOW}. */
  private static String adjacentText(@Nullable Node node, boolean before) {
    if (!(node instanceof TextNode t)) {
      return "";
    }
    String s = t.text();
    return before ? s.substring(Math.max(0, s.length() - WINDOW)) : s.substring(0, Math.min(s.length(), WINDOW));
  }
}
