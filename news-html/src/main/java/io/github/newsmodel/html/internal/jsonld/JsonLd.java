package io.github.newsmodel.html.internal.jsonld;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The JSON-LD of a page as one flat list of nodes: every object of every
 * {@code <script type="application/ld+json">} block, whether it stands alone, in an array, in a {@code @graph},
 * or nested in another node, in document order. A block that cannot be read at all is skipped; a block that is
 * partly broken gives what {@link LenientJson} can read of it.
 */
public final class JsonLd {
  private static final JsonLd NONE = new JsonLd();
  /** What separates paragraphs in a text property: a line break, two {@code <br>}, or a new {@code <p>}. */
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(
      "\\r?\\n|(?i)<br\\s*/?>\\s*<br\\s*/?>|(?i)</p>\\s*<p[^>]*>");
  /** The blocks, parsed once rather than on every page. */
  private static final Evaluator BLOCKS = QueryParser.parse("script[type~=(?i)^\\s*application/ld\\+json]");

  private final List<LdNode> nodes = new ArrayList<>();
  private final Map<String, LdNode> byId = new HashMap<>();

  private JsonLd() {}

  /**
   * Reads the JSON-LD blocks of a page.
   *
   * @param page the page
   * @return its JSON-LD nodes; none if the page has no block
   */
  public static JsonLd of(Document page) {
    return of(PageElements.of(page));
  }

  /**
   * Reads the JSON-LD blocks of a page whose elements are listed already.
   *
   * @param page the page's elements
   * @return its JSON-LD nodes; none if the page has no block
   */
  public static JsonLd of(PageElements page) {
    List<Element> scripts = page.selectTagged("script", BLOCKS);
    if (scripts.isEmpty()) {
      return NONE;
    }
    JsonLd ld = new JsonLd();
    for (Element script : scripts) {
      LenientJson.read(script.data()).ifPresent(v -> ld.collect(v, 0));
    }
    return ld;
  }

  /**
   * Reads JSON-LD from text, for tests and for blocks found elsewhere.
   *
   * @param json the text of one or more blocks
   * @return the nodes
   */
  public static JsonLd of(String json) {
    JsonLd ld = new JsonLd();
    LenientJson.read(json).ifPresent(v -> ld.collect(v, 0));
    return ld;
  }

  /**
   * Every node in document order, nested ones included.
   *
   * @return the nodes
   */
  public List<LdNode> nodes() {
    return List.copyOf(nodes);
  }

  /**
   * The nodes that have one of the types.
   *
   * @param types type names such as {@code NewsArticle}
   * @return the nodes in document order
   */
  public List<LdNode> ofType(Collection<String> types) {
    return nodes.stream().filter(n -> n.isA(types)).toList();
  }

  /**
   * Whether the page has no JSON-LD node.
   *
   * @return true if there is none
   */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /**
   * The paragraphs of a text that may hold line breaks or markup, as {@code articleBody} and a comment's
   * {@code text} do ({@link LdNode#writtenText}): a line break, two {@code <br>} or a new {@code <p>} separate
   * them, and each is read as a page would show it, entities decoded and markup reduced to its text.
   *
   * @param text the text as written
   * @return the paragraphs, normalised, none blank
   */
  public static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String part : PARAGRAPH_BREAK.split(text)) {
      Texts.nonBlank(LdNode.plain(part)).ifPresent(out::add);
    }
    return out;
  }

  Optional<LdNode> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @SuppressWarnings("unchecked")
  private void collect(Object value, int depth) {
    if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, depth));
    } else if (value instanceof Map<?, ?> m) {
      Map<String, Object> map = (Map<String, Object>) m;
      boolean container = map.containsKey("@graph") && !map.containsKey("@type");
      if (!container) {
        LdNode node = new LdNode(map, this, depth);
        nodes.add(node);
        // The fullest definition of an id wins over bare references to it.
        node.id().ifPresent(id -> byId.merge(id, node, (a, b) -> b.map().size() > a.map().size() ? b : a));
      }
      for (Map.Entry<String, Object> e : map.entrySet()) {
        if (e.getKey().equals("@graph")) {
          collect(e.getValue(), depth);
        } else if (!e.getKey().startsWith("@") || e.getKey().equals("@reverse")) {
          collect(e.getValue(), container ? depth : depth + 1);
        }
      }
    }
  }
}
