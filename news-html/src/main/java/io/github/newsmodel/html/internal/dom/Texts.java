package io.github.newsmodel.html.internal.dom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/** How text read from pages is made what a reader sees: white space, invisible characters, markup in strings. */
public final class Texts {
  /**
   * {@code [\s\h\u200b]}: white space, the no-break and other horizontal spaces, and the zero-width space.
   */
  public static final Spaces ALL_SPACES = Spaces.of(c -> c <= ' ' ? isRegexSpace((char) c) : c == '\u00a0'
      || c == '\u1680' || c == '\u180e' || c >= '\u2000' && c <= '\u200b' || c == '\u202f' || c == '\u205f'
      || c == '\u3000');
  /**
   * Characters a reader does not see: soft hyphens, word joiners, byte order marks, and the control characters
   * other than white space, which a browser does not show and a page holds only by mistake.
   */
  private static final Pattern INVISIBLE = Pattern.compile(
      "[\\u00ad\\u2060\\ufeff\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f]");
  /** A start or end tag: its name, then white space or the tag's end. */
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^>]*)?/?>");

  private Texts() {}

  /**
   * A class of white-space characters, such as a regex's {@code [\s\h]}, told apart by a table of bits. Every
   * character of every text read goes through {@link #test}: with a lambda for each class, the loops that several
   * classes share called it through an interface whose implementations the JIT could not inline, a dispatch per
   * character; this one final class is inlined, and its test is one comparison and one bit.
   */
  public static final class Spaces {
    private final long[] bits;

    private Spaces(long[] bits) {
      this.bits = bits;
    }

    /**
     * The class of the characters that a definition accepts.
     *
     * @param definition whether a character (of the Basic Multilingual Plane) is of the class
     * @return the class
     * @throws IllegalArgumentException if the class holds a printable ASCII character or one after U+3000
     */
    public static Spaces of(IntPredicate definition) {
      long[] bits = new long[1 << 10];
      int last = -1;
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (definition.test(c)) {
          if (c > ' ' && c < '\u007f' || c > '\u3000') {
            // collapse() passes over these without asking the class
            throw new IllegalArgumentException("no class of white space holds U+%04X".formatted(c));
          }
          bits[c >>> 6] |= 1L << c;
          last = c;
        }
      }
      return new Spaces(Arrays.copyOf(bits, (last >>> 6) + 1));
    }

    /**
     * Whether the character is one of the class.
     *
     * @param c the character
     * @return whether it is white space of this class
     */
    public boolean test(char c) {
      int word = c >>> 6;
      return word < bits.length && (bits[word] & 1L << c) != 0;
    }
  }

  /**
   * Replaces each run of the given white space by one space: what {@code replaceAll("[...]+", " ")} does for the
   * regex's character class, without the regex and, when the text has no such run, without a copy. Every text
   * node of a page goes through this.
   *
   * @param text the text
   * @param spaces the white space to collapse
   * @return the text with each run collapsed
   */
  public static String collapse(String text, Spaces spaces) {
    String collapsed = collapse(text, spaces, false);
    assert collapsed != null : "only a collapse that stops at an invisible character gives none";
    return collapsed;
  }

  /**
   * What {@code collapse(visible(text), spaces)} gives, read in one pass rather than two for a text without
   * characters a reader does not see, as nearly all are: every text node of an article's body, and every text
   * {@link #normalise}d, goes through both.
   *
   * @param text the text
   * @param spaces the white space to collapse
   * @return the text without invisible characters, each run of white space collapsed
   */
  public static String visibleCollapsed(String text, Spaces spaces) {
    String collapsed = collapse(text, spaces, true);
    return collapsed != null ? collapsed : collapse(visible(text), spaces);
  }

  /**
   * Collapses the runs of white space as {@link #collapse(String, Spaces)} describes; if {@code stopAtInvisible},
   * gives up at the first character that {@link #visible} would take out, since collapsing before taking it out
   * could leave two runs that its removal joins.
   *
   * @return the collapsed text, or null if it stopped at an invisible character
   */
  private static @Nullable String collapse(String text, Spaces spaces, boolean stopAtInvisible) {
    StringBuilder out = null;
    int copied = 0; // once there is a copy, the text before this is in it
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c > ' ' && c < '\u007f' || c > '\u3000' && c != '\ufeff') {
        // Printable ASCII, most characters of most pages, and the scripts of East Asia: neither white space of any
        // class nor invisible.
        i++;
        continue;
      }
      if (stopAtInvisible && isInvisible(c)) {
        return null;
      }
      if (!spaces.test(c)) {
        i++;
        continue;
      }
      int end = i + 1;
      for (char d; end < n && spaces.test(d = text.charAt(end)); end++) {
        if (stopAtInvisible && isInvisible(d)) {
          return null; // a vertical tab: white space that visible() takes out
        }
      }
      if (c != ' ' || end > i + 1) { // a single space stays as it is
        if (end - i == n) {
          return " "; // the indentation between elements, most of a page's text nodes: no copy to build
        }
        if (out == null) {
          out = new StringBuilder(n);
        }
        // The characters since the last run are copied at once, not one by one.
        out.append(text, copied, i).append(' ');
        copied = end;
      }
      i = end;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * Appends a text with each run of white space collapsed, as {@link #collapse} gives it, unless that makes the
   * appended text longer than a limit: for a caller that wants only short texts, so that it reads no more of a
   * long one than the limit.
   *
   * @param out where to append
   * @param text the text
   * @param spaces the white space to collapse
   * @param limit the longest {@code out} may get
   * @return false, with the text appended, if {@code out} is no longer than the limit; true, with part of it or
   *     none appended, if it would be
   */
  public static boolean appendCollapsed(StringBuilder out, String text, Spaces spaces, int limit) {
    int copied = 0; // the text before this is in out
    int room = limit - out.length(); // until the next append
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (i - copied > room) {
        return true; // what is left to copy alone makes it too long
      }
      char c = text.charAt(i);
      if (c > ' ' && c < '\u007f' || c > '\u3000' || !spaces.test(c)) { // as in collapse: no class holds the first
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && spaces.test(text.charAt(end))) {
        end++;
      }
      out.append(text, copied, i).append(' ');
      room = limit - out.length();
      copied = end;
      i = end;
    }
    out.append(text, copied, n);
    return out.length() > limit;
  }

  /**
   * Whether a text holds a digit, as every printed date and number does: a cheap test before a date reader is
   * asked, and a sign that a short line may be a date rather than a name.
   *
   * @param text the text
   * @return whether one of its characters is a digit, in any script
   */
  public static boolean hasDigit(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      // An ASCII character is told by two comparisons, where asking for its type costs a lookup in Unicode's tables:
      // no digit of another script comes before U+0660.
      if (c <= '9' ? c >= '0' : c >= '\u0660' && Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text holds only ASCII characters: a text that does may be lower-cased and searched for a regex's plain
   * words before the regex is run, since {@code (?iu)} folds some characters beyond ASCII (ſ, K) to ASCII letters.
   *
   * @param text the text
   * @return whether every character is below U+0080
   */
  public static boolean isAscii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a text contains one of the words, as a plain search: the cheap test before a regex made of those words.
   *
   * @param text the text, lower-cased if the words are
   * @param words the words
   * @return whether one of them stands anywhere in the text
   */
  public static boolean containsAny(String text, List<String> words) {
    for (int i = 0, n = words.size(); i < n; i++) {
      if (text.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a character is white space as {@code \s} means it in a Java regex without flags.
   *
   * @param c the character
   * @return whether it is one of space, tab, line feed, vertical tab, form feed and carriage return
   */
  public static boolean isRegexSpace(char c) {
    // Every character of a page's names goes through this: a letter, as most are, fails the first comparison.
    return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
  }

  /**
   * The text that markup in a string would show: pages put HTML into the strings of their metadata (a JSON-LD
   * {@code description} of {@code <p>} paragraphs, an escaped {@code &lt;p&gt;} in a meta content), which a reader
   * never sees as tags. Only the start tag of a known HTML element counts as markup, so that the angle brackets some
   * languages set around the title of a work ("<The Palace: Tale of Jang Noksu>") stay, and a "Read more" link that
   * a CMS appends to an excerpt ({@code class="more-link"}) is no part of the text.
   *
   * @param text a string that may hold markup
   * @return its text, or the string itself when it holds no HTML tag
   */
  public static String withoutMarkup(String text) {
    if (text.indexOf('<') < 0) {
      return text;
    }
    if (!holdsTag(text)) {
      // End tags alone: the rest of a paragraph that a split at "</p><p>" cut off ("Really.</p>") ends with them,
      // and a reader's comment may write one as words ("</script> ends the element"), which stay.
      return withoutEndTagsAtTheEnds(text);
    }
    Element body = Jsoup.parseBodyFragment(text).body();
    body.select("a[class*=more]").remove();
    return body.text();
  }

  /** A text without the end tags of known elements that open or close it, and the white space beside them. */
  private static String withoutEndTagsAtTheEnds(String text) {
    int start = 0;
    int end = text.length();
    Matcher m = TAG.matcher(text);
    for (boolean again = true; again; ) {
      again = false;
      while (start < end && isRegexSpace(text.charAt(start))) {
        start++;
      }
      m.region(start, end);
      if (m.lookingAt() && Tag.isKnownTag(m.group(1).toLowerCase(Locale.ROOT))) {
        start = m.end();
        again = true;
      }
    }
    for (boolean again = true; again && end > start; ) {
      again = false;
      while (end > start && isRegexSpace(text.charAt(end - 1))) {
        end--;
      }
      int open = text.lastIndexOf("</", end - 1);
      if (open >= start && text.charAt(end - 1) == '>') {
        m.region(open, end);
        if (m.matches() && Tag.isKnownTag(m.group(1).toLowerCase(Locale.ROOT))) {
          end = open;
          again = true;
        }
      }
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /**
   * Whether a text holds the start tag of an HTML element. End tags alone make no markup: a reader's comment that
   * writes {@code </script>} or {@code <!--} as words, in a JSON-LD {@code text}, is plain text, and parsing it as
   * HTML would drop all after them.
   */
  private static boolean holdsTag(String text) {
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      if (text.charAt(m.start() + 1) != '/' && Tag.isKnownTag(m.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Collapses every run of white space, including no-break spaces, into one space, drops the characters a
   * browser does not show (soft hyphens, which it prints only where it breaks a line, word joiners, byte order
   * marks and control characters) and trims the ends.
   *
   * @param text the text
   * @return the normalised text, possibly empty
   */
  public static String normalise(String text) {
    return visibleCollapsed(text, ALL_SPACES).trim();
  }

  /**
   * Whether a text node of the element's own is more than white space. Otherwise its {@link Element#ownText()},
   * {@link #normalise normalised}, is empty, and there is no need to build it: most elements hold nothing but
   * indentation between their children.
   *
   * @param e the element
   * @return whether one of its text nodes holds more than white space and no-break spaces
   */
  public static boolean holdsOwnText(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without the characters a browser does not show: soft hyphens, word joiners, byte order marks and
   * control characters other than white space.
   *
   * @param text the text
   * @return the text as a reader sees it, white space untouched
   */
  public static String visible(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isInvisible(text.charAt(i))) {
        return INVISIBLE.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  /**
   * Whether {@link #INVISIBLE} matches a character. Printable ASCII, nearly every character of a page's text, is
   * told apart with two comparisons first.
   */
  private static boolean isInvisible(char c) {
    if (c >= ' ' && c < '\u007f') {
      return false;
    }
    if (c > '\u009f') { // the letters of every other script: three comparisons
      return c == '\u00ad' || c == '\u2060' || c == '\ufeff';
    }
    return c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= '\u007f';
  }

  /**
   * The words of an element outside the elements of some tags, in their order, with a space where each element
   * inside it starts: the time in a post's header line outside its bold labels and links ("<b>Posted:</b> Mon Mar 06,
   * 2006 10:05 pm"), the words of two cells apart. Walked without recursion, however deep the element.
   *
   * @param element the element
   * @param tags the tags of the elements to leave out, with all they hold
   * @return the words, white space as the page has it
   */
  public static String outside(Element element, Set<String> tags) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node n, int depth) {
        if (n instanceof TextNode t) {
          out.append(t.getWholeText());
        } else if (n != element && n instanceof Element child) {
          out.append(' ');
          if (tags.contains(child.normalName())) {
            return FilterResult.SKIP_ENTIRELY;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node n, int depth) {
        return FilterResult.CONTINUE;
      }
    }, element);
    return out.toString();
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

  /**
   * The normalised text of an element if it is short, without reading more of a long element than needed: a
   * cheap test for elements such as bylines and date lines, which are short, against containers, which are not.
   *
   * @param element the element
   * @param maxLength the longest text to accept, in characters with white space collapsed
   * @return the normalised text; empty if blank or longer than {@code maxLength}
   */
  public static Optional<String> shortText(Element element, int maxLength) {
    return shortText(element, maxLength, Spacing.BLOCKS);
  }

  /**
   * The normalised text of a short heading, with a space also where an element follows another with nothing
   * between them: {@code <h1><span>Krach vor der Versammlung:</span><span>Es knirscht</span></h1>}, whose parts
   * the page's style sets on lines of their own, reads "Krach vor der Versammlung: Es knirscht". Inline elements
   * within a run of text ({@code <em>Star Wars</em>'s return}) are read as they stand, without a space.
   *
   * @param heading the heading
   * @param maxLength the longest text to accept, in characters with white space collapsed
   * @return the normalised text; empty if blank or longer than {@code maxLength}
   */
  public static Optional<String> headingText(Element heading, int maxLength) {
    return shortText(heading, maxLength, Spacing.TOUCHING);
  }

  /**
   * The normalised text of a short element whose parts are set apart by their elements, with a space wherever an
   * element inside it starts or ends: a byline's label, name and date are often styled apart without a space
   * between them ({@code <span>Posted</span><span>by <a>jroe</a></span>}), and read together they run into one
   * word. Names are not split across elements, so this costs them nothing. Text that a class hides from sight and
   * keeps for screen readers ({@code screen-reader-text}, {@code sr-only}) is left out: a byline's hidden "Send us
   * an e-mail" or "Posted by" is not what the page shows beside the name.
   *
   * @param element the element
   * @param maxLength the longest text to accept, in characters with white space collapsed
   * @return the normalised text; empty if blank or longer than {@code maxLength}
   */
  public static Optional<String> partsText(Element element, int maxLength) {
    return shortText(element, maxLength, Spacing.PARTS);
  }

  /**
   * The start of an element's text, white space collapsed, without reading the rest of a long element: where a
   * paragraph's opening words are all that is asked of it.
   *
   * @param element the element
   * @param length the most characters to read, white space collapsed
   * @return the normalised start of the text, cut where white space stands before the {@code length}th character;
   *     all of a shorter text
   */
  public static String opening(Element element, int length) {
    StringBuilder out = new StringBuilder();
    read(element, length, Spacing.BLOCKS, out);
    return normalise(out.toString());
  }

  private static Optional<String> shortText(Element element, int maxLength, Spacing spacing) {
    StringBuilder out = new StringBuilder();
    return read(element, maxLength, spacing, out) ? Optional.empty() : nonBlank(out.toString());
  }

  /** Where a text read from the page gets a space that its markup does not write. */
  private enum Spacing {
    /** Where a line of its own starts ({@link #breaksLine}) and where text follows one ({@link #endsLine}). */
    BLOCKS,
    /** There, and where an element follows another with nothing between them. */
    TOUCHING,
    /** Wherever an element starts or ends, screen-reader text left out. */
    PARTS
  }

  /**
   * Appends an element's text to {@code out}, white space collapsed, with the spaces that {@code spacing} adds, and
   * stops once it is longer than {@code maxLength}.
   *
   * @return whether the text is longer than {@code maxLength}; {@code out} then holds its start
   */
  private static boolean read(Element element, int maxLength, Spacing spacing, StringBuilder out) {
    boolean spaced = spacing == Spacing.PARTS;
    boolean touching = spacing == Spacing.TOUCHING;
    boolean[] tooLong = {false};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (appendCollapsed(out, t.getWholeText(), ALL_SPACES, maxLength)) {
            tooLong[0] = true;
            return FilterResult.STOP;
          }
        } else if (node instanceof Element e && e != element && (spaced || breaksLine(e)
            || touching && e.previousSibling() instanceof Element)) {
          if (spaced && Visibility.hidingClass(e.className())) {
            return FilterResult.SKIP_ENTIRELY; // its tail, and the space it would add, is skipped too
          }
          out.append(' ');
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e != element && (spaced || endsLine(e))) {
          out.append(' ');
        }
        return FilterResult.CONTINUE;
      }
    }, element);
    return tooLong[0];
  }

  /**
   * Whether an element starts a line of its own, so that a text read across it needs a space where it starts: a
   * block, a line break, and the {@code <summary>} of a {@code <details>} box, which browsers show as a line of its
   * own though jsoup counts it inline. A collapsible date line, {@code <details><summary>12:40 BST, 3 May
   * 2024</summary>First published ...</details>}, reads "BST First", not "BSTFirst".
   *
   * @param e the element
   * @return whether a space stands where it starts
   */
  public static boolean breaksLine(Element e) {
    if (e.isBlock()) {
      return true;
    }
    String name = e.normalName();
    return name.equals("br") || name.equals("summary");
  }

  /**
   * Whether a text read across an element needs a space where it ends: a line of its own ({@link #breaksLine}) that
   * text follows right after it, {@code <div>Published</div>3 May 2024}, whose words would otherwise run into the
   * last of the block's, as jsoup's {@link Element#text()} sets them apart too. A line break ends nothing.
   *
   * @param e the element
   * @return whether a space stands where it ends
   */
  public static boolean endsLine(Element e) {
    return e.nextSibling() instanceof TextNode && breaksLine(e) && !e.normalName().equals("br");
  }

  /**
   * The white-space separated tokens of a text, such as the classes of a {@code class} attribute.
   *
   * @param text the text
   * @return the tokens; none if the text is blank
   */
  public static String[] tokens(String text) {
    // What trim() and split("\\s+") give, without a regex: the runs of characters other than white space.
    String t = text.trim();
    List<String> tokens = new ArrayList<>();
    int n = t.length();
    int i = 0;
    while (i < n) {
      while (i < n && isRegexSpace(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isRegexSpace(t.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(t.substring(start, i));
      }
    }
    return tokens.toArray(String[]::new);
  }
}
