package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.internal.dom.CaseFold;
import io.github.newsmodel.html.internal.dom.NamePattern;
import io.github.newsmodel.html.internal.dom.NameRegex;
import io.github.newsmodel.html.internal.dom.Names;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Edit notices of comments and forum posts: "edited", "Last edited by X on 3 May 2019, 10:15", "Zuletzt bearbeitet
 * von X am ...", "bearbeitet", "muokattu", "Muokannut X ...", Discuz!'s "本帖最后由 X 于 2020-3-12 10:30 编辑".
 *
 * <p>A notice is an element whose class or id says so ({@code lastedited}, {@code comment-edited}) or a short
 * element whose own text starts the notice. It becomes an {@link EditRecord} of kind {@link EditKind#UPDATE}
 * when it gives a time (the model needs one); its text is the note, a name after "by", "von" or "muokannut"
 * is the editor, and the words after "Reason:" are the reason ({@link EditReasons}). A notice without a time still
 * stays out of the comment's text.
 */
public final class EditNotices {
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator TITLED = QueryParser.parse("[title]");
  /**
   * The words of a notice; each that ASCII can spell holds one of {@link #NOTICE_PARTS}, and each holds one of
   * {@link #FOLDED_NOTICE_PARTS}, which say so first: a word added here needs its part there too.
   */
  /**
   * The end of a notice whose slots a template left empty: a last word that asks for a name or a time after it
   * ("by", "von", "on", "am", "le", "at", "um", "par", a colon).
   */
  private static final Pattern UNFILLED = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:by|on|at|von|am|um|par|le|por|"
      + "door|av|af|przez|от)|:)\\s*$");
  private static final Pattern NOTICE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:last edited|edited|edit(?:ed)? by"
      // Kunena: "Last edit: 1 week ago by X", "Letzte Bearbeitung: vor 1 Woche von X"
      + "|last edit|letzte bearbeitung"
      + "|bearbeitet|zuletzt bearbeitet|geändert|muokattu|muokannut|muokkasi|modifié|editado|modificato|bewerkt"
      // phpBB's French pack: "Dernière édition par X le 03.04.2024 à 11:05, édité 1 fois.", which its opening
      // words tell; not "édité" alone, a French sentence's word ("Il est édité chez Gallimard.")
      + "|dernière édition"
      + "|redigert|redigerad"
      // Discuz!: "本帖最后由 X 于 2020-3-12 10:30 编辑", "This post was last edited by X at ...", in both scripts
      + "|本帖最[后後]由)(?:[^\\p{L}]|$)");
  /**
   * Parts of the words of {@link #NOTICE} that a text of ASCII characters can hold ("geändert" and "modifié" it
   * cannot): such a text with none of them holds no notice. The regex tries each of its words at every position of
   * every line of every comment, and nearly all of them hold none.
   */
  private static final NamePattern NOTICE_PARTS = NamePattern.delimited(NamePattern.Edge.ANY, NamePattern.Edge.ANY,
      "edit", "bearbeit", "muok", "modificato", "bewerkt", "rediger");
  /**
   * Parts of the words of {@link #NOTICE}, one in each of them, as {@link CaseFold#fold} reads letter case: a text
   * beyond ASCII that holds none of them once folded holds no notice. Comments with a curly apostrophe or a letter
   * with an accent are most of those. Their first letters, e, b, g, m, r, é and 本, are tested first.
   */
  private static final List<String> FOLDED_NOTICE_PARTS = List.of("edit", "bearbeit", "geändert", "muok", "modifi",
      "bewerkt", "édition", "rediger", "本帖最");
  private static final NameRegex NOTICE_NAMES = NameRegex.compile("edited|lastedit|last-edit|edit-notice|editnote"
      + "|edit_note|modified|bearbeitet|muokattu|revision-log|" + EditReasons.CLASS_NAMES);
  private static final Pattern EDITOR = Pattern.compile("(?iu)(?:edited(?: [^;,(]{1,40}?,? [^;(]{1,20}?)? by"
      // MyBB: "(This post was last modified: 01-08-2024, 11:02 AM by Frida N.)"
      + "|modified:?(?: [^;(]{1,40}?)? by"
      // Kunena: "Last edit: 1 week 3 days ago by X", "Letzte Bearbeitung: vor 1 Woche von X"
      + "|last edit:?(?: [^;(]{1,40}?)? by|letzte bearbeitung:?(?: [^;(]{1,40}?)? von"
      + "|bearbeitet von|geändert von"
      // WoltLab Burning Board's "... 2 Mal editiert, zuletzt von X (14. März 2019, 15:10)" (its "edited 2 times,
      // last by X" is the first one's)
      + "|editiert, zuletzt von|"
      + "muokannut|muokkasi|modifié par|édition par|editado por|modificato da|bewerkt door|本帖最[后後]由)\\s+(.{1,60}?)\\s*"
      // vBulletin 3.0 sets its date apart with a spaced colon, "Last edited by ann : 03-07-2004 at 09:12 AM.", and
      // IPB 2 puts one right after the name, "This post has been edited by ann: Mar 7 2006, 09:12 AM"
      + "(?:[;,():]|\\s+(?:on|am|um|at|le|el|il|op|\\d)\\b|\\s+[于於](?:\\s|$)|$)");
  /**
   * What may follow the editor's linked name in the words read as the name: punctuation that ends the sentence,
   * and what a later sentence says, such as Kunena's "by <a>Frida N</a>. Reason: typo".
   */
  private static final Pattern LINKED_NAME_END = Pattern.compile("\\p{Punct}*|\\p{Punct}+\\s.*", Pattern.DOTALL);
  private static final Set<String> SHORT_TAGS = Set.of("p", "div", "span", "small", "em", "i", "dd", "li", "blockquote",
      "font", "sub", "sup", "strong", "b");
  /** The lines around a notice's words that may hold the rest of it: the reason after a bold "Edited ... by X". */
  private static final Set<String> NOTICE_LINES = Set.of("p", "span", "small", "font", "div");
  /**
   * A notice that says what was edited before the word, "This post has been edited by ann: ... Reason for edit:
   * ...", as IP.Board 3 and bbPress print it: a notice however long its reason.
   */
  private static final Pattern POST_EDITED = Pattern.compile("(?iu)(?:this|the) (?:post|comment|message|reply"
      + "|entry|topic) (?:has been|was) (?:last )?(?:edited|modified)\\b");
  /** The marks that open and close a quoted name: guillemets either way, German and English quotes. */
  private static final String QUOTE_MARKS = "»«„“”\"'‚‘’";
  /** A notice is a line, not a paragraph of text that mentions editing. */
  private static final int MAX_NOTICE = 240;
  /** How far into a notice its word may stand: after a bracket, an asterisk or a short label. */
  private static final int NOTICE_LEAD = 12;
  /** A line this short that holds the word is a notice wherever the word stands. */
  private static final int SHORT_NOTICE = 80;
  /** A notice's tooltip that gives its time is a date and its time of day, not a sentence. */
  private static final int MAX_TITLE = 80;

  private EditNotices() {}

  /**
   * Whether an element is an edit notice.
   *
   * @param e the element
   * @return true if its class or id names a notice, or it is a short line that opens with one's words
   */
  public static boolean isNotice(Element e) {
    return isNotice(e, Names.of(e));
  }

  /**
   * Where the words of a notice stand in a line, as {@link #isNotice(Element)} finds them.
   *
   * @param text the line's text
   * @return where the first of them starts, or where the character before it stands; -1 if none does
   */
  public static int wordAt(String text) {
    if (!mayHoldNotice(text)) {
      return -1;
    }
    Matcher m = NOTICE.matcher(text);
    return m.find() ? m.start() : -1;
  }

  /**
   * Whether an element whose {@link Names} are read already is an edit notice, as {@link #isNotice(Element)} tells.
   *
   * @param e the element
   * @param names its names
   * @return true if its class or id names a notice, or it is a short line that opens with one's words
   */
  static boolean isNotice(Element e, String names) {
    if (!names.isEmpty() && NOTICE_NAMES.find(names)) {
      return !logOfNotices(e);
    }
    if (!SHORT_TAGS.contains(e.normalName())) {
      return false;
    }
    if (!Texts.holdsOwnText(e)) {
      return false; // its own text is empty: most elements hold only the white space between their children
    }
    String own = e.ownText();
    if (own.isEmpty() || !mayHoldNotice(own) || !NOTICE.matcher(own).find()) {
      return false;
    }
    String text = e.text();
    if (text.length() > MAX_NOTICE) {
      return false;
    }
    Matcher m = NOTICE.matcher(text.substring(0, Math.min(text.length(), 40)));
    // A notice opens with its word ("Zuletzt bearbeitet am", "[Edited]") or is a line that says only that
    // ("This comment was edited"); a reader's sentence may use the word on the way ("Sie haben nichts geändert,
    // ...") and is the comment itself.
    return m.find() && (m.start() <= NOTICE_LEAD || text.length() <= SHORT_NOTICE
        || POST_EDITED.matcher(text).lookingAt());
  }

  /**
   * Whether an element is a list of notices, one edit per item, as bbPress's {@code ul.bbp-reply-revision-log} lists
   * each revision in an {@code li.bbp-reply-revision-log-item}: the items are the notices, and the list read as one
   * would run their times, editors and reasons together.
   */
  private static boolean logOfNotices(Element list) {
    String tag = list.normalName();
    if (!tag.equals("ul") && !tag.equals("ol") || list.childrenSize() == 0) {
      return false;
    }
    for (Element item : list.children()) {
      String names = Names.of(item);
      if (!item.normalName().equals("li") || names.isEmpty() || !NOTICE_NAMES.find(names)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a text may hold a word of {@link #NOTICE}: false only for a text without any of its parts, letter case
   * read as the regex reads it.
   */
  private static boolean mayHoldNotice(String text) {
    if (Texts.isAscii(text)) {
      return NOTICE_PARTS.findIgnoringCase(text);
    }
    // beyond ASCII the regex ignores case the Unicode way, which ASCII folding does not stand for: CaseFold's is
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      // The fold of any character that folds to the first letter of a part, read without folding it: in ASCII its
      // lower case, beyond it only É folds to another (checked over the whole BMP). A text of another script has
      // none, told at no cost per character.
      char first = c < 128 ? (char) (c | 0x20) : c == 'É' ? 'é' : c;
      if (first != 'e' && first != 'b' && first != 'g' && first != 'm' && first != 'r' && first != 'é'
          && first != '本') {
        continue;
      }
      for (String part : FOLDED_NOTICE_PARTS) {
        if (part.charAt(0) == first && CaseFold.foldedAt(text, i, part)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The whole notice around the element that opens it: Invision Community prints "<strong>Edited 8 January by
   * X</strong><br>typo" in a span, whose reason is part of the notice and no part of the comment. A line around
   * the notice counts while its text starts with the notice's and stays a notice's length.
   *
   * @param notice an element that {@link #isNotice} accepts
   * @param root the comment's element, which is never part of a notice
   * @return the outermost such line, or the notice itself
   */
  static Element widened(Element notice, Element root) {
    String text = notice.text();
    if (text.isBlank()) {
      // MyBB prints an empty span.post_edit in every post, filled only for an edited one: every line starts with
      // nothing, so an empty notice widened would swallow the post
      return notice;
    }
    Element widest = notice;
    for (Element p = notice.parent(); p != null && p != root && NOTICE_LINES.contains(p.normalName());
        p = p.parent()) {
      String around = p.text();
      if (around.length() > MAX_NOTICE || !around.startsWith(text)) {
        break;
      }
      widest = p;
    }
    return widest;
  }

  /**
   * The edit a notice reports, with its time where the notice gives one: a bare "(edited)" is an edit without a
   * time, which {@link CommentReader} keeps only where nothing else on the comment dates an edit.
   */
  static Optional<EditRecord> read(Element notice, CommentTimes times) {
    if (EditReasons.holdsOnlyReason(notice)) {
      return Optional.empty(); // IPB 2.2's "Reason for edit:" after its notice: part of that notice's edit
    }
    Optional<String> note = Texts.completeText(notice);
    if (note.isEmpty()) {
      return Optional.empty();
    }
    Optional<ResolvedTime> at = Optional.empty();
    Element time = notice.selectFirst(MachineTime.ELEMENTS);
    if (time != null) {
      at = times.exact(MachineTime.value(time));
    }
    String title = notice.attr("title");
    if (at.isEmpty() && !title.isEmpty() && title.length() <= MAX_TITLE) {
      // Kunena's "Last edit: 1 week 3 days ago by X" holds the exact time in its tooltip, where the text's age
      // is approximate and needs the capture time
      at = times.find(title);
    }
    if (at.isEmpty()) {
      at = times.findInTimeText(note.get());
    }
    if (at.isPresent() && at.get().dateOnly()) {
      // XenForo 1's "Last edited: <span class=DateTime title="Mar 4, 2014 at 8:20 AM">Mar 4, 2014</span>": the
      // tooltip of the date gives its time of day. Only a tooltip of that day: a notice widened over the post's
      // permalink (NodeBB's) holds the tooltip of the post's own time too.
      ResolvedTime day = at.get();
      for (Element titled : notice.select(TITLED)) {
        String tip = titled.attr("title");
        Optional<ResolvedTime> full = tip.isEmpty() || tip.length() > MAX_TITLE ? Optional.empty()
            : times.find(tip).filter(t -> !t.dateOnly() && t.time().toLocalDate().equals(day.time().toLocalDate()));
        if (full.isPresent()) {
          at = full;
          break;
        }
      }
    }
    if (at.isEmpty() && UNFILLED.matcher(note.get()).find()) {
      // a template's notice left empty where the post was never edited: NodeBB prints "last edited by  " with an
      // "Invalid Date" in every post
      return Optional.empty();
    }
    try {
      EditRecord.Builder edit = EditRecord.builder()
          .note(note.get())
          .kind(EditKind.UPDATE);
      at.ifPresent(t -> {
        edit.editedAt(t.time()).editedAtDateOnly(t.dateOnly());
        t.assumedZone().ifPresent(edit::assumedZone);
      });
      Element opening = openingLine(notice);
      editorName(notice, opening, note.get()).ifPresent(name -> edit.editor(Author.of(name)));
      EditReasons.of(notice, note.get(), opening).ifPresent(edit::reason);
      return Optional.of(edit.build());
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * The editor a notice names, read as {@link #read} reads it, for a notice that gives no time of its own: NodeBB's
   * "last edited by X", whose time is the post's {@code dateModified} ({@link ModifiedProperty}).
   *
   * @param notice an edit notice
   * @return the editor, if the notice names one
   */
  static Optional<Author> editor(Element notice) {
    Optional<String> note = Texts.completeText(notice);
    if (note.isEmpty()) {
      return Optional.empty();
    }
    try {
      return editorName(notice, openingLine(notice), note.get()).map(Author::of);
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** The editor's name in a notice's opening line, else in its whole note. */
  private static Optional<String> editorName(Element notice, Element opening, String note) {
    // SMF 2's opening element is only its label, "<span class=lastedit>Last Edit</span>: ... by Ines K"
    return editor(opening.text()).or(() -> opening == notice ? Optional.empty() : editor(note))
        .map(name -> linkedName(notice, name));
  }

  /**
   * The line that opens a notice, which names the editor: "Edited 8 January by X" of Invision Community's
   * {@code <span><strong>Edited 8 January by X</strong><br>typo</span>}, without the reason after it. It is the
   * innermost first element whose text the notice's starts with, else the notice itself.
   */
  private static Element openingLine(Element notice) {
    String text = notice.text();
    Element line = notice;
    for (Element first = notice.firstElementChild(); first != null && !first.text().isBlank()
        && text.startsWith(first.text()); first = first.firstElementChild()) {
      line = first;
    }
    return line;
  }

  /**
   * The editor's name as the notice's link to the editor prints it, where the words read as the name start with
   * it and punctuation or another sentence follows: "Frida N" of MyBB's "by <a>Frida N</a>.)", whose full stop
   * ends the sentence and is no initial's, and of Kunena's "by <a>Frida N</a>. Reason: typo".
   */
  private static String linkedName(Element notice, String name) {
    for (Element a : notice.select(LINKS)) {
      String linked = Texts.normalise(a.text()).strip();
      if (!linked.isEmpty() && name.startsWith(linked) && LINKED_NAME_END.matcher(name.substring(linked.length()))
          .matches()) {
        return linked;
      }
    }
    return name;
  }

  private static Optional<String> editor(String note) {
    Matcher m = EDITOR.matcher(note);
    if (!m.find()) {
      return Optional.empty();
    }
    return Texts.nonBlank(unquoted(m.group(1))).filter(n -> !Character.isDigit(n.charAt(0)));
  }

  /** A name without the marks that quote it: Burning Board 3's "zuletzt von »X«", 4's "last by “X”". */
  private static String unquoted(String name) {
    String n = name.strip();
    if (n.length() > 2 && QUOTE_MARKS.indexOf(n.charAt(0)) >= 0
        && QUOTE_MARKS.indexOf(n.charAt(n.length() - 1)) >= 0) {
      return n.substring(1, n.length() - 1);
    }
    return n;
  }
}
