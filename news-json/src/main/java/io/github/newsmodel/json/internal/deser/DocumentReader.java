package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.NewsJsonException;
import io.github.newsmodel.json.internal.JsonPaths;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one whole document that must be exactly one article, or one array of articles, and turns every failure
 * of the JSON into a {@link NewsJsonException} at the path where the parser stood.
 */
public final class DocumentReader {
  private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
  private static final Shape ARTICLE = new Shape("the article", "an article object", JsonToken.START_OBJECT,
      JsonToken.START_ARRAY, "an array", "read an array of articles with NewsJson.readAll");
  private static final Shape ARRAY = new Shape("the array", "an array of articles", JsonToken.START_ARRAY,
      JsonToken.START_OBJECT, "an object", "read a single article with NewsJson.read, or " + Shape.LINES);

  private DocumentReader() {}

  /** What a document must be, and what to tell someone who gave the other kind. */
  private record Shape(String name, String expected, JsonToken start, JsonToken other, String otherName,
      String hint) {
    /** What news parse writes for several pages by default, and the likeliest other kind of all. */
    static final String LINES = "one article a line (JSON Lines) with NewsJson.linesReader";
  }

  /**
   * Reads the one article of a document.
   *
   * @param p a new parser over the document; the caller closes it
   * @param oneLine whether the document is one line of JSON Lines, where only the column locates a problem
   * @return the article
   * @throws NewsJsonException if the document is not exactly one valid article
   * @throws UncheckedIOException if reading the input fails
   */
  public static Article read(JsonParser p, boolean oneLine) {
    return whole(p, oneLine, ARTICLE, ArticleReader::read);
  }

  /**
   * Reads the articles of a document that is one array of articles.
   *
   * @param p a new parser over the document; the caller closes it
   * @return the articles, in order, unmodifiable
   * @throws NewsJsonException if the document is not exactly one array of valid articles
   * @throws UncheckedIOException if reading the input fails
   */
  public static List<Article> readArray(JsonParser p) {
    return whole(p, false, ARRAY, DocumentReader::articles);
  }

  /** Reads a document that must be one value of the expected shape, with nothing after it. */
  private static <T> T whole(JsonParser p, boolean oneLine, Shape shape, Values.ValueReader<T> reader) {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new NewsJsonException(JsonPaths.ROOT, "no JSON value, expected " + shape.expected());
      }
      if (first == shape.other() && !oneLine) {
        // The likeliest mix-up of a whole document, such as the command line's array given to read.
        throw Values.problem(p, "expected " + shape.expected() + ", got " + shape.otherName() + "; "
            + shape.hint());
      }
      if (first != shape.start()) {
        throw Values.wrongType(p, shape.expected());
      }
      T result = reader.read(p);
      int lastLine = p.currentTokenLocation().getLineNr();
      JsonToken next = p.nextToken();
      if (next != null) {
        // An article on a line after an article is JSON Lines, as news parse writes several pages. Within a line of
        // JSON Lines, the parser's "line" after the article began at a \r alone (old Mac line ends).
        boolean lines = shape == ARTICLE && next == JsonToken.START_OBJECT
            && p.currentTokenLocation().getLineNr() > lastLine;
        String hint = !lines ? "" : oneLine ? "; a line of JSON Lines ends at \\n, and a \\r alone ends none"
            : "; read " + Shape.LINES;
        throw new NewsJsonException(JsonPaths.ROOT,
            "more JSON after " + shape.name() + at(p.currentLocation(), oneLine) + hint);
      }
      return result;
    } catch (StreamConstraintsException e) {
      // No location: after a length limit trips, the parser's position is past what it checked.
      String limit = withoutSource(e.getOriginalMessage());
      // JsonLimits sets the lengths of strings and documents and the depth; a number's length is Jackson's own.
      throw new NewsJsonException(JsonPaths.of(p.getParsingContext()), "input beyond a limit: " + limit
          + (limit.startsWith("Number") ? "" : "; see JsonLimits"), e);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw new NewsJsonException(JsonPaths.of(p.getParsingContext()),
          "malformed JSON: " + withoutSource(e.getOriginalMessage()) + at(where, oneLine), e);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Jackson's message without its "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);
   * line: 1, column: 1]": the line and column stay, the words about a parser setting go.
   */
  static String withoutSource(String message) {
    return SOURCE_LOCATION.matcher(message).replaceAll("line $1, column $2");
  }

  private static List<Article> articles(JsonParser p) throws IOException {
    return List.copyOf(Values.array(p, element -> {
      if (element.currentToken() != JsonToken.START_OBJECT) {
        throw Values.wrongType(element, "an article object");
      }
      return ArticleReader.read(element);
    }));
  }

  /**
   * What a failure to read a document means to the caller: bytes that are not text in the encoding they seem to be
   * in, such as a UTF-32 character beyond Unicode, are bad JSON; anything else is the input failing.
   *
   * @param e the failure
   * @return a {@link NewsJsonException} for bad bytes, else an {@link UncheckedIOException}
   */
  public static RuntimeException failure(IOException e) {
    return e instanceof CharConversionException bad ? badBytes(bad) : new UncheckedIOException(e);
  }

  /**
   * Reports bytes that are not text in the encoding they seem to be in.
   *
   * @param e what the decoder found
   * @return the exception to throw
   */
  public static NewsJsonException badBytes(CharConversionException e) {
    return new NewsJsonException(JsonPaths.ROOT, "malformed JSON: " + e.getMessage(), e);
  }

  /**
   * Where a problem is: in a line of JSON Lines, the column counted from the start of the line by the offset, since
   * the parser starts a line of its own at a {@code \r} alone, which ends no line of JSON Lines.
   */
  private static String at(JsonLocation where, boolean oneLine) {
    if (oneLine) {
      long offset = where.getCharOffset() >= 0 ? where.getCharOffset() : where.getByteOffset();
      return " (column " + (offset >= 0 ? offset + 1 : where.getColumnNr()) + ")";
    }
    return " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
  }
}
