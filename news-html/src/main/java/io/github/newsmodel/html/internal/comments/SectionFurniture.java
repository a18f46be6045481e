package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.html.internal.comments.CommentReader.Draft;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Visibility;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the furniture of a comment section from its comments: elements named like a comment that hold no reader's
 * words. Without an author and a time, a "comment" is furniture when its text
 *
 * <ul>
 *   <li>holds no letter at all: a counter such as "1" or "(0)", or an icon;
 *   <li>is a call to comment or to log in: "Leave a comment", "Kommentieren …", "Dejá tu comentario",
 *       "Komentuj 192", "Log in to comment", "weitere Antworten anzeigen", "Show more replies", "Оставьте ваш
 *       комментарий";
 *   <li>starts with such a call, then the section's rules: "Schreib den ersten Kommentar!" and what follows.
 * </ul>
 *
 * <p>A text about commenting itself ("Bitte melden Sie sich an, um zu kommentieren", "Leserbriefe können nur am
 * Erscheinungstag eingereicht werden", "Join the conversation below") is the section's notice, not a comment, when
 * it is the only one without an author and a time: alone, or beside comments that are signed or dated. Where no
 * comment is signed, as on pages that print neither, such a text may be a reader's and is kept.
 *
 * <p>An unsigned, undated "comment" whose text is only the text of its links is an item of a menu; one that is
 * hidden and has no id is the template a script fills.
 *
 * <p>A pingback or trackback whose text is nothing but its label and the link to the page that linked here
 * ("Pingback: Some Blog | Some Title") is furniture too, author or not: it holds no words of anyone. One that
 * quotes the linking page ("[…] as the film shows […]") is kept, as readers see it among the comments.
 */
final class SectionFurniture {
  /**
   * Calls to comment, to read comments or to log in, as a whole text; a count may end it ("Komentuj 192",
   * "Comments (5)"), but "Comment 1." is a reader's words.
   */
  private static final Pattern PROMPT = Pattern.compile("(?iu)^[\\p{P}\\p{S}\\s]*(?:"
      + "(?:leave|write|post|add|submit|enter|share|join|start|read|view|show|see|load)\\s+(?:a\\s+|your\\s+|the\\s+"
      + "|all\\s+|an?\\s+)?(?:comments?|reply|replies|response|thoughts?|discussion|conversation)(?:\\s+\\p{L}+){0,3}"
      + "|comments?|comment on this(?: \\p{L}+)?|your comment|add comment"
      + "|(?:show|load|view|see|read|hide)\\s+(?:\\d+\\s+)?(?:more|all|previous|older|earlier|other|new)\\s+(?:comments|"
      + "replies|responses)|kommentar|kommentare|kommentieren|jetzt kommentieren|(?:ihr|dein) kommentar"
      + "|kommentar (?:schreiben|verfassen|abgeben|hinzufügen|absenden)|zu den kommentaren"
      + "|schreib(?:e|en sie)? (?:den ersten|einen|deinen|ihren) kommentar"
      + "|(?:\\d+\\s+)?(?:weitere|alle|mehr|ältere|neuere)?\\s*(?:kommentare|antworten)"
      + " (?:anzeigen|lesen|laden|einblenden|ausblenden)"
      + "|(?:dej[aá]|escrib[ea]|añad[ea]|agreg[aá]) (?:tu|un|su) comentario|tu comentario|comentar|comentarios"
      + "|(?:laisser|laissez|écrire|ajouter) un commentaire|votre commentaire|commenter|commentaires"
      + "|lascia un commento|commenta|commenti|il tuo commento"
      + "|komentuj|skomentuj|komentarze|kommentoi|kommentit|reageer|reageren|reacties|reactie plaatsen"
      + "|(?:оставьте|оставить|написать|напишите) (?:ваш |свой )?комментарий|комментарии"
      + "|(?:залиште|залишити|написати|напишіть) (?:ваш |свій )?коментар|коментарі"
      + "|be the first to comment|no comments(?: yet)?|sei der erste|noch keine kommentare|soyez le premier"
      + "|please enter your (?:comment|name)|bitte geben sie ihren kommentar ein"
      + "|(?:log in|login|sign in|sign up|register|anmelden|einloggen|registrieren|connectez-vous|inicia sesión)"
      + "\\s+(?:to|um|pour|para)\\s+(?:comment|post a comment|reply|kommentieren|zu kommentieren|commenter|comentar)"
      + "|you must be logged in to (?:post a )?comment|sie müssen (?:sich )?angemeldet sein.{0,40}"
      + ")[\\p{P}\\p{S}\\s]*(?:\\(?\\d{1,6}\\)?\\s*)?$");
  /** A prompt is a line: a longer text is read only if it has an author or a time, as a comment then. */
  private static final int MAX_PROMPT = 90;
  /**
   * Words about commenting itself, which a notice of the section holds: "kommentieren", "Leserbriefe", "log in",
   * "join the discussion".
   */
  private static final Pattern ABOUT_COMMENTING = Pattern.compile("(?iu)comment|komment|comentar|leserbrief|"
      + "conversation|discussion|diskussion|anmeld|einlogg|eingeloggt|registrier|log\\s?in|sign\\s?in|تعليق|коммент|"
      + "комент|コメント");
  /** A notice is a few sentences; a longer unsigned text is read as a comment. */
  private static final int MAX_NOTICE = 1000;
  private static final Pattern PINGBACK = Pattern.compile("(?iu)^\\W*(?:pingback|trackback|linkback)"
      + "(?:\\s+(?:von|from|de|by|da|van))?\\s*:?\\s*");

  private SectionFurniture() {}

  /**
   * Whether a comment as read is furniture of the section, not a comment.
   *
   * @param draft the comment as read
   * @param onlyUnsigned whether it is the only one of the section's comments without an author and a time
   * @return true for counters, calls to comment, notices about commenting and bare pingbacks
   */
  static boolean isFurniture(Draft draft, boolean onlyUnsigned) {
    boolean signed = draft.author().isPresent() || draft.time().isPresent();
    Element root = draft.unit().root;
    if (signed && !mayOpenWithLinkback(draft) && !root.hasClass("pingback") && !root.hasClass("trackback")) {
      return false; // most comments: signed, and no linkback, told without joining their text
    }
    String text = text(draft);
    if (bareLinkback(root, text)) {
      return true;
    }
    if (signed) {
      return false;
    }
    return text.codePoints().noneMatch(Character::isLetter)
        || text.length() <= MAX_PROMPT && PROMPT.matcher(text).matches()
        || linksOnly(draft.unit().root, text)
        || template(draft.unit())
        || headedByCall(draft)
        || onlyUnsigned && text.length() <= MAX_NOTICE && ABOUT_COMMENTING.matcher(text).find();
  }

  /**
   * Whether the text starts with a call to comment of a few words, "Schreib den ersten Kommentar!", followed by
   * the section's rules, however long they run. A single word such as "Comment:" may head a reader's words.
   */
  private static boolean headedByCall(Draft draft) {
    if (draft.body().size() < 2) {
      return false;
    }
    String first = draft.body().get(0).text().strip();
    return first.length() <= MAX_PROMPT && first.indexOf(' ') > 0 && PROMPT.matcher(first).matches();
  }

  /**
   * Whether the comment's text may open with the word of a {@link #PINGBACK} label: its first ASCII word character
   * ({@code \w}, which the label's {@code \W*} cannot pass) is the first letter of "pingback", "trackback" or
   * "linkback" in either case. No other character matches those letters, even ignoring case the Unicode way.
   */
  private static boolean mayOpenWithLinkback(Draft draft) {
    for (Block b : draft.body()) {
      String t = b.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
          char lower = (char) (c | 0x20);
          return lower == 'p' || lower == 't' || lower == 'l';
        }
      }
    }
    return false;
  }

  /** The comment's text in one line, its blocks joined by a space. */
  private static String text(Draft draft) {
    StringBuilder out = new StringBuilder();
    for (Block b : draft.body()) {
      out.append(b.text()).append(' ');
    }
    return out.toString().strip();
  }

  /**
   * A pingback or trackback (WordPress's {@code li.pingback}, or a text that starts so) whose text, after its
   * label, is no more than the text of its links.
   */
  private static boolean bareLinkback(Element root, String text) {
    Matcher label = PINGBACK.matcher(text);
    boolean labelled = label.lookingAt();
    if (!labelled && !root.hasClass("pingback") && !root.hasClass("trackback")) {
      return false;
    }
    String rest = labelled ? text.substring(label.end()).strip() : text;
    return rest.isEmpty() || linksOnly(root, rest);
  }

  /**
   * Whether a comment is the template that a script copies for each new comment: hidden, and without an id of
   * its own ({@code <div class=empty-comment style="display: none"><li data-id="">}). A reply that a page folds away
   * keeps its id, and a name or a time, so it is asked of none of them.
   */
  private static boolean template(CommentUnits.Unit unit) {
    return unit.pageId().isEmpty() && Visibility.outOfSight(unit.root);
  }

  /**
   * Whether a text is no more than the text of the element's links: a pingback's title, or an item of a menu
   * that a site names "comment" ({@code <li class="comment"><a href=...>大家論壇</a></li>}), which holds no one's
   * words.
   */
  private static boolean linksOnly(Element root, String text) {
    StringBuilder links = new StringBuilder();
    for (Element a : root.getElementsByTag("a")) {
      links.append(a.text()).append(' ');
    }
    String linked = Texts.collapse(links.toString(), Texts.ALL_SPACES).toLowerCase(Locale.ROOT);
    return !linked.isBlank() && linked.contains(Texts.collapse(text, Texts.ALL_SPACES).toLowerCase(Locale.ROOT));
  }
}
