package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.html.internal.content.Boilerplate.Furniture;
import io.github.newsmodel.html.internal.content.Boilerplate.Words;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * How much text, link text and paragraph-like text every element of a page holds, measured once so that no
 * later step has to call {@code text()} on a large subtree.
 *
 * <p>The measure walks the tree once, iteratively (a deep tree of broken markup cannot overflow the stack), and
 * records the elements in document order and in post-order. A second, cheap pass over the recorded elements
 * takes the page furniture out of the sums. Text is counted in characters other than white space, so that
 * indentation does not count.
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

  /** The measures of one element. Fields are filled by the passes of {@link PageMeasures#of}. */
  static final class Stat {
    /** Characters of readable text. */
    int chars;
    /** Characters of readable text inside links. */
    int links;
    /** Whether the element and everything in it is inline content, part of its parent's run. */
    boolean inline;
    /** The element's own run, classified: good, junk and neutral characters. */
    int ownGood;
    int ownJunk;
    int ownNeutral;
    /** Good characters in the whole subtree, furniture included. */
    int rawGood;
    /** Sums over the subtree with the furniture taken out. */
    int good;
    int junk;
    int neutral;
    /** Characters of the furniture in the subtree. */
    int furniture;
    /** The sums of the children, which each child adds once its own are final. */
    int childGood;
    int childJunk;
    int childNeutral;
    int childFurniture;
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
    /** The length of the link the element's text opens with; 0 if it opens with other text. */
    int leadingLink;
    /** The length of the longest heading inside the element that is a link: a teaser's headline. */
    int linkedHeading;
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

  private final Map<Element, Stat> stats;
  private final List<Element> documentOrder;
  private final Element root;

  private PageMeasures(Map<Element, Stat> stats, List<Element> documentOrder, Element root) {
    this.stats = stats;
    this.documentOrder = documentOrder;
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
    Map<Element, Stat> stats = new IdentityHashMap<>(size); // one entry at most per element: the map never grows
    List<Element> documentOrder = new ArrayList<>(size);
    List<Element> postOrder = new ArrayList<>(size);
    NodeTraversor.filter(new Counter(stats, documentOrder, postOrder, elements, start), root);
    int pageGood = stats.get(root).rawGood;
    markNamedText(stats, postOrder, root);
    for (Element e : postOrder) {
      Stat s = stats.get(e);
      if (s == null) {
        continue; // holds no text: a script, a style
      }
      s.region = regions.contains(e);
      s.excluded = e != root && (s.region || furniture(e, s, pageGood));
      if (s.excluded || linkList(s, pageGood)) {
        s.furniture = s.chars;
      } else {
        s.good = s.ownGood + s.childGood;
        s.junk = s.ownJunk + s.childJunk;
        s.neutral = s.ownNeutral + s.childNeutral;
        s.furniture = s.childFurniture;
        if (s.teaser) {
          s.neutral += s.good;
          s.good = 0;
        }
      }
      // Post-order: the element's sums are final, and its parent has not been summed yet.
      Stat p = e == root ? null : stats.get(e.parent());
      if (p != null) {
        p.childGood += s.good;
        p.childJunk += s.junk;
        p.childNeutral += s.neutral;
        p.childFurniture += s.furniture;
      }
    }
    for (Element e : documentOrder) {
      Stat s = stats.get(e);
      Element parent = e.parent();
      Stat p = parent == null || e == root ? null : stats.get(parent);
      if (s != null && p != null) {
        s.insideExcluded = p.excluded || p.insideExcluded;
        s.insideTeaser = p.teaser || p.insideTeaser;
      }
    }
    return new PageMeasures(stats, documentOrder, root);
  }

  /** Marks the largest element named as the article's text and everything around it. */
  private static void markNamedText(Map<Element, Stat> stats, List<Element> postOrder, Element root) {
    Element best = null;
    int bestGood = 0;
    for (Element e : postOrder) {
      Stat s = stats.get(e);
      if (s.named && s.rawGood > bestGood) {
        best = e;
        bestGood = s.rawGood;
      }
    }
    for (Element e = best; e != null; e = e == root ? null : e.parent()) {
      Stat s = stats.get(e);
      if (s != null) {
        s.aroundNamedText = true;
      }
    }
  }

  /**
   * Whether an element is furniture. The element holding the text the page names as the article's, and every
   * element around it, is never furniture. Otherwise, an element that holds much of the page's running text is
   * furniture only when the evidence is strong: a tag, a role or a word that layout wrappers also use never
   * suffices; a word of furniture suffices unless the element also has a word of the article's holder
   * ({@code entry}, {@code post}) or holds most of the page's text; a comment section stays one.
   */
  private static boolean furniture(Element e, Stat s, int pageGood) {
    Words w = s.words;
    Furniture f = Boilerplate.furniture(e, w);
    if (f == Furniture.NO || s.aroundNamedText) {
      return false;
    }
    boolean share = s.rawGood > 0 && s.rawGood >= WRAPPER_SHARE * pageGood;
    if (f == Furniture.LIKELY) {
      return !share;
    }
    if (!share || s.rawGood < MIN_WRAPPER) {
      return true; // on a page with almost no text, a word of furniture is the stronger evidence
    }
    return f == Furniture.NAMED && !w.contentToken() && s.rawGood < MOST * pageGood || f == Furniture.COMMENTS;
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
   * @return its measures, or null if it holds no readable text by its nature (a script, a form control)
   */
  Stat stat(Element e) {
    return stats.get(e);
  }

  /** The measured elements in document order, the root first. */
  List<Element> documentOrder() {
    return documentOrder;
  }

  /** The measured root. */
  Element root() {
    return root;
  }

  /** The first pass: counts text and classifies runs bottom-up, skipping what holds no text. */
  private static final class Counter implements NodeFilter {
    private final Map<Element, Stat> stats;
    private final List<Element> documentOrder;
    private final List<Element> postOrder;
    /** How many links the walk is inside: text in a link is never running text, whatever its markup. */
    private int openLinks;
    /** The words of each distinct names and class: pages repeat the same few hundreds thousands of times. */
    private final Map<NameKey, Words> words = new HashMap<>();
    /** The page's elements, where each element's names are read once for every step of the extractor. */
    private final PageElements elements;
    /**
     * Where the walk is in {@link #elements}: it visits them in the same order, skipping some, so the index of each
     * element it enters is found by moving on from the last.
     */
    private int cursor;
    /** The indexes of the elements the walk is inside, innermost last, for {@link #tail} to find its element's. */
    private int[] open = new int[32];
    private int openCount;

    /**
     * An element's names and class: a key that copies neither string and cannot take one pair for another, as a
     * joined string could. The class is part of the key because whether it hides the element reads it as written.
     */
    private record NameKey(String names, String classes) {}

    private Words words(Element e, int index) {
      String names = elements.names(index);
      if (names.isEmpty()) {
        return Words.NONE;
      }
      String classes = e.className();
      return words.computeIfAbsent(new NameKey(names, classes), k -> Boilerplate.words(names, classes));
    }

    Counter(Map<Element, Stat> stats, List<Element> documentOrder, List<Element> postOrder, PageElements elements,
        int start) {
      this.stats = stats;
      this.documentOrder = documentOrder;
      this.postOrder = postOrder;
      this.elements = elements;
      this.cursor = start;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e) {
        if (Boilerplate.holdsNoText(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        List<Element> all = elements.all();
        while (all.get(cursor) != e) {
          cursor++;
        }
        if (openCount == open.length) {
          open = Arrays.copyOf(open, openCount * 2);
        }
        open[openCount++] = cursor;
        documentOrder.add(e);
        if (e.normalName().equals("a")) {
          openLinks++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      int index = open[--openCount];
      Stat s = new Stat();
      boolean inline = !BlockReader.isBlock(e.normalName());
      int own = 0;
      int ownLinks = 0;
      boolean opened = false;
      for (int i = 0, size = e.childNodeSize(); i < size; i++) {
        Node child = e.childNode(i);
        if (child instanceof TextNode text) {
          int n = visibleChars(text.getWholeText());
          s.chars += n;
          own += n;
          opened |= n > 0;
        } else if (child instanceof Element c) {
          Stat cs = stats.get(c);
          if (cs == null) {
            continue;
          }
          if (!opened && cs.chars > 0) {
            s.leadingLink = cs.leadingLink;
            opened = true;
          }
          s.linkedHeading = Math.max(s.linkedHeading, cs.linkedHeading);
          s.holdsLead |= cs.holdsLead;
          s.chars += cs.chars;
          s.links += cs.links;
          s.rawGood += cs.rawGood;
          if (cs.inline) {
            own += cs.chars;
            ownLinks += cs.links;
          } else {
            inline = false;
          }
        }
      }
      if (openLinks > 0) { // the element is a link or inside one
        s.links = s.chars;
        ownLinks = own;
      }
      if (e.normalName().equals("a")) {
        s.leadingLink = s.chars;
        openLinks--;
      }
      s.inline = inline;
      s.words = words(e, index);
      s.named = Boilerplate.namedArticleText(e, s.words);
      s.holdsLead |= s.words.lead();
      if (!inline) {
        classify(s, e.normalName(), own, ownLinks);
        s.rawGood += s.ownGood;
        if (HEADINGS.contains(e.normalName()) && s.linkDensity() > LINK_LIST) {
          s.linkedHeading = Math.max(s.linkedHeading, s.chars);
        }
        int headline = Math.max(s.leadingLink, s.linkedHeading);
        s.teaser = headline >= HEADLINE_LINK && s.chars < TEASER_CHARS && s.rawGood > 0
            && s.chars - headline <= TEASER_RATIO * headline;
      }
      stats.put(e, s);
      postOrder.add(e);
      return FilterResult.CONTINUE;
    }
  }

  private static void classify(Stat s, String tag, int own, int ownLinks) {
    if (own == 0) {
      return;
    }
    if (tag.equals("figcaption")) {
      s.ownNeutral = own; // a caption is kept with its image, but it does not make a container the article
      return;
    }
    double density = (double) ownLinks / own;
    if (density >= 0.5) {
      s.ownJunk = own;
    } else if (own >= LONG_RUN || own >= SHORT_PARAGRAPH && density < 0.25 && PARAGRAPHS.contains(tag)) {
      s.ownGood = own;
    } else {
      s.ownNeutral = own;
    }
  }

  /** Characters other than white space, counting no-break and zero-width spaces as white space. */
  static int visibleChars(String text) {
    int n = 0;
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x80) {
        n++; // printable ASCII, most of any page's text: no white space among it
      } else if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u200b' && c != '\u2007' && c != '\u202f'
          && c != '\ufeff') {
        n++;
      }
    }
    return n;
  }
}
