package io.github.newsmodel.html.internal.dom;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Turns the content of an element into body blocks, the way a reader sees it.
 *
 * <ul>
 *   <li>Runs of inline content are paragraphs. Two or more {@code <br>} in a row end a paragraph, as on pages
 *       that were written without {@code <p>}; a single {@code <br>} is a line break ({@code \n}) inside it.
 *   <li>Block elements ({@code p}, {@code div}, ...) end the paragraph before them and after them.
 *   <li>{@code blockquote} and the elements a site marks as quotes become {@link Quote}s; headings, lists,
 *       {@code pre}, images (AMP's {@code amp-img} and {@code amp-anim} too) and figures become their own blocks.
 *   <li>A table of data ({@link DataTables}) is a paragraph of its rows, a line each, the cells of a row apart by a
 *       tab, after its caption; a table that lays out a page is read as the blocks inside it.
 *   <li>Scripts, forms, embedded frames, ruby annotations (the readings printed above East Asian characters) and
 *       the elements a site skips are left out.
 * </ul>
 *
 * <p>A block whose last piece the page may have cut off (see {@link Cutoff}) is dropped, so that a truncated page
 * yields fewer blocks, never a truncated one. Instances are immutable and thread-safe.
 */
public final class BlockReader {
  /**
   * What is no content of its own: besides scripts, forms and the like, embedded media and frames, also AMP's,
   * whose children are only what stands in for them while they load (a video's poster is no image of the article),
   * and AMP's overlays, which show nothing until a reader taps: a lightbox (an image enlarged, a gallery, a
   * subscription offer) and the sidebar of a menu.
   */
  private static final Set<String> IGNORED = Set.of("script", "style", "noscript", "template", "iframe", "object",
      "embed", "form", "input", "button", "select", "textarea", "svg", "canvas", "video", "audio", "map", "head",
      "title", "meta", "link", "frame", "frameset", "rt", "rp", "amp-video", "amp-iframe", "amp-audio", "amp-ad",
      "amp-embed", "amp-lightbox", "amp-sidebar");
  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data",
      "dfn", "em", "font", "i", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
      "sup", "time", "tt", "u", "var", "label", "ins", "del");
  /** A time of day and nothing else: "16:56", "9.30 am", "11:17 Uhr". */
  private static final Pattern CLOCK_TIME = Pattern.compile(
      "\\s*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|uhr|h)?\\s*", Pattern.CASE_INSENSITIVE);
  /** {@code [\s\u00a0\u2007\u202f]}: white space and the no-break spaces. */
  private static final Texts.Spaces SPACES = Texts.Spaces.of(c -> c <= ' ' ? Texts.isRegexSpace((char) c)
      : c == '\u00a0' || c == '\u2007' || c == '\u202f');
  /**
   * What a character is to the reading of a text node ({@link #kind}): a character of a word, a space that
   * {@link #SPACES} collapses, other white space (which only {@link String#strip} takes off), or a character that
   * {@link Texts#visible} takes out.
   */
  static final int SOLID = 0;
  static final int SPACE = 1;
  static final int WHITE = 2;
  static final int INVISIBLE = 3;
  /**
   * The {@link #kindOf} each character up to U+3000 has, the last that is white space of any kind: worked out once,
   * so that the reading of a text asks one array for each character outside printable ASCII, as Cyrillic, Greek or
   * Arabic text has all its letters.
   */
  private static final byte[] KINDS = new byte['\u3000' + 1];
  /** The kind of the byte order mark, the only character after U+3000 that is not {@link #SOLID}. */
  private static final int BOM_KIND;

  static {
    for (char c = 0; c < KINDS.length; c++) {
      KINDS[c] = (byte) kindOf(c);
    }
    BOM_KIND = kindOf('\ufeff');
  }

  /** What ends a forum's attribution line besides its words: "jane wrote: ↑". */
  private static final Pattern CITE_END = Pattern.compile("[\\s\\p{So}\\p{Sm}\\u2191\\u25b2]+$");
  /** An attribution longer than this is quoted text set in {@code <cite>}, not a name. */
  private static final int MAX_CITE = 80;
  /**
   * A quote's last line that opens with a dash and names its author: "— Jane Roe (@janeroe) November 4, 2019". A
   * line of dialogue opens with the dash too, in Spanish, French or Russian, and is no name: it ends as a sentence
   * does ("—No lo sé.") or holds another dash before whom it quotes ("— Мы готовы, — заявил он").
   */
  private static final Pattern DASH_ATTRIBUTION = Pattern.compile("[—―]\\s*+([^\\s—―][^—―\\n]{0," + (MAX_CITE - 2)
      + "}[^\\s—―.!?…:;\"“”»]|[^\\s—―.!?…:;\"“”»])");
  /**
   * Names of the line that forums set at the start of a quote (and pull quotes at its end), in place of a {@code
   * <cite>}, to say whom it quotes: vBulletin's {@code bbcode_postedby} ("Originally Posted by jane"), XenForo's
   * {@code bbCodeBlock-title} ("jane said:"), phpBB 2's {@code quotetitle}, Invision's {@code ipsQuote_citation},
   * Discourse's {@code div.title} ("jane:") in its {@code aside.quote}, DataLife Engine's {@code div.title_quote}
   * ("Цитата: jane"), XenForo 1's {@code div.attribution} ("jane said:") in the quote's {@code aside}, WoltLab's
   * {@code div.quoteBoxTitle} ("Zitat von jane") after the box of the quoted poster's avatar.
   */
  private static final Pattern ATTRIBUTION_NAMES = Pattern.compile("postedby|posted-by|quotetitle|quoteboxtitle|"
      + "quote-title|"
      + "quote_title|title_quote|bbcodeblock-title|citation|quoteheader|quote-header|quote_header|quoteauthor|"
      + "quote-author|quote_author|^title$|(?:^|\\s)attribution(?:\\s|$)");
  /**
   * A quote's first line that says whom it quotes without a name for the line: Discuz!'s "海风 发表于 2020-3-12
   * 10:05" (in an unnamed {@code <font>}), "jane posted on 2020-3-12 10:05" in its English locale. The word and a
   * date after it, up to the end of the line, are what tell it from a line of the quoted text.
   */
  private static final Pattern DATED_ATTRIBUTION = Pattern.compile(
      "\\S.{0,60}?\\s(?:发表于|發表於|posted on)\\s+\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
  /** The name of IP.Board 3's attribution line before a quote, outside it: {@code p.citation}. */
  private static final Pattern CITATION_BEFORE = Pattern.compile("(?:^|\\s)citation(?:$|\\s)");
  /** How many boxes around a quote may stand between it and an attribution line before them. */
  private static final int MAX_BOX_LEVELS = 3;
  /** How many of a quote's first elements are looked at for its attribution line. */
  private static final int MAX_ATTRIBUTION_SEARCH = 8;
  /** Names of the control that unfolds a long quote, XenForo's "Click to expand...": not what is quoted. */
  private static final Pattern EXPAND_NAMES = Pattern.compile("expandlink|expand-link|expand_link|quoteexpand");
  /** Images this small are emoticons, spacers or tracking pixels, not content. */
  private static final int ICON_SIZE = 32;
  /**
   * Quotes and lists nested deeper than this in one another are read as plain containers: their text stays, and
   * the reading of a hostile page nested thousands deep needs no more stack than that of a real one.
   */
  private static final int MAX_NESTED_READS = 24;
  /** The selectors of figures and quotes, parsed once: jsoup parses a query string on every call. */
  private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
  private static final Evaluator CITE = QueryParser.parse("cite");
  /** Marks, among the nodes still to read, the end of a block element: the paragraph before it ends there. */
  private static final Object END_OF_BLOCK = new Object();

  /**
   * No element: the standard reader's quotes and skipped elements besides its own, which a reader that adds some
   * replaces rather than joins with {@link Predicate#or}, so that the standard reader asks no predicate for each
   * element and one that adds a single one asks it directly.
   */
  private static final Predicate<Element> NOTHING = e -> false;
  private static final BlockReader STANDARD = new BlockReader(NOTHING, NOTHING, List.of(), null, 0);

  private final Predicate<Element> quote;
  private final Predicate<Element> skip;
  private final List<Special> specials;
  /** The attribution of the quote being read, which stays out of its text. */
  private final @Nullable Element citation;
  /** How many quotes and lists this reader is nested in. */
  private final int nesting;

  private BlockReader(Predicate<Element> quote, Predicate<Element> skip, List<Special> specials,
      @Nullable Element citation, int nesting) {
    this.quote = quote;
    this.skip = skip;
    this.specials = specials;
    this.citation = citation;
    this.nesting = nesting;
  }

  /**
   * The reader with the standard rules only.
   *
   * @return the shared instance
   */
  public static BlockReader standard() {
    return STANDARD;
  }

  /**
   * A reader that also reads the given elements as quotes, such as a site's {@code div.quote}.
   *
   * @param more the elements to read as quotes, besides {@code blockquote}
   * @return a new reader
   */
  public BlockReader quoting(Predicate<Element> more) {
    return new BlockReader(or(quote, more), skip, specials, citation, nesting);
  }

  /**
   * A reader that also leaves the given elements out, such as share buttons or an image that is read apart.
   *
   * @param more the elements to leave out
   * @return a new reader
   */
  public BlockReader skipping(Predicate<Element> more) {
    return new BlockReader(quote, or(skip, more), specials, citation, nesting);
  }

  /**
   * A reader that reads the given elements the site's own way, such as an image wrapper with its caption.
   *
   * @param which the elements to read specially
   * @param how reads one such element into a block, or into nothing if it holds nothing trusted
   * @return a new reader
   */
  public BlockReader reading(Predicate<Element> which, Function<Element, Optional<? extends Block>> how) {
    List<Special> more = new ArrayList<>(specials);
    more.add(new Special(which, how));
    return new BlockReader(quote, skip, List.copyOf(more), citation, nesting);
  }

  /** The elements either predicate accepts, {@code more} alone if {@code some} is {@link #NOTHING}. */
  private static Predicate<Element> or(Predicate<Element> some, Predicate<Element> more) {
    return some == NOTHING ? more : some.or(more);
  }

  /**
   * Reads the content of an element.
   *
   * @param container the element whose children are read; the element itself is not skipped or quoted
   * @return the blocks in reading order; empty if there is no trusted content
   */
  public List<Block> read(Element container) {
    Run run = new Run();
    if (captionOf(container) != null && Images.first(container) != null) {
      // A lead that is a captioned figure itself is read as the image with its caption, as a figure inside a
      // container is.
      run.figure(container, new ArrayDeque<>());
    } else {
      run.children(container);
    }
    run.flush();
    return run.blocks;
  }

  /**
   * Whether an element forms a line of its own: its parent is a block, and no text or inline element stands beside
   * it before the next block or line break.
   */
  private static boolean standsAlone(Element e) {
    Element parent = e.parent();
    return parent != null && !INLINE.contains(parent.normalName()) && !inlineBeside(e.previousSibling(), true)
        && !inlineBeside(e.nextSibling(), false);
  }

  private static boolean inlineBeside(@Nullable Node node, boolean before) {
    Node n = node;
    while (n instanceof TextNode text && text.isBlank()) {
      n = before ? n.previousSibling() : n.nextSibling();
    }
    return n instanceof TextNode || n instanceof Element e && INLINE.contains(e.normalName());
  }

  /**
   * What a character is to the reading of a text node, as {@link #kindOf} defines it, from a table.
   *
   * @param c the character
   * @return {@link #SOLID}, {@link #SPACE}, {@link #WHITE} or {@link #INVISIBLE}
   */
  static int kind(char c) {
    return c < KINDS.length ? KINDS[c] : c == '\ufeff' ? BOM_KIND : SOLID;
  }

  /**
   * What a character is to the reading of a text node: {@link #INVISIBLE} if {@link Texts#visible} takes it out
   * (before the spaces are collapsed), else {@link #SPACE} if it is one of {@link #SPACES}, else {@link #WHITE} if
   * it is white space to {@link String#strip}, else {@link #SOLID}.
   *
   * @param c the character
   * @return its kind
   */
  static int kindOf(char c) {
    if (Texts.visible(String.valueOf(c)).isEmpty()) {
      return INVISIBLE;
    }
    if (SPACES.test(c)) {
      return SPACE;
    }
    return Character.isWhitespace(c) ? WHITE : SOLID;
  }

  /** The state of one reading: blocks so far and the paragraph being gathered. */
  private final class Run {
    final List<Block> blocks = new ArrayList<>();
    /** The paragraph being gathered, its first {@link #length} characters. */
    char[] paragraph = new char[64];
    int length;
    int breaks;
    boolean space;
    Node lastText;

    /**
     * Reads the content of an element in document order. The nodes still to read are kept on a stack of their own
     * rather than the thread's, so that a page nested deeply costs no more stack than a flat one.
     */
    void children(Element parent) {
      Deque<Object> todo = new ArrayDeque<>();
      push(todo, parent);
      while (!todo.isEmpty()) {
        Object next = todo.pop();
        if (next == END_OF_BLOCK) {
          flush();
        } else if (next instanceof TextNode text) {
          text(text);
        } else if (next instanceof Element element) {
          element(element, todo);
        }
      }
    }

    /** Puts the children of an element on the stack, the first on top. */
    private void push(Deque<Object> todo, Element parent) {
      // By index: jsoup's childNodes() copies the list each time it is asked, for every element of the body.
      for (int i = parent.childNodeSize() - 1; i >= 0; i--) {
        todo.push(parent.childNode(i));
      }
    }

    /** Puts the children of a block element on the stack, ending the paragraph before and after them. */
    private void pushBlock(Deque<Object> todo, Element block) {
      flush();
      todo.push(END_OF_BLOCK);
      push(todo, block);
    }

    void element(Element e, Deque<Object> todo) {
      String name = e.normalName();
      if (e == citation || skip.test(e) || IGNORED.contains(name) || attributionOfNext(e)) {
        return;
      }
      boolean nestedTooDeep = nesting >= MAX_NESTED_READS;
      for (int k = 0, n = specials.size(); k < n; k++) { // by index: no iterator for each element
        Special special = specials.get(k);
        if (special.which().test(e)) {
          block(special.how().apply(e));
          return;
        }
      }
      if (name.equals("br")) {
        if (length > 0) {
          breaks++;
          space = false;
        }
      } else if (nestedTooDeep && (name.equals("blockquote") || name.equals("ul") || name.equals("ol"))) {
        pushBlock(todo, e);
      } else if (name.equals("blockquote") || quote != NOTHING && quote.test(e)) {
        block(quoteOf(e));
      } else if (name.equals("img") && InlineImages.smiley(e)) {
        smiley(e);
      } else if (Images.isImageTag(name)) {
        // an AMP image is read whole, not the copies inside it; a placeholder, a fallback or an image for other
        // screens stands in for another
        block(Images.standsIn(e) ? Optional.empty() : image(e, FigureCaption.NONE));
      } else if (name.equals("figure") || WordPressCaption.isCaptionedImage(e)) {
        figure(e, todo);
      } else if (name.equals("figcaption") && (e.parent() == null || !e.parent().normalName().equals("figure"))
          && FigureCaption.isFiguresCaption(e)) {
        // a figure's own figcaption is read with its image; one set after the figure, outside it, is read here
        captionAfterFigure(e);
      } else if (isHeading(name)) {
        block(Texts.completeText(e).map(t -> Heading.of(name.charAt(1) - '0', t)));
      } else if (name.equals("ul") || name.equals("ol")) {
        block(list(e));
      } else if (name.equals("pre")) {
        block(Cutoff.complete(e) && !e.wholeText().isBlank()
            ? Optional.of(Preformatted.of(e.wholeText().strip())) : Optional.empty());
      } else if (name.equals("hr")) {
        flush();
      } else if (name.equals("time") && length == 0 && standsAlone(e)
          && !CLOCK_TIME.matcher(e.text()).matches()) {
        // A dateline on a line of its own ("<time datetime=...>Jan 1</time>"): the metadata holds it. A clock time
        // alone is a live blog's entry's, which no metadata holds.
        return;
      } else if (name.equals("table") && !nestedTooDeep && readAsData(e)) {
        return;
      } else if (INLINE.contains(name) || !isKnownBlock(name)) {
        push(todo, e);
      } else {
        pushBlock(todo, e);
      }
    }

    /**
     * Reads a table of data ({@link DataTables}) as its caption and its rows; false for a table that lays out a page,
     * or that the page may have cut off, which is read as blocks.
     */
    private boolean readAsData(Element e) {
      if (!Cutoff.complete(e)) {
        return false;
      }
      List<List<Element>> rows = DataTables.rows(e);
      if (rows.isEmpty()) {
        return false;
      }
      block(caption(e));
      block(table(rows));
      return true;
    }

    /**
     * Adds a text node to the paragraph: what {@code Texts.visibleCollapsed(text, SPACES)} gives, stripped, after a
     * space or a line break as the text before it asks. It is read in one pass from a copy in the paragraph's own
     * array, where it is collapsed in place: every character of the article passes here, and a collapsed copy, its
     * stripped copy and the paragraph's copy of that cost three passes and as many strings more.
     */
    void text(TextNode node) {
      String text = node.getWholeText();
      int n = text.length();
      // The text's first character that is neither white space nor invisible; before it, whether the first visible
      // one is a space that collapses (as the collapsed text's first character, a space).
      int first = 0;
      boolean visible = false;
      boolean spaceFirst = false;
      for (; first < n; first++) {
        char c = text.charAt(first);
        if (c > ' ' && c < '\u007f') {
          break;
        }
        int kind = kind(c);
        if (kind == SOLID) {
          break;
        }
        if (kind != INVISIBLE && !visible) {
          visible = true;
          spaceFirst = kind == SPACE;
        }
      }
      if (first == n) { // blank: white space that may stand between two words
        space |= length > 0 && breaks == 0 && visible;
        return;
      }
      if (breaks >= 2) {
        flush();
      } else if (breaks == 1) {
        append('\n');
      } else if ((space || spaceFirst) && length > 0) {
        append(' ');
      }
      int start = length;
      int end = start + n - first;
      if (end > paragraph.length) {
        paragraph = Arrays.copyOf(paragraph, Math.max(end, paragraph.length * 2));
      }
      char[] out = paragraph;
      text.getChars(first, n, out, start);
      // Collapsed in place: what is written never runs ahead of what is read.
      int written = start;
      boolean inSpace = false; // whether the last visible character read is a space that collapses
      for (int i = start; i < end; i++) {
        char c = out[i];
        if (c > ' ' && c < '\u007f') {
          out[written++] = c;
          inSpace = false;
          continue;
        }
        int kind = kind(c);
        if (kind == SPACE) {
          if (!inSpace) {
            out[written++] = ' ';
            inSpace = true;
          }
        } else if (kind != INVISIBLE) {
          out[written++] = c;
          inSpace = false;
        }
      }
      while (Character.isWhitespace(out[written - 1])) {
        written--; // stripped: the first character is none, so this stops there
      }
      length = written;
      space = inSpace;
      breaks = 0;
      lastText = node;
    }

    /**
     * Adds a smiley to the paragraph as the characters it stands for, ":)" or "😉", read as a text node of them is
     * read: a smiley between two words joins their paragraph rather than splitting it round an image block. The
     * smiley itself is the paragraph's last piece, whose completeness {@link #flush} checks.
     */
    private void smiley(Element img) {
      String said = InlineImages.text(img);
      if (!said.isEmpty()) {
        text(new TextNode(said));
        lastText = img;
      }
    }

    private void append(char c) {
      if (length == paragraph.length) {
        paragraph = Arrays.copyOf(paragraph, length * 2);
      }
      paragraph[length++] = c;
    }

    void block(Optional<? extends Block> block) {
      flush();
      block.ifPresent(blocks::add);
    }

    void flush() {
      if (length > 0 && lastText != null && Cutoff.complete(lastText)) {
        // no white space to strip: each text is added stripped, and a line break only before another
        String text = new String(paragraph, 0, length);
        Optional<Image> captioned = length <= CaptionAfterImage.MAX_CAPTION && !blocks.isEmpty()
            && blocks.get(blocks.size() - 1) instanceof Image image ? CaptionAfterImage.of(image, text)
            : Optional.empty();
        if (captioned.isPresent()) {
          // a caption set as a paragraph right after its image is the image's, and out of the text with it
          blocks.set(blocks.size() - 1, captioned.get());
        } else {
          blocks.add(Paragraph.of(text));
        }
      }
      length = 0;
      breaks = 0;
      space = false;
      lastText = null;
    }

    /**
     * A figure's caption set after it, outside it, as Reuters sets {@code <figure><img></figure><figcaption>}: the
     * image's caption if the image was read and has none, and no paragraph of the text either way.
     */
    void captionAfterFigure(Element figcaption) {
      flush();
      if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Image image && image.caption().isEmpty()
          && image.credit().isEmpty()) {
        FigureCaption read = FigureCaption.of(figcaption);
        if (read.caption().isPresent() || read.credit().isPresent()) {
          blocks.set(blocks.size() - 1, read.on(image));
        }
      }
    }

    void figure(Element figure, Deque<Object> todo) {
      Element img = Images.figurePicture(figure);
      if (img == null) {
        pushBlock(todo, figure);
        return;
      }
      block(image(img, FigureCaption.of(figure, captionOf(figure))));
    }
  }

  /**
   * A quote. Its attribution is a short {@code <cite>} that opens or closes it, as forums write "jane wrote:", or
   * without one a line among its first few elements that is named as the attribution and does
   * ({@link #ATTRIBUTION_NAMES}), and stays out of the quoted text; else the URL of its {@code cite} attribute. A
   * control that unfolds the quote is no part of it.
   */
  private Optional<Quote> quoteOf(Element e) {
    if (!Cutoff.complete(e)) {
      return Optional.empty();
    }
    Element citeLine = citeLine(e);
    Optional<String> citedBefore = citeLine == null ? citeBefore(e) : Optional.empty();
    if (citedBefore.isPresent()) {
      // IP.Board 3's "<p class=citation>ann, on 03 March 2012 - 09:14 PM, said:</p><div class=blockquote>"
      return quote(new BlockReader(NOTHING, or(skip, BlockReader::expandControl), specials, null, nesting + 1)
          .read(e), citedBefore);
    }
    Optional<String> attribution = Optional.empty();
    if (citeLine != null) {
      String all = e.text();
      String line = citeLine.text();
      if (!line.isBlank() && (all.startsWith(line) || all.endsWith(line))) {
        attribution = Texts.nonBlank(CITE_END.matcher(withoutIconLinks(citeLine, line)).replaceAll(""))
            .filter(c -> c.length() <= MAX_CITE);
      }
    }
    Element cited = attribution.isPresent() ? citeLine : null;
    List<Block> quoted = new BlockReader(NOTHING, or(skip, BlockReader::expandControl), specials, cited,
        nesting + 1).read(e);
    if (attribution.isEmpty() && !quoted.isEmpty() && quoted.get(quoted.size() - 1) instanceof Paragraph last) {
      Matcher dashed = DASH_ATTRIBUTION.matcher(last.text());
      if (dashed.matches()) {
        // "<p>…</p>— Jane Roe (@janeroe) November 4, 2019": an embedded post's, or a quotation's, last line names
        // its author; with nothing before it, the quote has no words of its own
        if (quoted.size() == 1) {
          return Optional.empty();
        }
        attribution = Optional.of(dashed.group(1));
        quoted = quoted.subList(0, quoted.size() - 1);
      }
    }
    return quote(quoted, attribution.or(() -> Urls.http(e, "cite").map(URI::toString)));
  }

  /**
   * An attribution line's text without the words of a link drawn as an icon at its end: vBulletin 5's
   * {@code Originally posted by <strong>jane</strong> <a class="b-icon b-icon__double-arrow-right--blue">View
   * Post</a>}, an arrow to the quoted post whose words only a screen reader speaks.
   */
  private static String withoutIconLinks(Element citeLine, String line) {
    for (Element a : citeLine.getElementsByTag("a")) {
      String words = a.text();
      // the class names an icon, not a word that holds the letters ("lexicon", "silicon")
      if (!words.isEmpty() && (a.hasClass("b-icon") || a.hasClass("icon")) && line.endsWith(words)) {
        return line.substring(0, line.length() - words.length()).strip();
      }
    }
    return line;
  }

  /**
   * A quote of what was read inside a quote's box: the blocks' texts as its paragraphs, and its attribution, which
   * the forums that set it in a box of its own ("Originally Posted by jane") read apart.
   *
   * @param quoted the blocks read inside the box, without the attribution
   * @param cite the attribution, if any
   * @return the quote; empty if the blocks hold no text
   */
  public static Optional<Quote> quote(List<Block> quoted, Optional<String> cite) {
    String text = joined(quoted, "\n\n");
    if (text.isBlank()) {
      return Optional.empty();
    }
    Quote.Builder quote = Quote.builder().text(text);
    cite.ifPresent(quote::cite);
    return Optional.of(quote.build());
  }

  /**
   * The blocks' texts that are not empty, joined with a separator: what a stream's {@code joining} gives, without
   * the stream, for each item of every list.
   */
  private static String joined(List<Block> blocks, String separator) {
    if (blocks.size() == 1) {
      return blocks.get(0).text();
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0, n = blocks.size(); i < n; i++) {
      String t = blocks.get(i).text();
      if (!t.isEmpty()) {
        if (text.length() > 0) {
          text.append(separator);
        }
        text.append(t);
      }
    }
    return text.toString();
  }

  /** The line inside a quote that may say whom it quotes: a {@code <cite>}, else a line named or dated as one. */
  private static @Nullable Element citeLine(Element quote) {
    Element line = quote.selectFirst(CITE);
    if (line == null) {
      line = attributionLine(quote);
    }
    return line == null ? datedAttributionLine(quote) : line;
  }

  /**
   * The attribution that a line right before a quote gives ({@link #attributionBefore}): its text, if it is as
   * short as an attribution. A longer one, a source's full reference, stays a paragraph of its own.
   */
  private static Optional<String> citeBefore(Element quote) {
    Element before = attributionBefore(quote);
    return before == null ? Optional.empty() : Texts.completeText(before)
        .map(t -> CITE_END.matcher(t).replaceAll("")).filter(c -> !c.isEmpty() && c.length() <= MAX_CITE);
  }

  /**
   * The attribution line right before a quote, outside it: the element before the quote, or before the boxes it
   * opens ({@code <p class=citation>} before {@code <div class=blockquote><div class=quote>}), named as a citation
   * ({@link #CITATION_BEFORE}).
   */
  private static @Nullable Element attributionBefore(Element quote) {
    Element q = quote;
    for (int up = 0; q != null && up < MAX_BOX_LEVELS; up++, q = q.parent()) {
      Element before = q.previousElementSibling();
      if (before != null) {
        return namedAttribution(before) ? before : null;
      }
    }
    return null;
  }

  /**
   * Whether an element is the attribution line of the quote after it ({@link #attributionBefore}), which reads it
   * as its attribution: the next element is a quote or opens one with its first elements, the quote has no line of
   * its own that says whom it quotes, and this line is as short as an attribution ({@link #citeBefore}).
   */
  private boolean attributionOfNext(Element e) {
    if (!e.hasClass("citation")) {
      return false; // nearly every element: asked before its names are built
    }
    Element next = e.nextElementSibling();
    for (int down = 0; next != null && down < MAX_BOX_LEVELS; down++, next = next.firstElementChild()) {
      if (next.normalName().equals("blockquote") || quote.test(next)) {
        return attributionBefore(next) == e && citeLine(next) == null && citeBefore(next).isPresent();
      }
    }
    return false;
  }

  /**
   * Whether an element is named as the citation of the quote after it. Only that name: the other names of an
   * attribution line, such as Discourse's {@code title}, name a page's headings too, which stand before a summary
   * set as a quote.
   */
  private static boolean namedAttribution(Element e) {
    String names = Names.of(e);
    return !names.isEmpty() && CITATION_BEFORE.matcher(names).find();
  }

  /**
   * The first of a quote's first few elements, in document order, that is named as its attribution line, if any.
   * The walk stops after those few, where a list of all the quote's elements would copy a long quote's whole tree.
   */
  private static @Nullable Element attributionLine(Element quote) {
    Element inner = quote.firstElementChild();
    for (int seen = 0; inner != null && seen < MAX_ATTRIBUTION_SEARCH; seen++) {
      String names = Names.of(inner);
      if (!names.isEmpty() && ATTRIBUTION_NAMES.matcher(names).find()) {
        return inner;
      }
      Element next = inner.firstElementChild();
      for (Element up = inner; next == null && up != null && up != quote; up = up.parent()) {
        next = up.nextElementSibling(); // the next element after the subtree, still inside the quote
      }
      inner = next;
    }
    return null;
  }

  /**
   * The quote's first line, if it is an inline element alone on its line, followed by a {@code <br>}, whose text is
   * a {@link #DATED_ATTRIBUTION}: Discuz! writes its attribution so, with no name to find it by. Only that one
   * short line is matched, so a quote costs a look at its first few nodes.
   */
  private static @Nullable Element datedAttributionLine(Element quote) {
    Node first = quote.firstChild();
    // into the blocks the line opens, as Discuz!'s div.quote > blockquote, a few deep as the search for a named one
    for (int depth = 0; depth < MAX_ATTRIBUTION_SEARCH; depth++) {
      while (first instanceof TextNode t && t.isBlank()) {
        first = first.nextSibling();
      }
      if (!(first instanceof Element block) || INLINE.contains(block.normalName())
          || block.normalName().equals("br")) {
        break;
      }
      first = block.firstChild();
    }
    if (!(first instanceof Element line) || !INLINE.contains(line.normalName())) {
      return null;
    }
    Node next = line.nextSibling();
    while (next instanceof TextNode t && t.isBlank()) {
      next = next.nextSibling();
    }
    if (!(next instanceof Element br) || !br.normalName().equals("br")) {
      return null;
    }
    String text = line.text();
    return text.length() <= MAX_CITE && DATED_ATTRIBUTION.matcher(text).matches() ? line : null;
  }

  private static boolean expandControl(Element e) {
    String names = Names.of(e);
    return !names.isEmpty() && EXPAND_NAMES.matcher(names).find();
  }

  /**
   * The caption element of a figure, its {@code <figcaption>} or else an element it names as its caption, or that
   * of a classic WordPress captioned image; null if it has none.
   */
  private static @Nullable Element captionOf(Element figure) {
    if (!figure.normalName().equals("figure")) {
      return WordPressCaption.captionOf(figure);
    }
    Element figcaption = figure.selectFirst(FIGCAPTION);
    return figcaption != null ? figcaption : FigureCaption.namedCaption(figure);
  }

  private static Optional<Image> image(Element img, FigureCaption caption) {
    if (isIcon(img) || Promotion.banner(img)) {
      return Optional.empty();
    }
    Optional<URI> url = Images.url(img);
    if (url.isEmpty() || ControlImages.control(img, url.get())) {
      return Optional.empty(); // a share button or a control's icon is no picture of the article
    }
    Image.Builder image = Image.builder().url(url.get());
    Texts.nonBlank(img.attr("alt")).ifPresent(image::alt);
    caption.caption().ifPresent(image::caption);
    caption.credit().ifPresent(image::credit);
    return Optional.of(image.build());
  }

  /**
   * Whether an image is drawn as small as an icon. An AMP image laid out to fill its box, or responsive, gives in
   * its width and height no size but the ratio of its sides ({@code width=16 height=9}): it is drawn as wide as its
   * box.
   */
  private static boolean isIcon(Element img) {
    if (!img.normalName().equals("img")) {
      String layout = img.attr("layout");
      if (layout.equalsIgnoreCase("responsive") || layout.equalsIgnoreCase("fill")
          || layout.equalsIgnoreCase("flex-item")) {
        return false;
      }
    }
    return size(img.attr("width")) <= ICON_SIZE && size(img.attr("height")) <= ICON_SIZE;
  }

  private static int size(String attribute) {
    String number = attribute.trim().replace("px", "");
    if (number.isEmpty()) {
      return Integer.MAX_VALUE; // most images give no size: known without the cost of an exception
    }
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // unknown size: assume the image is content
    }
  }

  /** A table's caption, read like any content; none if it has none. */
  private Optional<Paragraph> caption(Element table) {
    for (Element c = table.firstElementChild(); c != null; c = c.nextElementSibling()) {
      if (c.normalName().equals("caption") && !skip.test(c)) {
        String text = Texts.normalise(joined(new BlockReader(quote, skip, specials, citation, nesting + 1).read(c),
            " "));
        return text.isEmpty() ? Optional.empty() : Optional.of(Paragraph.of(text));
      }
    }
    return Optional.empty();
  }

  /**
   * A table of data ({@link DataTables}) as a paragraph of its rows, a line each, the cells of a row apart by a tab:
   * read cell by cell, "Greens", "12" and "0" were paragraphs of their own. Each cell is read like any content, so
   * that what the reader skips or ignores stays out of it; a row of empty cells is left out, and empty cells at a
   * row's end.
   */
  private Optional<Paragraph> table(List<List<Element>> rows) {
    BlockReader nested = new BlockReader(quote, skip, specials, citation, nesting + 1);
    StringBuilder text = new StringBuilder();
    for (List<Element> row : rows) {
      List<String> cells = new ArrayList<>(row.size());
      int filled = 0;
      for (Element cell : row) {
        String t = skip.test(cell) ? "" : Texts.normalise(joined(nested.read(cell), " "));
        cells.add(t);
        filled += t.isEmpty() ? 0 : 1;
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1); // nothing to line up after the last cell of text
      }
      if (filled > 0) {
        // a row of one cell of text, a heading across the table or an image's note beside it, is that text alone
        text.append(text.length() == 0 ? "" : "\n")
            .append(filled == 1 ? cells.stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow()
                : String.join("\t", cells));
      }
    }
    return text.length() == 0 ? Optional.empty() : Optional.of(Paragraph.of(text.toString()));
  }

  /** A list, each item read like any content, so that what the reader skips or ignores stays out of it. */
  private Optional<ItemList> list(Element e) {
    if (!Cutoff.complete(e)) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    BlockReader nested = new BlockReader(quote, skip, specials, citation, nesting + 1);
    // by sibling: children() copies the list of child elements
    for (Element li = e.firstElementChild(); li != null; li = li.nextElementSibling()) {
      if (!li.normalName().equals("li") || skip.test(li)) {
        continue;
      }
      String item = Texts.normalise(joined(nested.read(li), " "));
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ItemList.builder().ordered(e.normalName().equals("ol")).addAllItems(items).build());
  }

  /**
   * Whether the reader ends the paragraph before and after an element of this kind, rather than reading it as
   * part of the running text. Elements it does not know, such as custom elements, are read as running text.
   *
   * @param name the element's normalised tag name
   * @return true for paragraphs, headings, lists, quotes, tables, images and other block elements
   */
  public static boolean isBlock(String name) {
    return switch (name) {
      case "blockquote", "img", "amp-img", "amp-anim", "figure", "ul", "ol", "pre", "hr", "h1", "h2", "h3", "h4", "h5",
          "h6" -> true;
      default -> !INLINE.contains(name) && isKnownBlock(name);
    };
  }

  /** {@code h1} to {@code h6}: told by two characters, as every element of a body is asked. */
  private static boolean isHeading(String name) {
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
  }

  /** An element that a site reads its own way. */
  private record Special(Predicate<Element> which, Function<Element, Optional<? extends Block>> how) {}

  private static boolean isKnownBlock(String name) {
    return switch (name) {
      case "address", "article", "aside", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
          "figcaption", "footer", "header", "hgroup", "li", "main", "nav", "p", "section", "summary", "table",
          "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "body", "html" -> true;
      default -> false;
    };
  }
}
