package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.NameRegex;
import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * The badges that comment sections print beside a commenter's name: the state of the account ("Bob (verified)",
 * "Dave ✓", "Carol · Subscriber", "Top-Kommentator", "Premium") and the commenter's role ("Frank [Autor]", "Grace
 * (Redaktion)", "Eve Moderator"). A badge is no part of the name, and no name on its own.
 *
 * <p>A badge is told in two ways. An element inside the name's line that is named as one ({@code span.badge},
 * Coral's {@code coral-userTag}, {@code span.role}), or whose whole text is one of the words below, is left out of
 * the line whatever it says. In the line's plain text only known words count, and only where no name can end so:
 *
 * <ul>
 *   <li>the state of an account ({@link #STATUS}: verified, subscriber, premium, top commenter, moderator) after
 *       the name, set off by a space, brackets or a mark ("·", "|", a dash): no surname is "Verified" or
 *       "Moderator";
 *   <li>a role ({@link #ROLE}: author, Redaktion, admin, team, guest...) only in brackets or after a mark: "Grace
 *       (Redaktion)", "Frank · Autor". After a plain space the word may be the name's ("Stadtblatt Redaktion", the
 *       newsroom's account), and a role alone is the name of an account ("Admin", "Redaktion") and stays one;
 *   <li>a check mark ("✓", "✔", "☑", "✅") at the end.
 * </ul>
 *
 * <p>A state alone ("Abonnent", "Premium", "(verified)") names no one ({@link #only}).
 */
final class CommenterBadges {
  /**
   * The state of a reader's account, which no one is named: Drupal's "(not verified)" in the languages its sites
   * are most written in, verified, subscriber, premium, top commenter and moderator in the languages comment
   * sections are most written in.
   */
  private static final String STATUS = "not verified|nicht überprüft|nicht verifiziert|non vérifié|no verificado|"
      + "não verificado|non verificato|niet geverifieerd|niezweryfikowany|не проверено|ei varmennettu|ej verifierad|"
      + "verified|verified (?:user|account|commenter)|verifiziert|verifizierter? (?:nutzer|nutzerin|user|leser|"
      + "leserin)|vérifié|vérifiée|verificado|verificada|verificato|verificata|geverifieerd|vahvistettu|"
      + "subscriber|premium subscriber|(?:premium-|plus-|digital-)?abonnent|(?:premium-|plus-|digital-)?abonnentin|"
      + "abonné|abonnée|suscriptor|suscriptora|abbonato|abbonata|abonnee|tilaaja|"
      + "premium|premium member|premium-mitglied|plus-mitglied|"
      + "top[- ]?kommentator|top[- ]?kommentatorin|top[- ]commenter|top[- ]contributor|top[- ]fan|"
      + "moderator|moderatorin|modérateur|modératrice|moderador|moderadora|moderatore|moderatrice|moderaattori";
  /** A commenter's role, which may also be the whole name of an account: "Admin", "Redaktion". */
  private static final String ROLE = "author|autor|autorin|auteur|autrice|autore|verfasser|verfasserin|op|"
      + "redaktion|editor|editorin|redakteur|redakteurin|rédaction|redacción|redazione|toimitus|admin|administrator|"
      + "administratorin|mod|team|staff|mitarbeiter|mitarbeiterin|guest|gast|invité|invitée|invitado|ospite|"
      + "member|mitglied|membre|miembro|visitor|besucher|besucherin|leser|leserin|reader";
  /** A check mark that a site prints after a verified name, as text rather than an icon. */
  private static final String CHECK = "[✓✔☑✅]\\x{FE0F}?";
  /** A badge at the end of a name's line; each match takes one badge off, so "Eve Moderator ✓" needs two. */
  private static final Pattern TRAILING = Pattern.compile("(?iu)(?:\\s*[(\\[]\\s*(?:" + STATUS + "|" + ROLE + "|"
      + CHECK + ")\\s*[)\\]]|\\s+[·•|–—]\\s*(?:" + STATUS + "|" + ROLE + ")|\\s+(?:" + STATUS + ")|\\s*" + CHECK
      + ")\\s*$");
  /** A line that is a badge and nothing else. */
  private static final Pattern ONLY = Pattern.compile("(?iu)^\\s*[(\\[]?\\s*(?:" + STATUS + "|" + CHECK
      + ")\\s*[)\\]]?\\s*$");
  /** An element inside a name's line that holds a badge, a role or a word alone of either. */
  private static final Pattern WORD_ALONE = Pattern.compile("(?iu)^\\s*[(\\[]?\\s*(?:" + STATUS + "|" + ROLE + "|"
      + CHECK + ")\\s*[)\\]]?\\s*$");
  /**
   * Names of an element that holds a badge: {@code span.badge}, Coral's {@code coral-userTag}, Reddit-like
   * {@code flair}, {@code span.role}, {@code span.user-status}.
   */
  private static final NameRegex BADGE_NAMES = NameRegex.compile("badge|flair|usertag|user-tag|user_tag"
      + "|(?:^|[\\s_-])(?:label|role|rank|tag|status|verified|subscriber|premium|moderator|pill)(?:$|[\\s_-])");
  /** No line of a name is longer; a longer badge element is no badge. */
  private static final int MAX_BADGE = 40;
  /** A name carries at most this many badges. */
  private static final int MAX_BADGES = 3;

  private CommenterBadges() {}

  /**
   * A name without the badges after it: "Bob (verified)", "Carol · Subscriber", "Dave ✓" are Bob, Carol and Dave.
   *
   * @param name a name's line
   * @return the line without its badges, stripped; empty if the line is badges alone
   */
  static String withoutBadges(String name) {
    String out = name;
    for (int i = 0; i < MAX_BADGES; i++) {
      Matcher m = TRAILING.matcher(out);
      if (!m.find() || m.start() == 0) {
        break; // a line that is a badge alone keeps it: only() tells it
      }
      out = out.substring(0, m.start());
    }
    return out.strip();
  }

  /**
   * Whether a line is a badge of an account's state and nothing else, "Abonnent", "Premium", "(verified)", which
   * names no one.
   *
   * @param line a name's line
   * @return true for a badge alone
   */
  static boolean only(String line) {
    return ONLY.matcher(line).matches();
  }

  /**
   * The text of a name's line without the elements in it that are badges ({@code <span class=badge>Abonnent</span>}),
   * or its whole text where it holds none, or where nothing but badges would be left.
   *
   * @param line the element of a name's line
   * @return its normalised text; empty if blank or cut off by a truncated page
   */
  static Optional<String> lineText(Element line) {
    Optional<String> whole = Texts.completeText(line);
    if (whole.isEmpty() || line.childrenSize() == 0) {
      return whole;
    }
    StringBuilder out = new StringBuilder();
    boolean[] skipped = {false};
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (node != line && node instanceof Element e) {
        out.append(' ');
        if (badge(e)) {
          skipped[0] = true;
          return FilterResult.SKIP_ENTIRELY;
        }
      }
      return FilterResult.CONTINUE;
    }, line);
    if (!skipped[0]) {
      return whole;
    }
    Optional<String> rest = Texts.nonBlank(out.toString());
    return rest.isPresent() ? rest : whole;
  }

  /** Whether an element in a name's line is a badge: named as one, or a badge's word alone. */
  private static boolean badge(Element e) {
    if (e.normalName().equals("a")) {
      return false; // a link in the line is the name's, to the profile
    }
    String names = Names.of(e);
    String text = e.text();
    if (text.length() > MAX_BADGE) {
      return false;
    }
    return !names.isEmpty() && BADGE_NAMES.find(names) || WORD_ALONE.matcher(text).matches();
  }
}
