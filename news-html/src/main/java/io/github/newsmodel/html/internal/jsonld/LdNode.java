package io.github.newsmodel.html.internal.jsonld;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * One JSON-LD object of a page, such as a {@code NewsArticle} or a {@code Person}, read leniently: property names
 * match without regard to case ({@code URL} for {@code url}), a property may hold one value or an array, and a
 * nested {@code {"@id": ...}} stands for the node of that id elsewhere on the page.
 */
public final class LdNode {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

  private final Map<String, Object> map;
  private final JsonLd page;
  private final int depth;
  /** The node's {@link #types}, once read: the map does not change. */
  private @Nullable List<String> types;

  LdNode(Map<String, Object> map, JsonLd page, int depth) {
    this.map = map;
    this.page = page;
    this.depth = depth;
  }

  /**
   * How deep the node is nested in its block: 0 for a top-level object or a member of {@code @graph}.
   *
   * @return the nesting depth
   */
  public int depth() {
    return depth;
  }

  /**
   * The node's types, without a schema.org prefix: {@code "schema:NewsArticle"} and
   * {@code "https://schema.org/NewsArticle"} are both {@code NewsArticle}.
   *
   * @return the types in the order given, unmodifiable; empty if the node declares none
   */
  public List<String> types() {
    List<String> read = types;
    if (read == null) {
      read = readTypes();
      types = read;
    }
    return read;
  }

  /**
   * The types as {@link #types} gives them, read from the map: once for each node, as the rules ask each node's
   * types again and again ({@link #isA}), and a node without {@code @type} is looked through for it each time.
   */
  private List<String> readTypes() {
    List<String> out = new ArrayList<>();
    for (Object t : values("@type")) {
      if (t instanceof String s) {
        String name = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1).trim();
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the node has one of the types.
   *
   * @param names type names such as {@code NewsArticle}, matched without regard to case
   * @return true if one of its types is among them
   */
  public boolean isA(java.util.Collection<String> names) {
    for (String t : types()) {
      for (String n : names) {
        if (n.equalsIgnoreCase(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The node's {@code @id}.
   *
   * @return the id, if any
   */
  public Optional<String> id() {
    return values("@id").stream().filter(String.class::isInstance).map(String.class::cast)
        .map(String::trim).filter(s -> !s.isEmpty()).findFirst();
  }

  /**
   * The first text of a property: a string, a number, or the {@code @value} of a value object; HTML entities and
   * tags are decoded and white space collapsed, as a page would show it.
   *
   * @param property the property name
   * @return the text, if the property holds a non-blank one
   */
  public Optional<String> text(String property) {
    List<String> all = texts(property);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Every text of a property, in order.
   *
   * @param property the property name
   * @return the non-blank texts; empty if none
   */
  public List<String> texts(String property) {
    List<String> out = new ArrayList<>();
    for (Object v : values(property)) {
      Object value = v instanceof Map<?, ?> m && m.containsKey("@value") ? m.get("@value") : v;
      if (value instanceof String || value instanceof Number) {
        Texts.nonBlank(plain(value.toString())).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The first text of a property as the page wrote it, line breaks and markup included, for the texts that hold
   * paragraphs ({@code articleBody}, a comment's {@code text}); {@link JsonLd#paragraphs} reads them.
   *
   * @param property the property name
   * @return the text with its ends stripped, if the property holds a non-blank string
   */
  public Optional<String> writtenText(String property) {
    for (Object v : values(property)) {
      Object value = v instanceof Map<?, ?> m && m.containsKey("@value") ? m.get("@value") : v;
      if (value instanceof String s && !s.isBlank()) {
        return Optional.of(s.strip());
      }
    }
    return Optional.empty();
  }

  /**
   * A count, such as {@code commentCount}: a whole number that is not negative, written as a number or as digits.
   *
   * @param property the property name
   * @return the first value that is a count, if any
   */
  public OptionalInt count(String property) {
    for (Object v : values(property)) {
      Object value = v instanceof Map<?, ?> m && m.containsKey("@value") ? m.get("@value") : v;
      if (value instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) {
        return OptionalInt.of(n.intValue());
      }
      if (value instanceof Double d && d >= 0 && d <= Integer.MAX_VALUE && d == Math.rint(d)) {
        return OptionalInt.of(d.intValue());
      }
      if (value instanceof String s && DIGITS.matcher(s.strip()).matches()) {
        return OptionalInt.of(Integer.parseInt(s.strip()));
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A yes-or-no property, such as {@code isAccessibleForFree}: a JSON boolean, or a string that {@link SchemaBoolean}
   * reads, as pages write schema.org's {@code True} and {@code False}.
   *
   * @param property the property name
   * @return the first value that is a flag, if any
   */
  public Optional<Boolean> flag(String property) {
    for (Object v : values(property)) {
      Object value = v instanceof Map<?, ?> m && m.containsKey("@value") ? m.get("@value") : v;
      if (value instanceof Boolean b) {
        return Optional.of(b);
      }
      Optional<Boolean> flag = value instanceof String s ? SchemaBoolean.of(s) : Optional.empty();
      if (flag.isPresent()) {
        return flag;
      }
    }
    return Optional.empty();
  }

  /**
   * The nodes a property holds, with {@code {"@id": ...}} references replaced by the node of that id when the
   * page has one.
   *
   * @param property the property name
   * @return the nodes in order; empty if the property holds none
   */
  public List<LdNode> nodes(String property) {
    List<LdNode> out = new ArrayList<>();
    for (Object v : values(property)) {
      if (v instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        LdNode node = new LdNode((Map<String, Object>) m, page, depth + 1);
        out.add(node.resolved());
      }
    }
    return out;
  }

  /**
   * Whether the property is present with any value.
   *
   * @param property the property name
   * @return true if present
   */
  public boolean has(String property) {
    return !values(property).isEmpty();
  }

  /** A bare reference stands for the node with its id, if the page defines it elsewhere. */
  LdNode resolved() {
    if (map.size() == 1 && id().isPresent()) {
      return page.byId(id().get()).orElse(this);
    }
    return this;
  }

  /** The raw values of a property: one value or the members of an array. */
  List<Object> values(String property) {
    Object v = map.get(property);
    if (v == null) {
      for (Map.Entry<String, Object> e : map.entrySet()) {
        if (e.getKey().equalsIgnoreCase(property)) {
          v = e.getValue();
          break;
        }
      }
    }
    if (v == null) {
      return List.of();
    }
    return v instanceof List<?> list ? List.copyOf(list) : List.of(v);
  }

  Map<String, Object> map() {
    return map;
  }

  /** The text a page would show for a JSON string: entities decoded, markup reduced to its text. */
  static String plain(String text) {
    return Texts.withoutMarkup(text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text);
  }

  /**
   * Two nodes are equal when they are views of the same JSON object, whether reached directly or through an
   * {@code @id} reference, so that a reader can tell it has already seen a node.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof LdNode other && other.map == map;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(map);
  }

  @Override
  public String toString() {
    return "LdNode" + types() + id().map(i -> "@" + i).orElse("") + " at depth " + depth
        + " " + map.keySet().stream().limit(12).toList().toString().toLowerCase(Locale.ROOT);
  }
}
