package io.github.newsmodel.html.internal.jsonld;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of the values that {@link LenientJson} gives, for the readers of an app's state or data in a page's
 * script: a value of another type than asked is absent, as in JSON-LD, never an exception.
 */
public final class JsonValues {
  /** The largest whole number a double holds exactly, and so the largest a JSON number is read as. */
  private static final double EXACT = 0x1p53;

  private JsonValues() {}

  /**
   * Whether the first object of a JSON text is closed, its strings skipped: a text cut off inside it is not.
   *
   * @param json the text from the object on
   * @return true if it closes the object it opens
   */
  public static boolean closes(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key an object read last: {@link LenientJson} keeps an object's keys in the order of the text, so of an
   * object cut off by a truncated page, this is the key whose value the cut may fall in.
   *
   * @param object the object
   * @return its last key; null if it has none
   */
  public static @Nullable Object lastKey(Map<?, ?> object) {
    Object last = null;
    for (Object key : object.keySet()) {
      last = key;
    }
    return last;
  }

  /**
   * The value under a key, if it is an object.
   *
   * @param object the object
   * @param key the key
   * @return the value; empty if absent or not an object
   */
  public static Optional<Map<?, ?>> map(Map<?, ?> object, String key) {
    return object.get(key) instanceof Map<?, ?> m ? Optional.of(m) : Optional.empty();
  }

  /**
   * The value under a key, if it is a string that is not blank.
   *
   * @param object the object
   * @param key the key
   * @return the string; empty if absent, blank or not a string
   */
  public static Optional<String> string(Map<?, ?> object, String key) {
    return object.get(key) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
  }

  /**
   * The value under a key, if it is a whole number.
   *
   * @param object the object
   * @param key the key
   * @return the number; empty if absent, not a whole number, or a double beyond 2^53, which is not exact
   */
  public static Optional<Long> number(Map<?, ?> object, String key) {
    Object value = object.get(key);
    if (value instanceof Long l) {
      return Optional.of(l);
    }
    // A double beyond 2^53 is no longer exact, and one beyond a long's range would be read as its bound.
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) <= EXACT) {
      return Optional.of(d.longValue());
    }
    return Optional.empty();
  }

  /**
   * Whether the value under a key is {@code true}.
   *
   * @param object the object
   * @param key the key
   * @return true only for a boolean true
   */
  public static boolean bool(Map<?, ?> object, String key) {
    return Boolean.TRUE.equals(object.get(key));
  }

  /**
   * The value under a key, if it is an array.
   *
   * @param object the object
   * @param key the key
   * @return the array; empty if absent or not an array
   */
  public static List<?> list(Map<?, ?> object, String key) {
    return object.get(key) instanceof List<?> l ? l : List.of();
  }
}
