package io.github.newsmodel.html.internal.content;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The note on the writer that closes an article, set in italics apart from it: "<em>Jane Roe is the founder of
 * Example PR, a consultancy for small firms.</em>", "<em>John Doe is the site's deal curator.
 * </em>". It introduces the person, the same under each of their pieces, and is no part of the article: a site's
 * author box in the article's own markup.
 *
 * <p>Only a short block, all of its words in italics, that opens with a person's full name and the verb that says
 * who they are ("is", "ist", "est"), that the article's text does not go on after, and after which the container holds
 * no more than a short line or box of running text: a sentence in italics within the article, or a paragraph that
 * opens with the same words in roman type, is the article's.
 */
final class WriterNote {
  /** The most characters of a note: a few sentences. */
  private static final int MAX_NOTE = 700;
  /** The fewest: a name, the verb and what they are. */
  private static final int MIN_NOTE = 20;
  /**
   * The most characters of running text that may follow the note in the container outside its parent: a line or a
   * short box, such as the disclosure of affiliate links in the column beside the article's.
   */
  private static final int MAX_AFTER = 200;
  /** The elements that set their words in italics. */
  private static final Set<String> ITALICS = Set.of("em", "i");
  /** The blocks a note stands in, or the italics themselves standing as a block. */
  private static final Set<String> BLOCKS = Set.of("p", "div", "em", "i");
  /**
   * A full name, two to four words that each open with a capital ("Jane Roe", "Mary-Ann O'Neill"), then the verb that
   * says who the person is and what they are: in English an article or a possessive ("is a reporter", "is the
   * founder", "is Example's critic"), as "Dear Abby is written by …" says who writes a column, not what someone is;
   * in the other languages the noun may follow without one ("es politólogo", "ist Redakteurin"). One word is no full
   * name: "She is …", a site's "Example.com is …".
   */
  private static final Pattern INTRODUCTION = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}"
      + ".'’-]*){1,3}\\s+(?:is\\s+(?:also\\s+)?(?:[Aa]|[Aa]n|[Tt]he|\\S+['’]s)|ist|est|es|è|é|jest)\\s");

  private WriterNote() {}

  /**
   * Whether an element of the chosen container is the writer's note that closes the article.
   *
   * @param measures the page's measures
   * @param container the chosen container's index
   * @param i the element's index
   * @param e the element
   * @return true if it is a short block wholly in italics that introduces a person by their full name, the last
   *     text among its siblings, and at most a short line or box of the container's running text follows it
   */
  static boolean closes(PageMeasures measures, int container, int i, Element e) {
    int chars = measures.chars(i);
    if (chars < MIN_NOTE || chars > MAX_NOTE || !BLOCKS.contains(e.normalName()) || !opensInItalics(e)) {
      return false;
    }
    if (ITALICS.contains(e.normalName()) && !standsAlone(e)) {
      return false; // italics within a line of roman type, which the line is read with
    }
    if (!whollyInItalics(e, false) || !INTRODUCTION.matcher(e.text()).find()) {
      return false;
    }
    return lastText(measures, container, i, e);
  }

  /**
   * Whether no running text follows the note among its siblings, where the article's would go on, and no more than
   * {@link #MAX_AFTER} characters of it further up within the container: at each level from the note up to the
   * container, the running text of the elements after it and the words of the text nodes between them. By index for
   * the elements, whose subtrees follow one another ({@link PageMeasures#end}), so that no element is looked up.
   */
  private static boolean lastText(PageMeasures measures, int container, int i, Element e) {
    int after = 0;
    Element child = e;
    // Up to the block that holds the note, as the paragraph holds its italics, no text may follow at all.
    boolean inBlock = true;
    for (int c = i; c != container && c >= 0; c = measures.parent(c), child = child.parent()) {
      int parent = measures.parent(c);
      for (int k = measures.end(c), end = parent < 0 ? k : measures.end(parent); k < end; k = measures.end(k)) {
        after += measures.measured(k) ? measures.good(k) : 0;
      }
      for (Node n = child.nextSibling(); n != null; n = n.nextSibling()) {
        if (n instanceof TextNode text) {
          after += text.text().strip().length();
        }
      }
      if (inBlock ? after > 0 : after > MAX_AFTER) {
        return false;
      }
      inBlock = ITALICS.contains(child.normalName());
    }
    return true;
  }

  /** Whether the element is in italics or its first words are: a test of its first node, before the whole is read. */
  private static boolean opensInItalics(Element e) {
    if (ITALICS.contains(e.normalName())) {
      return true;
    }
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode text) {
        if (!text.isBlank()) {
          return false;
        }
      } else if (child instanceof Element element) {
        return ITALICS.contains(element.normalName());
      }
    }
    return false;
  }

  /**
   * Whether italics stand on a line of their own: no words of roman type beside them in their parent, back to the
   * line break or the block before them and on to the one after them. A writer of a page that sets its text as lines
   * between line breaks puts the note on one.
   */
  private static boolean standsAlone(Element italics) {
    return aloneOnItsLine(italics.previousSibling(), true) && aloneOnItsLine(italics.nextSibling(), false);
  }

  /** Whether the nodes from one beside the italics on, in one direction, hold no words up to the line's end. */
  private static boolean aloneOnItsLine(@Nullable Node from, boolean back) {
    for (Node n = from; n != null; n = back ? n.previousSibling() : n.nextSibling()) {
      if (n instanceof TextNode text && !text.isBlank()) {
        return false;
      }
      if (n instanceof Element element) {
        if (element.normalName().equals("br") || !element.tag().isInline()) {
          return true;
        }
        if (element.hasText()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether every word inside the element is inside italics. */
  private static boolean whollyInItalics(Element e, boolean italic) {
    boolean inItalics = italic || ITALICS.contains(e.normalName());
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode text) {
        if (!inItalics && !text.isBlank()) {
          return false;
        }
      } else if (child instanceof Element element && !whollyInItalics(element, inItalics)) {
        return false;
      }
    }
    return true;
  }
}
