package io.github.newsmodel.json.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders where a parser is as a JSONPath such as {@code $.comments[2].edits[0].editedAt}, the form every
 * {@code NewsJsonException} uses.
 */
public final class JsonPaths {
  /** The path of the document itself. */
  public static final String ROOT = "$";

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private JsonPaths() {}

  /**
   * The path of the value a parser context points at: the current member of an object, the current element of
   * an array, or the root.
   *
   * @param context the parser's context, such as {@code parser.getParsingContext()}
   * @return the path, starting with {@code $}
   */
  public static String of(JsonStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        // No index before the first element: the parser is at the array itself.
        if (c.hasCurrentIndex()) {
          segments.add("[" + c.getCurrentIndex() + "]");
        }
      } else {
        String name = c.getCurrentName();
        if (name != null) {
          segments.add(member(name));
        }
      }
    }
    StringBuilder path = new StringBuilder(ROOT);
    for (int i = segments.size() - 1; i >= 0; i--) {
      path.append(segments.get(i));
    }
    return path.toString();
  }

  /**
   * Appends a path relative to a value, as the model's {@code InvalidValueException.path()} gives it.
   *
   * @param base the JSON path of the value, such as {@code $.comments[2]}
   * @param relative the path inside it, such as {@code edits[0].editedAt}; empty for the value itself
   * @return the combined path, such as {@code $.comments[2].edits[0].editedAt}
   */
  public static String child(String base, String relative) {
    if (relative.isEmpty()) {
      return base;
    }
    return relative.startsWith("[") ? base + relative : base + "." + relative;
  }

  private static String member(String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return "." + name;
    }
    return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
