package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.html.internal.content.Boilerplate.Furniture;
import io.github.newsmodel.html.internal.content.Boilerplate.TagFurniture;
import io.github.newsmodel.html.internal.content.Boilerplate.Words;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.PageWords;
import io.github.newsmodel.html.internal.dom.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * How much text, link text and paragraph-like text every element of a page holds, measured once so that no
 * later step has to call {@code text()} on a large subtree.
 *
 * <p>The measure walks the tree once, iteratively (a deep tree of broken markup cannot overflow the stack), and
 * records the elements in post-order. A second, cheap pass over the recorded elements takes the page furniture out
 * of the sums. Text is counted in characters other than white space, so that indentation does not count. The
 * measures are kept by each element's index in the page's {@link PageElements}, the order the steps after read
 * them in.
 *
 * <p>A <em>run</em> is the inline text an element holds directly, outside its block children: a paragraph's
 * text, or the text of a {@code div} written without {@code <p>}. A run is <em>good</em> when it reads like
 * running text (long enough, few of its characters in links), <em>junk</em> when it is mostly links, and
 * <em>neutral</em> otherwise (a byline, a date, a short label).
 */
final class PageMeasures {
  /** A run this long reads like a paragraph wherever it stands. */
  private static final int LONG_RUN = 60;
  /** A run in a paragraph element reads like a paragraph from this length on. */
  private static final int SHORT_PARAGRAPH = 15;
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** Elements whose own text is a paragraph even when it is short. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote", "pre", "dd", "li", "td");
  /**
   * An element holding at least this share of the page's good text is never taken for furniture, whatever its
   * class says: it is, or wraps, the article.
   */
  private static final double WRAPPER_SHARE = 0.3;
  /** A block with more of its text in links than this is a list of links. */
  static final double LINK_LIST = 0.5;
  /** Below this much running text, an element's share of a page says nothing: the page holds almost none. */
  private static final int MIN_WRAPPER = 250;
  /** An element holding this share of the page's good text is the page's main part. */
  private static final double MOST = 0.6;
  /** A small block that opens with a link this long, or holds a heading that is one, is a teaser. */
  private static final int HEADLINE_LINK = 20;
  /** The largest block taken for a teaser: a headline, a summary and perhaps a date. */
  private static final int TEASER_CHARS = 600;
  /** A teaser's summary is a few times longer than its headline at most; an article opening with a link is not. */
  private static final int TEASER_RATIO = 6;
  /** The bit of the classes that hide their element ({@link Visibility#hidingClass}) in the page's class words. */
  private static final int HIDING_CLASS = PageWords.HIDING.bit();

  /**
   * For each ASCII character, 1 if {@link Counter#visibleChars} counts it, 0 if it is white space: the spaces and line
   * breaks between a page's words are about one character in six, and asking {@link Character#isWhitespace} of each
   * cost more than counting all the others.
   */
  private static final byte[] VISIBLE_ASCII = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      VISIBLE_ASCII[c] = (byte) (Character.isWhitespace(c) ? 0 : 1);
    }
  }

  /**
   * What the walk needs to know of a tag: worked out once for each distinct tag name of a page, rather than looked
   * up in several sets for each of its elements.
   *
   * @param noText whether the element and everything in it is not readable text ({@link Boilerplate#holdsNoText})
   * @param link whether it is a link, {@code <a>}
   * @param block whether it breaks its parent's run ({@link BlockReader#isBlock})
   * @param heading whether it is a heading, {@code h1} to {@code h6}
   * @param paragraph whether its own text is a paragraph even when it is short ({@link #PARAGRAPHS})
   * @param caption whether it is a {@code figcaption}, whose text is neutral
   * @param furniture what the tag says of furniture ({@link Boilerplate#tagFurniture})
   */
  private record TagKind(boolean noText, boolean link, boolean block, boolean heading, boolean paragraph,
      boolean caption, TagFurniture furniture) {
    static TagKind of(String name) {
      return new TagKind(Boilerplate.holdsNoText(name), name.equals("a"), BlockReader.isBlock(name),
          HEADINGS.contains(name), PARAGRAPHS.contains(name), name.equals("figcaption"),
          Boilerplate.tagFurniture(name));
    }
  }

  /**
   * The kinds of the tags of HTML, worked out once for all pages: each page's walk would otherwise work out those
   * of its few dozen tags anew, in a dozen set lookups each. Other tags, such as custom elements, are worked out
   * once per page.
   */
  private static final Map<String, TagKind> HTML_TAGS = Stream.of("a", "abbr", "address", "area", "article",
      "aside", "audio", "b", "base", "bdi", "bdo", "big", "blockquote", "body", "br", "button", "canvas", "caption",
      "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div",
      "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset",
      "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input",
      "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav",
      "nobr", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress",
      "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "small", "source", "span", "strike",
      "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
      "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr")
      .collect(Collectors.toUnmodifiableMap(name -> name, TagKind::of));

  /**
   * The measures of one element. Fields are filled by the passes of {@link PageMeasures#of}. One is made for nearly
   * every element of the page, and a profile put making them at a third of the measure: what only the walk needs
   * to know of an element while it is open is kept on the walk's path ({@link Counter}), and the sums of the
   * children are added into the element's own, so that a measure fills one cache line (64 bytes, from 96).
   */
  static final class Stat {
    /** What the element's tag says of furniture. */
    TagFurniture tagFurniture = TagFurniture.OTHER;
    /** Characters of readable text. */
    int chars;
    /** Characters of readable text inside links. */
    int links;
    /** Whether the element and everything in it is inline content, part of its parent's run. */
    boolean inline;
    /** Good characters in the whole subtree, furniture included. */
    int rawGood;
    /**
     * Sums over the subtree with the furniture taken out. After the walk they hold the element's own run, classified
     * (good, junk or neutral characters), to which the second pass adds each child's sums once they are final.
     */
    int good;
    int junk;
    int neutral;
    /** Characters of the furniture in the subtree: the children's, added as for {@link #good}, or all its own. */
    int furniture;
    /** Whether the element is left out with everything in it. */
    boolean excluded;
    /** Whether the element is one of the regions the caller named, left out whatever its size. */
    boolean region;
    /** What the element's class and id say. */
    Words words = Words.NONE;
    /** Whether the page names the element as the article's text ({@code itemprop=articleBody}). */
    boolean named;
    /** Whether the element is, or encloses, the largest element named as the article's text. */
    boolean aroundNamedText;
    /** Whether the element is, or holds, one named as the article's lead. */
    boolean holdsLead;
    /**
     * Whether the element is a teaser of another page: small, and opening with a headline link. Its text reads
     * like running text but belongs to the other page, so it counts as neutral.
     */
    boolean teaser;
    /** Whether an ancestor is left out. */
    boolean insideExcluded;
    /** Whether an ancestor is a teaser. */
    boolean insideTeaser;

    double linkDensity() {
      return chars == 0 ? 0 : (double) links / chars;
    }
  }

  /** The measures of each element of the measured tree at its index less {@link #start}; null where not measured. */
  private final @Nullable Stat[] at;
  /** The page's elements, of which the measured tree is the run from {@link #start} on. */
  private final PageElements elements;
  private final List<Element> all;
  private final int start;
  private final Element root;
  /**
   * Where the last element looked up by {@link #index} was found, less {@link #start}: the reader asks for the
   * elements it reads in document order, so each is found a few steps after the last, without a map of all the
   * page's elements, which cost each of them its identity hash.
   */
  private int hint;

  private PageMeasures(@Nullable Stat[] at, PageElements elements, int start, Element root) {
    this.at = at;
    this.elements = elements;
    this.all = elements.all();
    this.start = start;
    this.root = root;
  }

  /**
   * Measures a page.
   *
   * @param root the element to measure, usually the document's {@code body}
   * @param elements the elements of the page that holds it, whose names are read from there
   * @param regions elements that are left out whatever their size, such as the comment sections found
   * @return the measures
   */
  static PageMeasures of(Element root, PageElements elements, Set<Element> regions) {
    int start = elements.start(root);
    int size = elements.end(start) - start;
    // The measures of each element at its index less start, while they are worked out: null for what holds no
    // text (a script, a style) and everything in it.
    Stat[] at = new Stat[size];
    Counter counter = new Counter(at, elements, start);
    counter.walk(root);
    int pageGood = at[0].rawGood;
    int[] postOrder = counter.postOrder;
    int measured = counter.measured;
    markArticleBodyProperty(at, elements, start);
    markNamedText(at, postOrder, measured, elements, start);
    List<Element> all = elements.all();
    boolean anyRegions = !regions.isEmpty(); // most pages have no comment section to leave out
    for (int k = 0; k < measured; k++) {
      int i = postOrder[k];
      Stat s = at[i];
      if (s.chars == 0) {
        // An element without text adds nothing to any sum, left out or not; nor does anything in it.
        s.region = anyRegions && regions.contains(all.get(start + i));
        s.excluded = i != 0 && s.region;
        continue;
      }
      Element e = all.get(start + i);
      s.region = anyRegions && regions.contains(e);
      s.excluded = i != 0 && (s.region || furniture(e, s, pageGood, elements.names(start + i),
          (elements.classWords(start + i) & HIDING_CLASS) != 0));
      // The sums hold the element's own run and its children's final sums.
      if (s.excluded || linkList(s, pageGood)) {
        s.good = 0;
        s.junk = 0;
        s.neutral = 0;
        s.furniture = s.chars;
      } else if (s.teaser) {
        s.neutral += s.good;
        s.good = 0;
      }
      // Post-order: the element's sums are final, and its parent's have not been read yet.
      if (i != 0) {
        Stat p = at[elements.parent(start + i) - start];
        p.good += s.good;
        p.junk += s.junk;
        p.neutral += s.neutral;
        p.furniture += s.furniture;
      }
    }
    // Document order: each element's parent has its flags already.
    for (int i = 1; i < size; i++) {
      Stat s = at[i];
      if (s != null) {
        Stat p = at[elements.parent(start + i) - start]; // measured, as the parent of each measured element is
        s.insideExcluded = p.excluded || p.insideExcluded;
        s.insideTeaser = p.teaser || p.insideTeaser;
      }
    }
    return new PageMeasures(at, elements, start, root);
  }

  /**
   * Marks the measured elements that {@code itemprop=articleBody} names as the article's text. They are found
   * among the page's elements with an {@code itemprop}, which the metadata has listed already, rather than by
   * looking the attribute up on every element: both lists are in document order, so one pass over the measured
   * range finds them all.
   */
  private static void markArticleBodyProperty(Stat[] at, PageElements elements, int start) {
    List<Element> all = elements.all();
    int from = start;
    for (Element e : elements.withAttribute("itemprop")) {
      if (!Boilerplate.articleBodyProperty(e)) {
        continue;
      }
      int i = from;
      while (i < start + at.length && all.get(i) != e) {
        i++;
      }
      if (i == start + at.length) {
        continue; // outside the measured root: the next one is looked for from the same place
      }
      if (at[i - start] != null) {
        at[i - start].named = true;
      }
      from = i + 1;
    }
  }

  /**
   * Marks the largest element named as the article's text and everything around it: the first such in post-order
   * of those that hold the most.
   */
  private static void markNamedText(Stat[] at, int[] postOrder, int measured, PageElements elements, int start) {
    int best = -1;
    int bestGood = 0;
    for (int k = 0; k < measured; k++) {
      Stat s = at[postOrder[k]];
      if (s.named && s.rawGood > bestGood) {
        best = postOrder[k];
        bestGood = s.rawGood;
      }
    }
    for (int i = best; i >= 0; i = i == 0 ? -1 : elements.parent(start + i) - start) {
      at[i].aroundNamedText = true;
    }
  }

  /**
   * Whether an element is furniture. The element holding the text the page names as the article's, and every
   * element around it, is never furniture. Otherwise, an element that holds much of the page's running text is
   * furniture only when the evidence is strong: a tag, a role or a word that layout wrappers also use never
   * suffices; a word of furniture suffices unless the element also has a word of the article's holder
   * ({@code entry}, {@code post}) or holds most of the page's text; a comment section stays one.
   */
  private static boolean furniture(Element e, Stat s, int pageGood, String names, boolean hidingClass) {
    Words w = s.words;
    Furniture f = Boilerplate.furniture(e, s.tagFurniture, w, hidingClass);
    if (f == Furniture.NO || s.aroundNamedText) {
      return false;
    }
    if (f == Furniture.FRAME) {
      return true;
    }
    boolean share = s.rawGood > 0 && s.rawGood >= WRAPPER_SHARE * pageGood;
    if (f == Furniture.LIKELY) {
      return !share;
    }
    if (!share || s.rawGood < MIN_WRAPPER) {
      return true; // on a page with almost no text, a word of furniture is the stronger evidence
    }
    return f == Furniture.NAMED && s.rawGood < MOST * pageGood && !Boilerplate.contentToken(names)
        || f == Furniture.COMMENTS;
  }

  /**
   * Whether an element is a block of links, which the reader leaves out: a menu, a list of related articles.
   * It costs a container what furniture costs, not what links among its text cost.
   */
  static boolean linkList(Stat s, int pageGood) {
    return !s.inline && s.chars > 0 && s.linkDensity() > LINK_LIST && s.rawGood < WRAPPER_SHARE * pageGood;
  }

  /**
   * The measures of an element.
   *
   * @param e an element of the measured tree
   * @return its measures, or null if it holds no readable text by its nature (a script, a form control), or is
   *     not in the measured tree
   */
  @Nullable Stat stat(Element e) {
    int i = index(e);
    return i < 0 ? null : at[i];
  }

  /**
   * The measures of an element by its {@link #index}.
   *
   * @param i the element's index, from 0 (the root) to {@link #size()}
   * @return its measures, or null if it holds no readable text by its nature
   */
  @Nullable Stat stat(int i) {
    return at[i];
  }

  /**
   * Where an element is among the elements of the measured tree, in document order. The search starts where the
   * last one left off, so a caller that asks for elements in document order finds each in a few steps; one that
   * asks for an element before the last pays a search of the whole tree.
   *
   * @param e an element
   * @return its index, 0 for the root; -1 if it is not in the measured tree
   */
  int index(Element e) {
    int size = at.length;
    for (int i = hint; i < size; i++) {
      if (all.get(start + i) == e) {
        hint = i;
        return i;
      }
    }
    for (int i = 0; i < hint; i++) {
      if (all.get(start + i) == e) {
        hint = i;
        return i;
      }
    }
    return -1;
  }

  /**
   * The element at an index.
   *
   * @param i the index, from 0 (the root) to {@link #size()}
   * @return the element
   */
  Element element(int i) {
    return all.get(start + i);
  }

  /**
   * Where an element's parent is.
   *
   * @param i the element's index
   * @return its parent's index; -1 for the root's
   */
  int parent(int i) {
    return i == 0 ? -1 : elements.parent(start + i) - start;
  }

  /** How many elements the measured tree has, measured or not: their indexes are those below. */
  int size() {
    return at.length;
  }

  /** The measured root. */
  Element root() {
    return root;
  }

  /**
   * The first pass: counts text and classifies runs bottom-up, skipping what holds no text. Each text node adds to
   * the element it is in, and each element, once its measures are final, adds to its parent: in page order, so
   * that the parent learns which of its children opens its text.
   *
   * <p>The walk is its own loop over each element's child nodes by index, with its path on arrays of its own, rather
   * than jsoup's {@code NodeTraversor}, which finds each next node by asking the last for its sibling, twice, and
   * calls back through an interface for every node: it cost about a third of the measure.
   */
  private static final class Counter {
    private final Stat[] at;
    /** The measured elements in post-order, as indexes into {@link #at}, and how many there are. */
    private final int[] postOrder;
    private int measured;
    /** How many links the walk is inside: text in a link is never running text, whatever its markup. */
    private int openLinks;
    /** The words of each distinct names: pages repeat the same few hundred thousands of times. */
    private final @Nullable Words[] wordsOfNames;
    /** The page's elements, where each element's names are read once for every step of the extractor. */
    private final PageElements elements;
    private final List<Element> all;
    private final int start;
    /**
     * Where the walk is in {@link #elements}: it visits them in the same order, skipping some, so the index of each
     * element it enters is found by moving on from the last.
     */
    private int cursor;
    /**
     * For each element the walk is inside, innermost last: the element, the index of its next child node to read,
     * its index in {@link #at}, its tag's kind, the characters of its own run and of the links in it, whether its
     * text has opened, whether it holds a block, the length of the link its text opens with (0 if it opens with other
     * text) and that of the longest heading inside it that is a link (a teaser's headline).
     */
    private Element[] path = new Element[32];
    private int[] next = new int[32];
    private int[] open = new int[32];
    private TagKind[] kinds = new TagKind[32];
    private int[] own = new int[32];
    private int[] ownLinks = new int[32];
    private boolean[] opened = new boolean[32];
    private boolean[] holdsBlock = new boolean[32];
    private int[] leadingLinks = new int[32];
    private int[] linkedHeadings = new int[32];
    private int depth;
    /**
     * What the walk knows of each tag of the page, by its {@link PageElements#tagId}: looked up once per tag of the
     * page, in {@link #HTML_TAGS} or worked out, rather than for each element, a probe of a map of a hundred tags.
     */
    private final @Nullable TagKind[] kindOfTag;
    /** The characters of the text node being counted, copied out of it once rather than read one call at a time. */
    private char[] chars = new char[256];

    Counter(Stat[] at, PageElements elements, int start) {
      this.at = at;
      this.postOrder = new int[at.length];
      this.elements = elements;
      this.all = elements.all();
      this.start = start;
      this.cursor = start;
      this.wordsOfNames = new Words[elements.distinctNames() + 1];
      this.kindOfTag = new TagKind[elements.distinctTags() + 1];
    }

    /** Measures the subtree of the root, which is the first of the page's elements from {@code start} on. */
    void walk(Element root) {
      if (!enter(root)) {
        return;
      }
      while (depth > 0) {
        int top = depth - 1;
        Element e = path[top];
        int i = next[top];
        if (i == e.childNodeSize()) {
          exit();
          continue;
        }
        next[top] = i + 1;
        Node child = e.childNode(i);
        if (child instanceof TextNode text) {
          text(text.getWholeText(), top);
        } else if (child instanceof Element c) {
          enter(c);
        }
      }
    }

    private Words words(int index) {
      int nameId = elements.nameId(index);
      if (nameId == 0) {
        return Words.NONE;
      }
      Words w = wordsOfNames[nameId];
      if (w == null) {
        w = Boilerplate.words(elements.names(index), elements.nameWords(index));
        wordsOfNames[nameId] = w;
      }
      return w;
    }

    /**
     * Whether the element's names hold a word of the article's lead: all that the words of an element without text
     * tell, since such an element is never furniture, the article's text or its holder.
     */
    private boolean lead(int index) {
      return Boilerplate.lead(elements.nameWords(index));
    }

    /** Adds a text node's characters to the element open at {@code top}. */
    private void text(String text, int top) {
      int n = visibleChars(text);
      if (n > 0) {
        at[open[top]].chars += n;
        own[top] += n;
        opened[top] = true;
      }
    }

    /**
     * Characters other than white space, counting no-break and zero-width spaces as white space, read from a copy of
     * the text in {@link #chars}: every character of the page's text is counted, and a copy made at once, read from
     * an array, costs less than a call for each character.
     */
    private int visibleChars(String text) {
      int length = text.length();
      if (length > chars.length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      char[] cs = chars;
      text.getChars(0, length, cs, 0);
      int n = 0;
      for (int i = 0; i < length; i++) {
        char c = cs[i];
        if (c < 0x80) {
          n += VISIBLE_ASCII[c]; // most of any page's text: a lookup, not a branch on every space
        } else if (visibleBeyondAscii(c)) {
          n++;
        }
      }
      return n;
    }

    /** Opens an element on the walk's path, unless it holds no text; whether it did. */
    private boolean enter(Element e) {
      // The element is found in the list first, to read its tag's number from there: an element that holds no text
      // is found as the next one in it would be, which comes after it.
      while (all.get(cursor) != e) {
        cursor++;
      }
      int tagId = elements.tagId(cursor);
      TagKind kind = kindOfTag[tagId];
      if (kind == null) {
        kind = HTML_TAGS.get(e.normalName());
        if (kind == null) {
          kind = TagKind.of(e.normalName());
        }
        kindOfTag[tagId] = kind;
      }
      if (kind.noText()) {
        return false;
      }
      if (depth == open.length) {
        int grown = depth * 2;
        path = Arrays.copyOf(path, grown);
        next = Arrays.copyOf(next, grown);
        open = Arrays.copyOf(open, grown);
        kinds = Arrays.copyOf(kinds, grown);
        own = Arrays.copyOf(own, grown);
        ownLinks = Arrays.copyOf(ownLinks, grown);
        opened = Arrays.copyOf(opened, grown);
        holdsBlock = Arrays.copyOf(holdsBlock, grown);
        leadingLinks = Arrays.copyOf(leadingLinks, grown);
        linkedHeadings = Arrays.copyOf(linkedHeadings, grown);
      }
      path[depth] = e;
      next[depth] = 0;
      open[depth] = cursor - start;
      kinds[depth] = kind;
      own[depth] = 0;
      ownLinks[depth] = 0;
      opened[depth] = false;
      holdsBlock[depth] = false;
      leadingLinks[depth] = 0;
      linkedHeadings[depth] = 0;
      depth++;
      Stat s = new Stat();
      s.tagFurniture = kind.furniture();
      at[cursor - start] = s;
      if (kind.link()) {
        openLinks++;
      }
      return true;
    }

    /** Closes the innermost element on the path, its measures final, and adds them to its parent's. */
    private void exit() {
      int top = --depth;
      path[top] = null;
      int index = open[top];
      TagKind kind = kinds[top];
      Stat s = at[index];
      int ownChars = own[top];
      int ownLinkChars = ownLinks[top];
      boolean inline = !holdsBlock[top] && !kind.block();
      if (openLinks > 0) { // the element is a link or inside one
        s.links = s.chars;
        ownLinkChars = ownChars;
      }
      int leadingLink = leadingLinks[top];
      if (kind.link()) {
        leadingLink = s.chars;
        openLinks--;
      }
      s.inline = inline;
      if (s.chars > 0) {
        s.words = words(start + index);
        s.named = Boilerplate.namedArticleText(s.words); // or by its microdata: markArticleBodyProperty
        s.holdsLead |= s.words.lead();
      } else {
        s.holdsLead |= lead(start + index); // its words are read no further: they would tell nothing more
      }
      int linkedHeading = linkedHeadings[top];
      if (!inline) {
        classify(s, kind, ownChars, ownLinkChars);
        s.rawGood += s.good; // the own run's good characters: the children's are added to good after the walk
        if (kind.heading() && s.linkDensity() > LINK_LIST) {
          linkedHeading = Math.max(linkedHeading, s.chars);
        }
        int headline = Math.max(leadingLink, linkedHeading);
        s.teaser = headline >= HEADLINE_LINK && s.chars < TEASER_CHARS && s.rawGood > 0
            && s.chars - headline <= TEASER_RATIO * headline;
      }
      postOrder[measured++] = index;
      if (top > 0) {
        addToParent(s, leadingLink, linkedHeading, top - 1);
      }
    }

    /**
     * Adds a child's final measures to its parent's, open at {@code top} on the walk's path, with the lengths of the
     * child's leading link and linked heading.
     */
    private void addToParent(Stat child, int leadingLink, int linkedHeading, int top) {
      Stat p = at[open[top]];
      if (!opened[top] && child.chars > 0) {
        leadingLinks[top] = leadingLink;
        opened[top] = true;
      }
      linkedHeadings[top] = Math.max(linkedHeadings[top], linkedHeading);
      p.holdsLead |= child.holdsLead;
      p.chars += child.chars;
      p.links += child.links;
      p.rawGood += child.rawGood;
      if (child.inline) {
        own[top] += child.chars;
        ownLinks[top] += child.links;
      } else {
        holdsBlock[top] = true;
      }
    }
  }

  private static void classify(Stat s, TagKind kind, int own, int ownLinks) {
    if (own == 0) {
      return;
    }
    if (kind.caption()) {
      s.neutral = own; // a caption is kept with its image, but it does not make a container the article
      return;
    }
    double density = (double) ownLinks / own;
    if (density >= 0.5) {
      s.junk = own;
    } else if (own >= LONG_RUN || own >= SHORT_PARAGRAPH && density < 0.25 && kind.paragraph()) {
      s.good = own;
    } else {
      s.neutral = own;
    }
  }

  /**
   * Whether {@link Counter#visibleChars} counts a character outside ASCII: all but white space, and the no-break and
   * zero-width spaces.
   */
  private static boolean visibleBeyondAscii(char c) {
    return !Character.isWhitespace(c) && c != '\u00a0' && c != '\u200b' && c != '\u2007' && c != '\u202f'
        && c != '\ufeff';
  }
}
