package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.DateTimes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The signature that closes an article which no byline signs, one of {@link PageAuthors}' last resorts: a full
 * name alone in bold, or a name and a date on lines of their own, after the prose, or a full name in bold or italics
 * on the last line of the paragraph that closes it.
 */
final class ClosingSignature {
  private static final Evaluator EMPHASIS = QueryParser.parse("strong, b, em, i");
  /** How many characters of prose, in paragraphs of their own, a closing signature follows. */
  private static final int PROSE_BEFORE_SIGNATURE = 500;
  /** How many characters, a note or a footnote, may follow the paragraph whose last line signs the text. */
  private static final int NOTE_AFTER_SIGNATURE = 200;
  /** How many words may greet the reader before the name that signs a text: "Deine", "Love,", "Liebe Grüße,". */
  private static final int GREETING_WORDS = 2;
  /** The most characters of a line of verse; a line of prose runs on to the paragraph's width. */
  private static final int VERSE_LINE = 80;
  /** One to three capitalised words: a name that signs a letter, "Jane" or "Jane Roe". */
  private static final Pattern SIGNED_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}");

  private ClosingSignature() {}

  /**
   * The names of the signature that closes an article, asked as a last resort and against an account that the page
   * never shows: a paragraph that holds nothing but a person's full name set in bold or italics ("<p><strong>Jane
   * Roe</strong></p>"), or a name and a date on lines of their own, after paragraphs of prose, as magazines, old pages
   * and blogs sign their texts. It is the last paragraph of its block, or set flush right, as a signature is, where
   * footnotes may follow it. Or the full name in bold or italics is the last line of a paragraph of prose that only a
   * short note follows ({@link #lastLineName}). A name in bold within the text introduces a speaker, and more text
   * follows it.
   */
  static List<String> names(List<Element> paragraphs, Set<String> siteNames, PageRegions regions) {
    for (Element p : paragraphs) {
      if (PageAuthors.elementChildren(p) == 0) {
        continue; // each form below needs an element in the paragraph: its emphasis or its line break
      }
      Optional<String> name = emphasisedName(p).or(() -> datedName(p));
      boolean closes = name.isPresent() && (lastWithText(p) || flushRight(p)) && afterProse(p);
      if (name.isEmpty()) {
        name = lastLineName(p);
        closes = name.isPresent() && littleAfter(p);
      }
      if (!closes || regions.inOtherContent(p)) {
        continue;
      }
      List<String> names = AuthorNames.of(name.get(), siteNames);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /**
   * The spelling of a login in lower case with which the author signs the text: a short paragraph that closes it
   * after prose and ends with the login capitalised, "Deine Mady", "Love, Mady" or "Mady" for the account "mady", as
   * a blogger signs her posts with the name her readers know.
   *
   * @param login the login, in lower case
   * @return the login as the signature spells it, if one does
   */
  static Optional<String> signedLogin(List<Element> paragraphs, String login, PageRegions regions) {
    for (Element p : paragraphs) {
      Optional<String> text = Texts.shortText(p, 40);
      if (text.isEmpty()) {
        continue;
      }
      String[] words = text.get().split(" ");
      String last = AuthorNames.EDGE_PUNCTUATION.matcher(words[words.length - 1]).replaceAll("");
      if (words.length <= GREETING_WORDS + 1 && last.equalsIgnoreCase(login) && !last.equals(login)
          && Character.isUpperCase(last.codePointAt(0)) && lastWithText(p) && afterProse(p)
          && !regions.inOtherContent(p)) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  /**
   * The name of a paragraph that holds a name on one line and a date alone on the next, "Jane<br>10. September
   * 2017", as a letter is signed: a first name alone will do here, as the date sets the line apart from prose.
   */
  private static Optional<String> datedName(Element p) {
    Element lineBreak = onlyLineBreak(p);
    if (lineBreak == null) {
      return Optional.empty();
    }
    int at = lineBreak.siblingIndex();
    StringBuilder name = new StringBuilder();
    StringBuilder date = new StringBuilder();
    for (Node n : p.childNodes()) {
      (n.siblingIndex() < at ? name : date).append(n instanceof Element e ? e.text() : n instanceof TextNode t
          ? t.getWholeText() : "").append(' ');
    }
    String signed = Texts.normalise(name.toString());
    String dated = Texts.normalise(date.toString());
    boolean dateAlone = DateTimes.anyLanguage().findAll(dated, 2).stream()
        .anyMatch(f -> f.start() == 0 && f.end() == dated.length());
    return dateAlone && SIGNED_NAME.matcher(signed).matches() ? Optional.of(signed) : Optional.empty();
  }
  /**
   * The paragraph's line break, if it holds one alone and as its child: most paragraphs hold none among their
   * children, and their elements need not be searched for one.
   */
  private static @Nullable Element onlyLineBreak(Element p) {
    Element found = null;
    for (int i = 0, n = p.childNodeSize(); i < n; i++) {
      if (p.childNode(i) instanceof Element e && e.normalName().equals("br")) {
        if (found != null) {
          return null;
        }
        found = e;
      }
    }
    return found != null && p.select(PageAuthors.LINE_BREAK).size() == 1 ? found : null;
  }


  /** The paragraph's text if it is a full name alone and all of it is set in bold or italics. */
  private static Optional<String> emphasisedName(Element p) {
    if (holdsOwnLetter(p)) {
      return Optional.empty(); // most paragraphs of prose with a link or emphasis in them: their text not read
    }
    Optional<String> text = Texts.shortText(p, 60).filter(t -> PageAuthors.FULL_NAME.matcher(t).matches());
    if (text.isEmpty()) {
      return text;
    }
    for (Element e : p.select(EMPHASIS)) {
      if (Texts.shortText(e, 60).equals(text)) {
        return text;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a text node of the paragraph's own holds a letter or a digit. Its text then holds that character beside
   * the text of every element in it, which the text keeps whole, and is the text of none of them: no emphasis sets
   * all of it. Only the first characters of a paragraph of prose are read so, not its text.
   */
  private static boolean holdsOwnLetter(Element p) {
    for (int i = 0, n = p.childNodeSize(); i < n; i++) {
      if (p.childNode(i) instanceof TextNode t) {
        String text = t.getWholeText();
        for (int k = 0, length = text.length(); k < length; k++) {
          if (Character.isLetterOrDigit(text.charAt(k))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The name on the last line of a paragraph of prose, a full name alone set in bold or italics after a line break,
   * "...zu trauen lernen.<br><em>Jane Roe</em>": the text's signature, which a blog sets in the paragraph that closes
   * it. A speaker's name in bold opens a line, with their words after it.
   */
  private static Optional<String> lastLineName(Element p) {
    Node last = p.childNodeSize() == 0 ? null : p.childNode(p.childNodeSize() - 1);
    while (last instanceof TextNode t && t.isBlank()) {
      last = last.previousSibling();
    }
    if (!(last instanceof Element e) || !EMPHASIS.matches(p, e)) {
      return Optional.empty();
    }
    Node before = e.previousSibling();
    while (before instanceof TextNode t && t.isBlank()) {
      before = before.previousSibling();
    }
    if (!(before instanceof Element br) || !br.normalName().equals("br")) {
      return Optional.empty();
    }
    Optional<String> name = Texts.shortText(e, 60).filter(t -> PageAuthors.FULL_NAME.matcher(t).matches());
    return name.filter(n -> p.text().length() - n.length() + proseBefore(p) >= PROSE_BEFORE_SIGNATURE
        && !quoted(p) && !verse(p));
  }

  /** Whether the paragraph stands in a quotation, whose closing name is the quoted text's author. */
  private static boolean quoted(Element p) {
    for (Element up = p; up != null; up = up.parent()) {
      if (up.normalName().equals("blockquote") || up.normalName().equals("q")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the paragraph's lines before its last are verse, short lines of their own: a poem that the text quotes
   * closes with its poet's name ("...the woods are lovely, dark and deep.<br><em>Robert Frost</em>"), which does
   * not sign the text. A signature follows a line of prose, or a greeting alone.
   */
  private static boolean verse(Element p) {
    int lines = 0;
    StringBuilder line = new StringBuilder();
    for (int i = 0, n = p.childNodeSize() - 1; i < n; i++) {
      Node node = p.childNode(i);
      if (node instanceof Element br && br.normalName().equals("br")) {
        if (!line.toString().isBlank()) {
          if (line.length() > VERSE_LINE) {
            return false;
          }
          lines++;
        }
        line.setLength(0);
      } else {
        line.append(node instanceof Element el ? el.text() : node instanceof TextNode t ? t.text() : "");
      }
    }
    return lines >= 2;
  }

  /**
   * Whether few words follow the paragraph in paragraphs of their own in its block, no more than a note such as
   * "Further reading: ...": the paragraph closes the text. What follows in other blocks, a shop's teasers or sharing
   * buttons, is no prose.
   */
  private static boolean littleAfter(Element p) {
    int after = 0;
    for (Element next = p.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      after += next.normalName().equals("p") ? next.text().length() : 0;
      if (after > NOTE_AFTER_SIGNATURE) {
        return false;
      }
    }
    return true;
  }

  private static boolean lastWithText(Element p) {
    for (Element next = p.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      if (!next.text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean flushRight(Element p) {
    return p.attr("align").equalsIgnoreCase("right")
        || p.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:right");
  }

  /** Whether prose stands before the paragraph in its block, in paragraphs of its own: it closes a text. */
  private static boolean afterProse(Element p) {
    return proseBefore(p) >= PROSE_BEFORE_SIGNATURE;
  }

  /** How many characters of prose stand before the paragraph in its block, up to {@link #PROSE_BEFORE_SIGNATURE}. */
  private static int proseBefore(Element p) {
    int prose = 0;
    for (Element before = p.previousElementSibling(); before != null && prose < PROSE_BEFORE_SIGNATURE;
        before = before.previousElementSibling()) {
      if (before.normalName().equals("p")) {
        prose += before.text().length();
      }
    }
    return prose;
  }
}
