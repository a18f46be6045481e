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

  /*
   * The measures of each element, in one array of ints, {@link #STRIDE} of them per element at its index less
   * {@link #start}: one was an object of their own, made for nearly every element of the page, and making them was
   * the largest allocation of the extraction. An element's measures fill half a cache line, and the array is made,
   * and zeroed, at once.
   */
  /** Characters of readable text. */
  private static final int CHARS = 0;
  /** Characters of readable text inside links. */
  private static final int LINKS = 1;
  /** Good characters in the whole subtree, furniture included. */
  private static final int RAW_GOOD = 2;
  /**
   * Sums over the subtree with the furniture taken out. After the walk they hold the element's own run, classified
   * (good, junk or neutral characters), to which the second pass adds each child's sums once they are final.
   */
  private static final int GOOD = 3;
  private static final int JUNK = 4;
  private static final int NEUTRAL = 5;
  /** Characters of the furniture in the subtree: the children's, added as for {@link #GOOD}, or all its own. */
  private static final int FURNITURE = 6;
  /** The element's flags, the bits below. */
  private static final int FLAGS = 7;
  /** How many ints each element has. */
  private static final int STRIDE = 8;

  /** Whether the element was measured: it is not, nor anything in it, if it holds no text by its nature. */
  private static final int MEASURED = 1;
  /** Whether the element and everything in it is inline content, part of its parent's run. */
  private static final int INLINE = 1 << 1;
  /** Whether the element is left out with everything in it. */
  private static final int EXCLUDED = 1 << 2;
  /** Whether the element is one of the regions the caller named, left out whatever its size. */
  private static final int REGION = 1 << 3;
  /** Whether the page names the element as the article's text ({@code itemprop=articleBody}). */
  private static final int NAMED = 1 << 4;
  /** Whether the element is, or encloses, the largest element named as the article's text. */
  private static final int AROUND_NAMED_TEXT = 1 << 5;
  /** Whether the element is, or holds, one named as the article's lead. */
  private static final int HOLDS_LEAD = 1 << 6;
  /**
   * Whether the element is a teaser of another page: small, and opening with a headline link. Its text reads like
   * running text but belongs to the other page, so it counts as neutral.
   */
  private static final int TEASER = 1 << 7;
  /** Whether an ancestor is left out. */
  private static final int INSIDE_EXCLUDED = 1 << 8;
  /** Whether an ancestor is a teaser. */
  private static final int INSIDE_TEASER = 1 << 9;

  /** The measures of the measured tree's elements, {@link #STRIDE} ints each, by index. */
  private final int[] m;
  /** How many elements the measured tree has. */
  private final int size;
  /** The page's elements, of which the measured tree is the run from {@link #start} on. */
  private final PageElements elements;
  private final List<Element> all;
  private final int start;
  private final Element root;
  /** The words of each distinct names of the page that the walk read, by their {@link PageElements#nameId}. */
  private final @Nullable Words[] wordsOfNames;
  /**
   * Where the last element looked up by {@link #index} was found, less {@link #start}: the reader asks for the
   * elements it reads in document order, so each is found a few steps after the last, without a map of all the
   * page's elements, which cost each of them its identity hash.
   */
  private int hint;

  private PageMeasures(int[] m, int size, PageElements elements, int start, Element root,
      @Nullable Words[] wordsOfNames) {
    this.m = m;
    this.size = size;
    this.elements = elements;
    this.all = elements.all();
    this.start = start;
    this.root = root;
    this.wordsOfNames = wordsOfNames;
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
    // The measures of each element at its index less start, while they are worked out: unmeasured for what holds no
    // text (a script, a style) and everything in it.
    int[] m = new int[size * STRIDE];
    Counter counter = new Counter(m, size, elements, start);
    counter.walk(root);
    int pageGood = m[RAW_GOOD];
    int[] postOrder = counter.postOrder;
    int measured = counter.measured;
    markArticleBodyProperty(m, size, elements, start);
    markNamedText(m, postOrder, measured, elements, start);
    List<Element> all = elements.all();
    boolean anyRegions = !regions.isEmpty(); // most pages have no comment section to leave out
    for (int k = 0; k < measured; k++) {
      int i = postOrder[k];
      int at = i * STRIDE;
      if (m[at + CHARS] == 0) {
        // An element without text adds nothing to any sum, left out or not; nor does anything in it.
        if (anyRegions && regions.contains(all.get(start + i))) {
          m[at + FLAGS] |= i != 0 ? REGION | EXCLUDED : REGION;
        }
        continue;
      }
      Element e = all.get(start + i);
      boolean region = anyRegions && regions.contains(e);
      boolean excluded = i != 0 && (region || furniture(e, m, at, counter.kind(start + i).furniture(),
          counter.words(start + i), pageGood, elements.names(start + i),
          (elements.classWords(start + i) & HIDING_CLASS) != 0));
      m[at + FLAGS] |= (region ? REGION : 0) | (excluded ? EXCLUDED : 0);
      // The sums hold the element's own run and its children's final sums.
      if (excluded || linkList(m, at, pageGood)) {
        m[at + GOOD] = 0;
        m[at + JUNK] = 0;
        m[at + NEUTRAL] = 0;
        m[at + FURNITURE] = m[at + CHARS];
      } else if ((m[at + FLAGS] & TEASER) != 0) {
        m[at + NEUTRAL] += m[at + GOOD];
        m[at + GOOD] = 0;
      }
      // Post-order: the element's sums are final, and its parent's have not been read yet.
      if (i != 0) {
        int p = (elements.parent(start + i) - start) * STRIDE;
        m[p + GOOD] += m[at + GOOD];
        m[p + JUNK] += m[at + JUNK];
        m[p + NEUTRAL] += m[at + NEUTRAL];
        m[p + FURNITURE] += m[at + FURNITURE];
      }
    }
    // Document order: each element's parent has its flags already.
    for (int i = 1; i < size; i++) {
      int at = i * STRIDE;
      int flags = m[at + FLAGS];
      if ((flags & MEASURED) != 0) {
        // measured, as the parent of each measured element is
        int parentFlags = m[(elements.parent(start + i) - start) * STRIDE + FLAGS];
        if ((parentFlags & (EXCLUDED | INSIDE_EXCLUDED)) != 0) {
          flags |= INSIDE_EXCLUDED;
        }
        if ((parentFlags & (TEASER | INSIDE_TEASER)) != 0) {
          flags |= INSIDE_TEASER;
        }
        m[at + FLAGS] = flags;
      }
    }
    return new PageMeasures(m, size, elements, start, root, counter.wordsOfNames);
  }

  /**
   * Marks the measured elements that {@code itemprop=articleBody} names as the article's text. They are found
   * among the page's elements with an {@code itemprop}, which the metadata has listed already, rather than by
   * looking the attribute up on every element: both lists are in document order, so one pass over the measured
   * range finds them all.
   */
  private static void markArticleBodyProperty(int[] m, int size, PageElements elements, int start) {
    List<Element> all = elements.all();
    int from = start;
    for (Element e : elements.withAttribute("itemprop")) {
      if (!Boilerplate.articleBodyProperty(e)) {
        continue;
      }
      int i = from;
      while (i < start + size && all.get(i) != e) {
        i++;
      }
      if (i == start + size) {
        continue; // outside the measured root: the next one is looked for from the same place
      }
      int at = (i - start) * STRIDE;
      if ((m[at + FLAGS] & MEASURED) != 0) {
        m[at + FLAGS] |= NAMED;
      }
      from = i + 1;
    }
  }

  /**
   * Marks the largest element named as the article's text and everything around it: the first such in post-order
   * of those that hold the most.
   */
  private static void markNamedText(int[] m, int[] postOrder, int measured, PageElements elements, int start) {
    int best = -1;
    int bestGood = 0;
    for (int k = 0; k < measured; k++) {
      int at = postOrder[k] * STRIDE;
      if ((m[at + FLAGS] & NAMED) != 0 && m[at + RAW_GOOD] > bestGood) {
        best = postOrder[k];
        bestGood = m[at + RAW_GOOD];
      }
    }
    for (int i = best; i >= 0; i = i == 0 ? -1 : elements.parent(start + i) - start) {
      m[i * STRIDE + FLAGS] |= AROUND_NAMED_TEXT;
    }
  }

  /**
   * Whether an element is furniture. The element holding the text the page names as the article's, and every
   * element around it, is never furniture. Otherwise, an element that holds much of the page's running text is
   * furniture only when the evidence is strong: a tag, a role or a word that layout wrappers also use never
   * suffices; a word of furniture suffices unless the element also has a word of the article's holder
   * ({@code entry}, {@code post}) or holds most of the page's text; a comment section stays one.
   */
  private static boolean furniture(Element e, int[] m, int at, TagFurniture tag, Words w, int pageGood,
      String names, boolean hidingClass) {
    Furniture f = Boilerplate.furniture(e, tag, w, hidingClass);
    if (f == Furniture.NO || (m[at + FLAGS] & AROUND_NAMED_TEXT) != 0) {
      return false;
    }
    if (f == Furniture.FRAME) {
      return true;
    }
    int rawGood = m[at + RAW_GOOD];
    boolean share = rawGood > 0 && rawGood >= WRAPPER_SHARE * pageGood;
    if (f == Furniture.LIKELY) {
      return !share;
    }
    if (!share || rawGood < MIN_WRAPPER) {
      return true; // on a page with almost no text, a word of furniture is the stronger evidence
    }
    return f == Furniture.NAMED && rawGood < MOST * pageGood && !Boilerplate.contentToken(names)
        || f == Furniture.COMMENTS;
  }

  /**
   * Whether an element is a block of links, which the reader leaves out: a menu, a list of related articles.
   * It costs a container what furniture costs, not what links among its text cost.
   */
  private static boolean linkList(int[] m, int at, int pageGood) {
    int chars = m[at + CHARS];
    return (m[at + FLAGS] & INLINE) == 0 && chars > 0 && linkDensity(chars, m[at + LINKS]) > LINK_LIST
        && m[at + RAW_GOOD] < WRAPPER_SHARE * pageGood;
  }

  private static double linkDensity(int chars, int links) {
    return chars == 0 ? 0 : (double) links / chars;
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
   * Whether an element was measured.
   *
   * @param i the element's {@link #index}, or -1
   * @return false if it holds no readable text by its nature (a script, a form control) or is inside such an
   *     element, or the index is -1; true otherwise
   */
  boolean measured(int i) {
    return i >= 0 && (m[i * STRIDE + FLAGS] & MEASURED) != 0;
  }

  /**
   * Characters of readable text, other than white space.
   *
   * @param i a measured element's {@link #index}
   */
  int chars(int i) {
    return m[i * STRIDE + CHARS];
  }

  /**
   * Characters of readable text inside links.
   *
   * @param i a measured element's {@link #index}
   */
  int links(int i) {
    return m[i * STRIDE + LINKS];
  }

  /**
   * The share of the element's text inside links.
   *
   * @param i a measured element's {@link #index}
   * @return from 0 to 1; 0 for an element without text
   */
  double linkDensity(int i) {
    return linkDensity(m[i * STRIDE + CHARS], m[i * STRIDE + LINKS]);
  }

  /**
   * Good characters in the whole subtree, furniture included.
   *
   * @param i a measured element's {@link #index}
   */
  int rawGood(int i) {
    return m[i * STRIDE + RAW_GOOD];
  }

  /**
   * Characters of running text in the subtree, outside its furniture and teasers.
   *
   * @param i a measured element's {@link #index}
   */
  int good(int i) {
    return m[i * STRIDE + GOOD];
  }

  /**
   * Characters of runs that are mostly links in the subtree, outside its furniture.
   *
   * @param i a measured element's {@link #index}
   */
  int junk(int i) {
    return m[i * STRIDE + JUNK];
  }

  /**
   * Characters of short text (bylines, dates, labels) in the subtree, outside its furniture.
   *
   * @param i a measured element's {@link #index}
   */
  int neutral(int i) {
    return m[i * STRIDE + NEUTRAL];
  }

  /**
   * Characters of the furniture in the subtree.
   *
   * @param i a measured element's {@link #index}
   */
  int furniture(int i) {
    return m[i * STRIDE + FURNITURE];
  }

  /**
   * Whether the element and everything in it is inline content, part of its parent's run.
   *
   * @param i a measured element's {@link #index}
   */
  boolean inline(int i) {
    return (m[i * STRIDE + FLAGS] & INLINE) != 0;
  }

  /**
   * Whether the element is left out with everything in it.
   *
   * @param i a measured element's {@link #index}
   */
  boolean excluded(int i) {
    return (m[i * STRIDE + FLAGS] & EXCLUDED) != 0;
  }

  /**
   * Whether the element is one of the regions the caller named, left out whatever its size.
   *
   * @param i a measured element's {@link #index}
   */
  boolean region(int i) {
    return (m[i * STRIDE + FLAGS] & REGION) != 0;
  }

  /**
   * Whether the element is, or holds, one named as the article's lead.
   *
   * @param i a measured element's {@link #index}
   */
  boolean holdsLead(int i) {
    return (m[i * STRIDE + FLAGS] & HOLDS_LEAD) != 0;
  }

  /**
   * Whether the element is a teaser of another page: small, and opening with a headline link.
   *
   * @param i a measured element's {@link #index}
   */
  boolean teaser(int i) {
    return (m[i * STRIDE + FLAGS] & TEASER) != 0;
  }

  /**
   * Whether an ancestor is left out.
   *
   * @param i a measured element's {@link #index}
   */
  boolean insideExcluded(int i) {
    return (m[i * STRIDE + FLAGS] & INSIDE_EXCLUDED) != 0;
  }

  /**
   * Whether an ancestor is a teaser.
   *
   * @param i a measured element's {@link #index}
   */
  boolean insideTeaser(int i) {
    return (m[i * STRIDE + FLAGS] & INSIDE_TEASER) != 0;
  }

  /**
   * What the element's class and id say.
   *
   * @param i a measured element's {@link #index}
   * @return its words; {@link Words#NONE} for an element without text, whose words the walk did not read
   */
  Words words(int i) {
    if (m[i * STRIDE + CHARS] == 0) {
      return Words.NONE;
    }
    int nameId = elements.nameId(start + i);
    Words w = nameId == 0 ? null : wordsOfNames[nameId];
    return w == null ? Words.NONE : w; // each element with text had its words read in the walk
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

  /**
   * Where an element's subtree ends: its descendants are the indexes from its own to this one.
   *
   * @param i the element's index
   * @return the index of the first element after its subtree, or {@link #size()}
   */
  int end(int i) {
    return elements.end(start + i) - start;
  }

  /**
   * Whether the page names the element as the article's text, by a class such as {@code entry-content} or by
   * {@code itemprop=articleBody}.
   *
   * @param i a measured element's {@link #index}
   */
  boolean named(int i) {
    return (m[i * STRIDE + FLAGS] & NAMED) != 0;
  }

  /** How many elements the measured tree has, measured or not: their indexes are those below. */
  int size() {
    return size;
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
    /** The measures, {@link #STRIDE} ints per element. */
    private final int[] m;
    /** The measured elements in post-order, as indexes, and how many there are. */
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
     * its index, its tag's kind, the characters of its own run and of the links in it, whether its text has opened,
     * whether it holds a block, the length of the link its text opens with (0 if it opens with other text) and that
     * of the longest heading inside it that is a link (a teaser's headline).
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

    Counter(int[] m, int size, PageElements elements, int start) {
      this.m = m;
      this.postOrder = new int[size];
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

    /** The words of the element at {@code index} in the page's elements, read once per distinct names. */
    Words words(int index) {
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

    /** The kind of the tag of a measured element at {@code index} in the page's elements: known from the walk. */
    TagKind kind(int index) {
      return kindOfTag[elements.tagId(index)];
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
        m[open[top] * STRIDE + CHARS] += n;
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
      int index = cursor - start;
      path[depth] = e;
      next[depth] = 0;
      open[depth] = index;
      kinds[depth] = kind;
      own[depth] = 0;
      ownLinks[depth] = 0;
      opened[depth] = false;
      holdsBlock[depth] = false;
      leadingLinks[depth] = 0;
      linkedHeadings[depth] = 0;
      depth++;
      m[index * STRIDE + FLAGS] = MEASURED;
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
      int at = index * STRIDE;
      TagKind kind = kinds[top];
      int ownChars = own[top];
      int ownLinkChars = ownLinks[top];
      boolean inline = !holdsBlock[top] && !kind.block();
      int chars = m[at + CHARS];
      if (openLinks > 0) { // the element is a link or inside one
        m[at + LINKS] = chars;
        ownLinkChars = ownChars;
      }
      int leadingLink = leadingLinks[top];
      if (kind.link()) {
        leadingLink = chars;
        openLinks--;
      }
      int flags = m[at + FLAGS];
      if (inline) {
        flags |= INLINE;
      }
      if (chars > 0) {
        Words words = words(start + index);
        if (Boilerplate.namedArticleText(words)) { // or by its microdata: markArticleBodyProperty
          flags |= NAMED;
        }
        if (words.lead()) {
          flags |= HOLDS_LEAD;
        }
      } else if (lead(start + index)) { // its words are read no further: they would tell nothing more
        flags |= HOLDS_LEAD;
      }
      int linkedHeading = linkedHeadings[top];
      if (!inline) {
        classify(m, at, kind, ownChars, ownLinkChars);
        m[at + RAW_GOOD] += m[at + GOOD]; // the own run's good characters: the children's are added after the walk
        if (kind.heading() && linkDensity(chars, m[at + LINKS]) > LINK_LIST) {
          linkedHeading = Math.max(linkedHeading, chars);
        }
        int headline = Math.max(leadingLink, linkedHeading);
        if (headline >= HEADLINE_LINK && chars < TEASER_CHARS && m[at + RAW_GOOD] > 0
            && chars - headline <= TEASER_RATIO * headline) {
          flags |= TEASER;
        }
      }
      m[at + FLAGS] = flags;
      postOrder[measured++] = index;
      if (top > 0) {
        addToParent(at, flags, leadingLink, linkedHeading, top - 1);
      }
    }

    /**
     * Adds a child's final measures, at {@code child} in {@link #m} with its {@code flags}, to its parent's, open at
     * {@code top} on the walk's path, with the lengths of the child's leading link and linked heading.
     */
    private void addToParent(int child, int flags, int leadingLink, int linkedHeading, int top) {
      int p = open[top] * STRIDE;
      int chars = m[child + CHARS];
      int links = m[child + LINKS];
      if (!opened[top] && chars > 0) {
        leadingLinks[top] = leadingLink;
        opened[top] = true;
      }
      linkedHeadings[top] = Math.max(linkedHeadings[top], linkedHeading);
      m[p + FLAGS] |= flags & HOLDS_LEAD;
      m[p + CHARS] += chars;
      m[p + LINKS] += links;
      m[p + RAW_GOOD] += m[child + RAW_GOOD];
      if ((flags & INLINE) != 0) {
        own[top] += chars;
        ownLinks[top] += links;
      } else {
        holdsBlock[top] = true;
      }
    }
  }

  /** Classifies an element's own run, at {@code at} in the measures: good, junk or neutral characters. */
  private static void classify(int[] m, int at, TagKind kind, int own, int ownLinks) {
    if (own == 0) {
      return;
    }
    if (kind.caption()) {
      m[at + NEUTRAL] = own; // a caption is kept with its image, but it does not make a container the article
      return;
    }
    double density = (double) ownLinks / own;
    if (density >= 0.5) {
      m[at + JUNK] = own;
    } else if (own >= LONG_RUN || own >= SHORT_PARAGRAPH && density < 0.25 && kind.paragraph()) {
      m[at + GOOD] = own;
    } else {
      m[at + NEUTRAL] = own;
    }
  }

  /**
   * Whether {@link Counter#visibleChars} counts a character outside ASCII: all but white space, and the no-break and
   * zero-width spaces. Below U+1680, the first white space outside Latin-1, and above U+3000, the last, only the
   * no-break space and the byte order mark are not: the letters of nearly every script, Cyrillic's, Arabic's, the
   * scripts of East Asia, are told by a comparison or two, not a lookup of their Unicode properties each.
   */
  static boolean visibleBeyondAscii(char c) {
    if (c < '\u1680') {
      return c != '\u00a0';
    }
    if (c > '\u3000') {
      return c != '\ufeff';
    }
    return !Character.isWhitespace(c) && c != '\u200b' && c != '\u2007' && c != '\u202f';
  }
}
