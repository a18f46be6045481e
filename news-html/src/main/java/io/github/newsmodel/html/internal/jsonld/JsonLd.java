package io.github.newsmodel.html.internal.jsonld;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks.
 *
 * <p>Pages write JSON-LD by hand or by template, so it is read leniently: comments, single quotes, unquoted
 * control characters (raw line breaks inside strings), trailing commas and a leading HTML comment are accepted. A
 * block that still does not parse is skipped, never fatal. Top-level arrays and {@code @graph} lists are
 * flattened, so that {@link #objects()} holds every top-level object of every block; nested objects stay where
 * they are.
 */
public final class JsonLd {
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(
      "\\n\\s*\\n|\\r?\\n|(?i)<br\\s*/?>\\s*<br\\s*/?>|(?i)</p>\\s*<p[^>]*>");

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  /**
   * Reads the JSON-LD blocks of a page.
   *
   * @param page the page
   * @return its objects; none if the page has no readable JSON-LD
   */
  public static JsonLd of(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type]")) {
      if (!script.attr("type").trim().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
        continue;
      }
      parse(script.data()).ifPresent(node -> flatten(node, objects));
    }
    return new JsonLd(objects);
  }

  /**
   * The top-level objects in page order, with arrays and {@code @graph} lists flattened.
   *
   * @return the objects
   */
  public List<JsonNode> objects() {
    return objects;
  }

  /**
   * The objects of the given schema.org types, including types given in a list.
   *
   * @param types type names such as {@code NewsArticle}, compared without case; a type URI such as
   *     {@code http://schema.org/NewsArticle} counts by its last segment
   * @return the matching objects in page order
   */
  public List<JsonNode> ofType(String... types) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode o : objects) {
      if (isType(o, types)) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * Whether an object has one of the given types.
   *
   * @param node an object
   * @param types type names, compared without case
   * @return true if {@code @type} names one of them
   */
  public static boolean isType(JsonNode node, String... types) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual() && matches(t.asText(), types)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && matches(type.asText(), types);
  }

  /**
   * A text property: the string itself, or the first string of a list, or an object's {@code name}.
   *
   * @param node an object
   * @param field the property
   * @return the value, stripped, if present and not blank
   */
  public static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    if (v.isObject()) {
      v = v.get("name");
    }
    if (v == null || !(v.isTextual() || v.isNumber())) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * The paragraphs of a text property that may hold line breaks or markup, as {@code articleBody} and a
   * comment's {@code text} do: blank lines, line breaks, two {@code <br>} or a new {@code <p>} separate them,
   * and markup inside a paragraph is reduced to its text.
   *
   * @param text the property's value
   * @return the paragraphs, normalised, none blank
   */
  public static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String part : PARAGRAPH_BREAK.split(text)) {
      String plain = part.indexOf('<') >= 0 ? Jsoup.parse(part).text() : part;
      Texts.nonBlank(plain).ifPresent(out::add);
    }
    return out;
  }

  private static boolean matches(String type, String... types) {
    String t = type.substring(type.lastIndexOf('/') + 1);
    for (String wanted : types) {
      if (t.equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<JsonNode> parse(String data) {
    String json = data.strip();
    if (json.startsWith("<!--")) {
      json = json.substring(4);
    }
    if (json.endsWith("-->")) {
      json = json.substring(0, json.length() - 3);
    }
    json = json.strip();
    if (json.endsWith(";")) {
      json = json.substring(0, json.length() - 1);
    }
    if (json.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(LENIENT.readTree(json));
    } catch (JsonProcessingException e) {
      return Optional.empty(); // a broken block is skipped; the page's other evidence still counts
    }
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      JsonNode graph = node.get("@graph");
      if (graph != null && graph.isArray()) {
        graph.forEach(n -> flatten(n, out));
        if (node.size() > 2 || !node.has("@context") && node.size() > 1) {
          out.add(node); // the object that holds the graph may carry properties of its own
        }
      } else {
        out.add(node);
      }
    }
  }
}
