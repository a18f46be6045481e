package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.json.NewsJsonException;
import io.github.newsmodel.json.internal.EnumNames;
import io.github.newsmodel.json.internal.JsonPaths;
import io.github.newsmodel.json.internal.Rfc3339;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of the format from a parser whose current token is the value, strictly: no coercion
 * between types, no {@code null}. Each failure names the path of the value.
 */
public final class Values {
  private Values() {}

  /** Handles one field of an object; the parser is at the field's value and must be left on its last token. */
  @FunctionalInterface
  public interface FieldHandler {
    /**
     * Reads or skips the value of one field.
     *
     * @param name the field name
     * @throws IOException if the input fails
     */
    void field(String name) throws IOException;
  }

  /**
   * Reads one value, starting at its first token and leaving the parser on its last token. Serializable, like the
   * Jackson deserializers that hold one.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface ValueReader<T> extends Serializable {
    /**
     * Reads the value.
     *
     * @param p the parser
     * @return the value
     * @throws IOException if the input fails
     */
    T read(JsonParser p) throws IOException;
  }

  /**
   * Walks the fields of an object, in whatever order they come. Leaves the parser on the object's
   * {@code END_OBJECT}.
   *
   * @param p the parser, at the object's {@code START_OBJECT} (or at its first {@code FIELD_NAME}, where
   *     Jackson has already consumed the start)
   * @param fields the handler of each field
   * @throws IOException if the input fails
   */
  public static void fields(JsonParser p, FieldHandler fields) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME) {
      throw wrongType(p, "an object");
    }
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      fields.field(name);
    }
  }

  /**
   * Builds the value of the object that the parser has just closed, and reports a broken invariant at the
   * path of the offending field.
   *
   * @param <T> the value type
   * @param p the parser, on the object's {@code END_OBJECT}
   * @param build builds the value
   * @return the value
   */
  public static <T> T build(JsonParser p, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      String path = JsonPaths.child(JsonPaths.of(p.getParsingContext()), e.path());
      throw new NewsJsonException(path, e.problem(), e);
    }
  }

  /**
   * Reports a problem with the value the parser is at.
   *
   * @param p the parser
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static NewsJsonException problem(JsonParser p, String problem) {
    return new NewsJsonException(JsonPaths.of(p.getParsingContext()), problem);
  }

  /**
   * Reports a field that the object the parser has just closed lacks.
   *
   * @param p the parser, on the object's {@code END_OBJECT}
   * @param field the missing field
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static NewsJsonException missing(JsonParser p, String field, String problem) {
    return new NewsJsonException(JsonPaths.child(JsonPaths.of(p.getParsingContext()), field), problem);
  }

  /**
   * Reports a value of the wrong JSON type.
   *
   * @param p the parser, at the value
   * @param expected what was expected, such as {@code "a string"}
   * @return the exception to throw
   */
  public static NewsJsonException wrongType(JsonParser p, String expected) {
    JsonToken t = p.currentToken();
    String got = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? number(p) : describe(t);
    String hint = t == JsonToken.VALUE_NULL ? " (leave an absent value out instead)" : "";
    return problem(p, "expected " + expected + ", got " + got + hint);
  }

  /**
   * Reads a string.
   *
   * @param p the parser
   * @return the string
   * @throws IOException if the input fails
   */
  public static String string(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, "a string");
    }
    return p.getText();
  }

  /**
   * Reads a string that names a value of an enum, as the format spells it ({@link EnumNames}).
   *
   * @param p the parser, at the string
   * @param names the enum's names
   * @param <E> the enum
   * @return the value
   * @throws IOException if the input fails, or {@link NewsJsonException} if the string names no value
   */
  public static <E extends Enum<E>> E named(JsonParser p, EnumNames<E> names) throws IOException {
    String name = string(p);
    E value = names.of(name);
    if (value == null) {
      throw problem(p, names.refusal(name));
    }
    return value;
  }

  /**
   * Reads an integer in the range of {@code int}.
   *
   * @param p the parser
   * @return the integer
   * @throws IOException if the input fails
   */
  public static int integer(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, "an integer");
    }
    if (p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    // A tree or a map (convertValue) may hold a small number as a long or a BigInteger: its value counts, not its
    // Java type.
    BigInteger value = p.getBigIntegerValue();
    if (value.bitLength() < Integer.SIZE) {
      return value.intValue();
    }
    throw problem(p, p.getText() + " is out of range, expected an integer from " + Integer.MIN_VALUE + " to "
        + Integer.MAX_VALUE);
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @param p the parser
   * @return the boolean
   * @throws IOException if the input fails
   */
  public static boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw wrongType(p, "true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /**
   * Reads a URI. Whether it must be absolute, or http, is the model's to check.
   *
   * @param p the parser
   * @return the URI
   * @throws IOException if the input fails
   */
  public static URI uri(JsonParser p) throws IOException {
    String text = string(p);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw problem(p, Checks.quote(text) + " is not a URI: " + e.getReason() + " at index " + e.getIndex());
    }
  }

  /**
   * Reads an RFC 3339 time, keeping its offset.
   *
   * @param p the parser
   * @return the time
   * @throws IOException if the input fails
   */
  public static OffsetDateTime time(JsonParser p) throws IOException {
    String text = string(p);
    try {
      return Rfc3339.parse(text);
    } catch (DateTimeException e) {
      throw problem(p, Checks.quote(text) + " is not an RFC 3339 date-time with an offset, such as "
          + "2007-05-24T13:52:00+03:00");
    }
  }

  /**
   * Reads a time-zone id such as {@code Europe/Helsinki}.
   *
   * @param p the parser
   * @return the zone
   * @throws IOException if the input fails
   */
  public static ZoneId zone(JsonParser p) throws IOException {
    String text = string(p);
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw problem(p, Checks.quote(text) + " is not a time-zone id, such as Europe/Helsinki");
    }
  }

  /**
   * Reads a BCP 47 language tag, rejecting ill-formed ones rather than guessing.
   *
   * @param p the parser
   * @return the language
   * @throws IOException if the input fails
   */
  public static Locale language(JsonParser p) throws IOException {
    String text = string(p);
    try {
      return new Locale.Builder().setLanguageTag(text).build();
    } catch (IllformedLocaleException e) {
      throw problem(p, Checks.quote(text) + " is not a well-formed BCP 47 language tag, such as en-GB");
    }
  }

  /**
   * Reads an array, element by element.
   *
   * @param <T> the element type
   * @param p the parser, at the {@code START_ARRAY}
   * @param element reads one element
   * @return the elements; the parser is left on the {@code END_ARRAY}
   * @throws IOException if the input fails
   */
  public static <T> List<T> array(JsonParser p, ValueReader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(p, "an array");
    }
    List<T> values = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw problem(p, "the input ends inside an array");
      }
      values.add(element.read(p));
    }
    return values;
  }

  /** A number as written, so that "expected an integer" shows the 5.0 that is not one. */
  private static String number(JsonParser p) {
    try {
      String text = p.getText();
      return "the number " + (text.length() <= 40 ? text : text.substring(0, 37) + "...");
    } catch (IOException e) {
      return "a number"; // the parser holds a number token's text already; this is not expected to happen
    }
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : "'" + t.asString() + "'";
    }
  }
}
