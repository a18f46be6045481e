package io.github.newsmodel.html.internal.content;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.internal.Texts;
import io.github.newsmodel.html.internal.dom.AuthorPath;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Images;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article's main text on a page of any site and reads it into body blocks.
 *
 * <ol>
 *   <li><b>Measure</b> ({@link PageMeasures}): one walk over the tree counts, for every element, its text, its
 *       link text and how much of it reads like running text, and marks page furniture (navigation, share bars,
 *       related links, advertising, newsletter and cookie boxes, author boxes, comments) by tag, ARIA role,
 *       visibility and the words of its class and id. An element that holds much of the page's running text is
 *       never taken for furniture, whatever its class says.
 *   <li><b>Choose</b> ({@link Container}): the element whose running text, less a penalty for the links and
 *       short texts it also holds, is the largest. Enclosing more paragraphs raises the score, enclosing a
 *       menu or a list of teasers lowers it, so the choice settles on the element that holds the whole article
 *       and little else, even when the article is split into several blocks by an advertisement.
 *   <li><b>Read</b> ({@link BlockReader}): the chosen element's content in reading order, leaving out the
 *       furniture inside it, blocks that are mostly links, a small page header, the {@link WriterNote} in italics that
 *       closes the article and the {@link Columns} beside the article's where it is a row of columns; with its
 *       {@link Siblings} and, before it, the article's {@link Lead} where that stands outside it.
 *   <li><b>Tidy</b> ({@link Tidy}): drop the headline that repeats the title, labels such as "Advertisement",
 *       and headings whose section was left out.
 * </ol>
 *
 * <p>When the page's JSON-LD declares an {@code articleBody} and the markup yields much less text (a page that
 * renders its article with scripts), the declared text is the body, in paragraphs.
 *
 * <p>Everything after the walk reads the measures, never the text of a large subtree, so the time is linear in
 * the size of the page.
 */
public final class MainContent {
  private static final Set<String> PARTS = Set.of("td", "th", "tr", "li", "dd", "dt");
  private static final Set<String> WHOLES = Set.of("table", "ul", "ol", "dl");
  /** How far up from a cell its table may be: tbody, tr. */
  private static final int TABLE_DEPTH = 3;
  /** The most characters of a caption that {@link #repeatedCaption} compares with the one before it. */
  private static final int MAX_CAPTION = 1000;
  /**
   * The fewest characters of a caption cut short that {@link #truncationOf} compares with the whole caption, and of
   * a caption that {@link #captionShownAgain} takes for one shown again: a credit ("(Image: Getty)") repeats under
   * each picture it names.
   */
  private static final int MIN_TRUNCATED = 40;
  /** How many more characters a caption cut short may hold than the whole one: its control ("… more") for the cut. */
  private static final int MAX_CONTROL = 20;
  /** The mark where a caption is cut: "…", "...", with the spaces before it. */
  private static final Pattern CUT_MARK = Pattern.compile("\\s*(?:…|\\.{3})\\s*$");
  private static final String CAPTION = "caption";
  /** How deep inside an article's header its lead may be. */
  private static final int HEADER_DEPTH = 6;

  private MainContent() {}

  /**
   * Reads the main text of a page.
   *
   * @param page the page
   * @param jsonLd the page's JSON-LD, whose {@code articleBody} stands in when the markup holds much less text
   * @param leaveOut elements that are not part of the article whatever their size, such as comment sections
   * @param title the article's title, if known, so that a headline repeating it is not read twice
   * @return the blocks in reading order; empty if the page holds no running text
   */
  public static List<Block> read(Document page, JsonLd jsonLd, Set<Element> leaveOut, Optional<String> title) {
    return read(page, PageElements.of(page), jsonLd, leaveOut, title);
  }

  /**
   * Reads the main text of a page whose elements are listed already.
   *
   * @param page the page
   * @param elements the page's elements, whose names the measures read rather than read them again
   * @param jsonLd the page's JSON-LD, whose {@code articleBody} stands in when the markup holds much less text
   * @param leaveOut elements that are not part of the article whatever their size, such as comment sections
   * @param title the article's title, if known, so that a headline repeating it is not read twice
   * @return the blocks in reading order; empty if the page holds no running text
   */
  public static List<Block> read(Document page, PageElements elements, JsonLd jsonLd, Set<Element> leaveOut,
      Optional<String> title) {
    List<Block> fromMarkup = fromMarkup(page, elements, leaveOut, title);
    // The declared text is measured as shown, not as written: an articleBody written as markup, its entities escaped
    // and its links with their addresses and scripts, is several times the length of the text it shows.
    Optional<List<Block>> declared = DeclaredBody.of(jsonLd).map(DeclaredBody::blocks);
    if (declared.isPresent()
        && Texts.join(fromMarkup).length() < DeclaredBody.SHORTER * Texts.join(declared.get()).length()) {
      return declared.get();
    }
    return fromMarkup;
  }

  private static List<Block> fromMarkup(Document page, PageElements elements, Set<Element> leaveOut,
      Optional<String> title) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    PageMeasures measures = PageMeasures.of(body, elements, leaveOut);
    Optional<Element> container = Container.choose(measures);
    if (container.isEmpty()) {
      return List.of();
    }
    Optional<Element> story = OneStory.named(container.get(), elements.byTag("article"), title);
    Element chosen = story.orElse(container.get());
    int whole = measures.index(chosen);
    // Columns beside the article's, within the chosen element: a sidebar whose boxes hold some running text.
    Set<Element> beside = Columns.besideArticle(measures, whole);
    // The story's siblings are the other stories, which no text of its own continues into.
    Set<Element> siblings = story.isPresent() ? Set.of() : Siblings.of(measures, chosen);
    List<Block> blocks = new ArrayList<>();
    Map<String, Integer> captionsRead = new HashMap<>();
    if (siblings.isEmpty()) {
      BlockReader reader = BlockReader.standard().skipping(e -> beside.contains(e) || leftOut(measures, whole, e, captionsRead));
      blocks.addAll(reader.read(chosen));
    } else {
      Element parent = chosen.parent();
      BlockReader reader = BlockReader.standard().skipping(e -> e.parent() == parent
          ? e != chosen && !siblings.contains(e) : beside.contains(e) || leftOut(measures, whole, e, captionsRead));
      blocks.addAll(reader.read(parent));
    }
    Optional<Element> lead = Lead.of(measures, chosen)
        .filter(l -> siblings.stream().noneMatch(s -> s == l || l.parents().contains(s)));
    if (lead.isPresent()) {
      List<Block> leadBlocks = BlockReader.standard().read(lead.get());
      if (!leadBlocks.isEmpty() && !readAlready(blocks, leadBlocks)) {
        blocks.addAll(0, leadBlocks);
      }
    }
    return Tidy.blocks(blocks, title);
  }

  /**
   * Whether the body holds the lead already: its text, or where the lead has none, as with an image whose caption
   * is only its credit, its images.
   */
  private static boolean readAlready(List<Block> blocks, List<Block> lead) {
    String leadText = Texts.join(lead);
    if (!leadText.isEmpty()) {
      return Texts.join(blocks).contains(leadText);
    }
    Set<URI> images = new HashSet<>();
    for (Block b : blocks) {
      if (b instanceof Image image) {
        images.add(image.url());
      }
    }
    for (Block b : lead) {
      if (b instanceof Image image && !images.contains(image.url())) {
        return false;
      }
    }
    return true;
  }

  private static boolean inHeader(Element e) {
    Element p = e.parent();
    for (int level = 0; p != null && level < HEADER_DEPTH; level++, p = p.parent()) {
      if (p.normalName().equals("header")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element inside the chosen container is left out of the body.
   *
   * @param captionsRead the captions read so far, by their texts, as indexes of the measures; the reader's questions
   *     in document order add to them
   */
  private static boolean leftOut(PageMeasures measures, int container, Element e,
      Map<String, Integer> captionsRead) {
    int i = measures.index(e); // the reader asks in document order, where each is found a step after the last
    boolean measured = measures.measured(i);
    if (!measured || measures.chars(i) == 0) {
      // images and other elements without text are the reader's to judge, but for an author's headshot: a picture
      // that links to the author's page, beside the byline
      return measured && e.normalName().equals("a") && AuthorPath.leadsToAuthor(e);
    }
    if (repeatedCaption(measures, i, e) || captionShownAgain(measures, i, e, captionsRead)
        || WriterNote.closes(measures, container, i, e)) {
      return true;
    }
    int containerGood = measures.rawGood(container);
    boolean large = measures.rawGood(i) >= 0.5 * containerGood && containerGood > 0;
    if (measures.region(i) || measures.excluded(i) && !large && !linkInSentence(e)) {
      return true;
    }
    boolean holdsLead = measures.holdsLead(i);
    if (e.normalName().equals("header") && measures.good(i) < 0.3 * measures.good(container) && !holdsLead) {
      return true; // the article's header: headline, byline, date
    }
    if (!holdsLead && inHeader(e)) {
      return true; // a header that holds the article's lead gives the lead only
    }
    return !measures.inline(i) && measures.linkDensity(i) > PageMeasures.LINK_LIST && !large
        && !inMixedTable(measures, i, e);
  }

  /**
   * Whether a caption repeats, word for word, the caption right before it, its sibling: a gallery writes each caption
   * once for each state it shows ({@code <div class=caption-full>} and {@code <div class=caption-truncated>}), and
   * the reader sees one. Not a captioned image: the pictures of a gallery may share one caption, and each is
   * another picture. Only captions: an article may repeat a paragraph of its own on purpose, as a refrain. The
   * measures rule out nearly every element before its names or text are read: a caption as long as the element
   * before it, both short.
   */
  private static boolean repeatedCaption(PageMeasures measures, int i, Element e) {
    int chars = measures.chars(i);
    if (chars > MAX_CAPTION) {
      return false;
    }
    // The sibling before it, by index: the last element before it in document order, or the ancestor of that which
    // has the same parent.
    int parent = measures.parent(i);
    int before = i - 1;
    while (before > parent && measures.parent(before) != parent) {
      before = measures.parent(before);
    }
    if (before <= parent || !measures.measured(before)) {
      return false;
    }
    int beforeChars = measures.chars(before);
    if (beforeChars != chars && (chars < MIN_TRUNCATED || chars > beforeChars + MAX_CONTROL)) {
      return false;
    }
    Element sibling = measures.element(before);
    if (!namedCaption(e) || !namedCaption(sibling) || holdsPicture(measures, i) || holdsPicture(measures, before)) {
      return false;
    }
    return e.text().equals(sibling.text()) || truncationOf(e, sibling);
  }

  /**
   * Whether a caption is the one before it cut short, as a gallery shows it folded: its words, but for the control
   * that unfolds it ({@code <a class=more-caption>… more</a>}, a link without an address) and the mark of the cut,
   * open the full caption, whose own control ("less") is no part of it either. Only a caption that carries such a
   * control or mark: a shorter caption that merely opens with the same words ("The old quay." after "The old quay at
   * night.") is another picture's.
   */
  private static boolean truncationOf(Element caption, Element full) {
    StringBuilder words = new StringBuilder();
    boolean control = wordsBesideControls(caption, words);
    String written = io.github.newsmodel.html.internal.dom.Texts.normalise(words.toString());
    String shown = CUT_MARK.matcher(written).replaceFirst("");
    if (!control && shown.length() == written.length() || shown.length() < MIN_TRUNCATED) {
      return false;
    }
    StringBuilder fullWords = new StringBuilder();
    wordsBesideControls(full, fullWords);
    String whole = io.github.newsmodel.html.internal.dom.Texts.normalise(fullWords.toString());
    return whole.length() > shown.length() && whole.startsWith(shown);
  }

  /** Appends the text of an element but for its controls, links without an address; whether it holds one. */
  private static boolean wordsBesideControls(Element e, StringBuilder words) {
    boolean control = false;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode text) {
        words.append(text.getWholeText());
      } else if (child instanceof Element element) {
        if (element.normalName().equals("a") && !element.hasAttr("href")) {
          control = true;
        } else {
          control |= wordsBesideControls(element, words);
        }
      }
    }
    return control;
  }

  /**
   * Whether a caption that stands apart from any picture repeats, word for word, a caption read before it: a gallery
   * writes each slide's caption beside its picture and again in the panel that shows the current slide's
   * ({@code <div class=caption-remote>}), which the reader sees as one. A caption beside its own picture stays, as
   * the pictures of a gallery may share one caption. Records the caption by its text otherwise. Neither the caption
   * itself, which the reader may ask of twice, nor one inside the first ({@code <div class=caption-box><div
   * class=image-caption>}) repeats it. The measures rule out the long texts before any name is read.
   */
  private static boolean captionShownAgain(PageMeasures measures, int i, Element e,
      Map<String, Integer> captionsRead) {
    int chars = measures.chars(i);
    if (chars > MAX_CAPTION || chars < MIN_TRUNCATED || !namedCaption(e)) {
      return false;
    }
    Integer first = captionsRead.putIfAbsent(e.text(), i);
    if (first != null && measures.end(first) <= i) {
      int parent = measures.parent(i);
      return !holdsPicture(measures, i) && parent >= 0 && measures.measured(parent) && !holdsPicture(measures, parent);
    }
    return false;
  }

  /** Whether an element holds a picture, by index: its subtree's elements are the indexes up to its end. */
  private static boolean holdsPicture(PageMeasures measures, int i) {
    for (int k = i + 1, end = measures.end(i); k < end; k++) {
      if (Images.isImageTag(measures.element(k).normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean namedCaption(Element e) {
    if (e.normalName().equals("figcaption")) {
      return true;
    }
    // asked of most elements of the container (captionShownAgain): a search that ignores case, with no lower-cased copy
    String names = e.className();
    for (int at = 0, last = names.length() - CAPTION.length(); at <= last; at++) {
      if (names.regionMatches(true, at, CAPTION, 0, CAPTION.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a link stands in a sentence, between words of its parent's own: "hol dir jetzt meinen <a href=#
   * class=popmake-newsletter-popup>gratis Newsletter</a>!" loses its words mid-sentence if the link, named after
   * what it opens, is left out; so do links named "related" or "ad" in running prose. The sentence is the text's
   * to keep or leave whole. A link without an {@code href} is a control ("<a class=more-caption>less</a>"), and
   * other inline elements so named are credits, hidden spam traps or expanded abbreviations, which stay out.
   */
  private static boolean linkInSentence(Element e) {
    if (!e.normalName().equals("a") || !e.hasAttr("href")) {
      return false;
    }
    return e.previousSibling() instanceof TextNode before && !before.isBlank()
        || e.nextSibling() instanceof TextNode after && !after.isBlank();
  }

  /**
   * Whether a cell or an item belongs to a table or a list that is not mostly links, such as a table of products
   * whose names link to shops: its links are data, decided on at the level of the table or the list.
   */
  private static boolean inMixedTable(PageMeasures measures, int i, Element e) {
    if (!PARTS.contains(e.normalName())) {
      return false;
    }
    // Up by index, not by element: a lookup of each ancestor would search the page from the element back.
    int p = measures.parent(i);
    for (int level = 0; p >= 0 && level < TABLE_DEPTH; level++, p = measures.parent(p)) {
      if (WHOLES.contains(measures.element(p).normalName())) {
        return measures.measured(p) && measures.linkDensity(p) <= PageMeasures.LINK_LIST;
      }
    }
    return false; // or the table is above the measured root, the body, where none is
  }
}
