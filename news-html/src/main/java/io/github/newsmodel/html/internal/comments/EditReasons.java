package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The reason an edit notice gives for its edit, in the editor's words. Forums set it apart in one of three ways:
 * <ul>
 *   <li>after a label in the notice: vBulletin's and phpBB's "Reason: typo", Kunena's, SMF 2.1's ", Reason: ...",
 *       MyBB's "Edit Reason: typo", and their language packs' "Grund:", "Raison :", "Motivo:", "Syy:"...;
 *   <li>on a line of its own below the notice's opening line: Invision Community's
 *       {@code <strong>Edited 8 January by X</strong><br>typo};
 *   <li>in an element of its own right after the notice: IPB 2.2's {@code div.post-edit-reason}, "Reason for edit:
 *       typo".
 * </ul>
 */
final class EditReasons {
  /**
   * A reason's label, ending the notice's own words, and what follows it. The words before a label end with
   * punctuation or stand at the start of a line of their own ("... 09:40. Reason: typo", "..., Reason: typo").
   */
  private static final Pattern LABELLED = Pattern.compile("(?iu)(?:^|[.,;)!]\\s*|\\s)"
      + "(?:edit reason|reason for edit(?:ing)?|reason|bearbeitungsgrund|änderungsgrund|grund"
      + "|raison(?: de la modification| de l'édition)?|motif|motivo(?: de la edición| da edição)?|razón|razão"
      + "|reden|syy|muokkauksen syy|powód(?: edycji)?|причина(?: редактирования)?|anledning|grunn|begrundelse"
      + "|důvod|sebep)\\s*:\\s*(\\S.*)$");
  /**
   * The class names of an element that holds only the reason, after its notice; as a regex of name words. Such an
   * element is a notice of its own too, so that it stays out of the comment's text.
   */
  static final String CLASS_NAMES = "edit-reason|edit_reason|editreason";
  private static final Pattern REASON_CLASS = Pattern.compile(CLASS_NAMES);
  /** A reason is a line or two, not a paragraph. */
  private static final int MAX_REASON = 200;

  private EditReasons() {}

  /**
   * The reason a notice gives.
   *
   * @param notice the notice, as {@link EditNotices#widened} gives it
   * @param note its whole text
   * @param openingLine the element of the notice that opens it and names the editor
   * @return the reason, if the notice gives one
   */
  static Optional<String> of(Element notice, String note, Element openingLine) {
    Optional<String> reason = labelled(note);
    if (reason.isEmpty() && openingLine != notice && nextIsLineBreak(openingLine)) {
      // the note is normalised, without the word joiners and such that the line's raw text may hold: the line's
      // length is measured as the note's is
      String opening = Texts.normalise(openingLine.text());
      reason = note.startsWith(opening) ? Texts.nonBlank(note.substring(opening.length())) : Optional.empty();
    }
    if (reason.isEmpty()) {
      reason = apart(notice);
    }
    return reason.filter(r -> r.length() <= MAX_REASON);
  }

  /** The words after a reason's label, without the bracket that closes MyBB's "(... Edit Reason: typo)". */
  private static Optional<String> labelled(String text) {
    Matcher m = LABELLED.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String reason = m.group(1).strip();
    if (text.startsWith("(") && reason.endsWith(")")) {
      reason = reason.substring(0, reason.length() - 1);
    }
    return Texts.nonBlank(reason);
  }

  /** Whether a line break follows the element, with nothing but white space between. */
  private static boolean nextIsLineBreak(Element e) {
    for (Node next = e.nextSibling(); next != null; next = next.nextSibling()) {
      if (next instanceof TextNode t && t.isBlank()) {
        continue;
      }
      return next instanceof Element n && n.normalName().equals("br");
    }
    return false;
  }

  /**
   * Whether an element holds only an edit's reason, after the notice that reports the edit.
   *
   * @param e the element
   * @return true if its class names a reason
   */
  static boolean holdsOnlyReason(Element e) {
    String classes = e.className();
    return !classes.isEmpty() && REASON_CLASS.matcher(classes.toLowerCase(Locale.ROOT)).find();
  }

  /** The reason in an element of its own right after the notice, with or without its label. */
  private static Optional<String> apart(Element notice) {
    Element next = notice.nextElementSibling();
    if (next == null || !holdsOnlyReason(next)) {
      return Optional.empty();
    }
    Optional<String> text = Texts.completeText(next);
    return text.flatMap(EditReasons::labelled).or(() -> text);
  }
}
