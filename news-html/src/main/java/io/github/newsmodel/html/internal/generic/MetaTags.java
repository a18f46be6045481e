package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The {@code <meta>} elements of a page, indexed once by their key: the {@code property}, {@code name} or
 * {@code http-equiv} attribute, lower-cased. OpenGraph, {@code article:*}, Twitter cards, Dublin Core
 * ({@code DC.date.issued}, {@code dcterms.created}), Parse.ly ({@code parsely-author}), Sailthru
 * ({@code sailthru.date}) and plain {@code <meta name>} keys are all looked up here.
 *
 * <p>A content that still holds a character reference once the parser has decoded the attribute was escaped twice
 * by the page's software ({@code content="That&amp;#039;s"}, common in WordPress descriptions); it is decoded once
 * more, so that the text reads "That's" as the page shows it elsewhere. Markup in a content ({@code <p>}) is
 * reduced to its text. JSON-LD strings are read the same way.
 */
final class MetaTags {
  /** A complete character reference, with its semicolon: "&#039;", "&#x27;", "&uuml;". */
  private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
  private final Map<String, List<Content>> contents = new HashMap<>();

  private MetaTags() {}

  /**
   * Indexes the {@code <meta>} elements of a page.
   *
   * @param elements the page's elements
   * @return the index
   */
  static MetaTags of(PageElements elements) {
    MetaTags tags = new MetaTags();
    for (Element meta : elements.byTag("meta")) {
      // The four attributes in one pass over the element's few, where each lookup by name would read them all
      // again: the first of each name, in any case, as attr() finds it.
      String written = null;
      String property = "";
      String name = "";
      String httpEquiv = "";
      boolean withProperty = false;
      boolean withName = false;
      boolean withHttpEquiv = false;
      for (Attribute a : meta.attributes()) {
        String key = a.getKey();
        if (written == null && isKey(key, "content")) {
          written = a.getValue();
        } else if (!withProperty && isKey(key, "property")) {
          property = a.getValue();
          withProperty = true;
        } else if (!withName && isKey(key, "name")) {
          name = a.getValue();
          withName = true;
        } else if (!withHttpEquiv && isKey(key, "http-equiv")) {
          httpEquiv = a.getValue();
          withHttpEquiv = true;
        }
      }
      if (written == null) {
        continue;
      }
      Content content = new Content(written);
      for (String p : Texts.tokens(property)) {
        tags.put(p, content); // RDFa lets one element state several properties
      }
      tags.put(name, content);
      tags.put(httpEquiv, content);
    }
    return tags;
  }

  /** Whether an attribute's key is the name in ASCII case, as jsoup's lookup by name compares them. */
  private static boolean isKey(String key, String name) {
    int n = name.length();
    if (key.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c != name.charAt(i) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A content as the page writes it, made text when first read: most of a page's {@code <meta>} contents (its
   * viewport, robots and verification keys) are never read, and markup in one costs a parse of it.
   */
  private static final class Content {
    private final String written;
    private @Nullable String text;

    Content(String written) {
      this.written = written;
    }

    /** The content decoded once more and without markup, under each of its keys alike. */
    String text() {
      String t = text;
      if (t == null) {
        t = Texts.withoutMarkup(decodedAgain(written));
        text = t;
      }
      return t;
    }
  }

  /**
   * Decodes the character references that a second escaping left in a content, by the rules for attributes, so
   * that a bare ampersand before letters ("R&Dept") stays as written.
   */
  private static String decodedAgain(String content) {
    return content.indexOf('&') >= 0 && REFERENCE.matcher(content).find()
        ? Parser.unescapeEntities(content, true) : content;
  }

  private void put(String key, Content content) {
    String k = key.trim().toLowerCase(Locale.ROOT);
    if (!k.isEmpty()) {
      contents.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
    }
  }

  /**
   * The first non-blank content of the first key that has one.
   *
   * @param keys keys in order of preference, lower-case
   * @return the normalised content, if any
   */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      for (Content content : contents.getOrDefault(key, List.of())) {
        Optional<String> text = Texts.nonBlank(content.text());
        if (text.isPresent()) {
          return text;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every distinct non-blank content of a key, in page order.
   *
   * @param key the key, lower-case
   * @return the normalised contents
   */
  List<String> all(String key) {
    Set<String> values = new LinkedHashSet<>();
    for (Content content : contents.getOrDefault(key, List.of())) {
      Texts.nonBlank(content.text()).ifPresent(values::add);
    }
    return List.copyOf(values);
  }

  /**
   * The contents of several keys, each with its key, in the order of the keys.
   *
   * @param keys the keys, lower-case
   * @return the key and normalised content of each non-blank value
   */
  List<Map.Entry<String, String>> each(List<String> keys) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String key : keys) {
      for (Content content : contents.getOrDefault(key, List.of())) {
        Texts.nonBlank(content.text()).ifPresent(c -> out.add(Map.entry(key, c)));
      }
    }
    return out;
  }
}
