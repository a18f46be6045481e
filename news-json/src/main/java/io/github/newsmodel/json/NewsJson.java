package io.github.newsmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.internal.ByteOrderMark;
import io.github.newsmodel.json.internal.FormatVersion;
import io.github.newsmodel.json.internal.Jackson;
import io.github.newsmodel.json.internal.JacksonVersion;
import io.github.newsmodel.json.internal.JsonPaths;
import io.github.newsmodel.json.internal.Opener;
import io.github.newsmodel.json.internal.deser.DocumentReader;
import io.github.newsmodel.json.internal.lines.LineSource;
import io.github.newsmodel.json.internal.ser.ArticleWriter;
import io.github.newsmodel.json.internal.ser.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes and reads {@link Article}s in the newsmodel JSON format: one article a document, many as one JSON array
 * (as the command line's {@code -f json} writes them), or many as JSON Lines.
 *
 * <pre>{@code
 * NewsJson json = NewsJson.standard();
 * String text = json.write(article);
 * Article back = json.read(text);          // equal to article
 *
 * List<Article> all = json.readAll(Files.readString(path));       // [{...}, {...}]
 *
 * try (JsonLinesReader lines = json.linesReader(Files.newInputStream(path))) {
 *   for (Article a : lines) { ... }        // one line at a time, in constant memory
 * }
 * }</pre>
 *
 * <p>The format is documented in {@code FORMAT.md} and described by the JSON Schema at {@link #schema()}. Bad
 * input throws {@link NewsJsonException}, which names the JSON path of the problem; input beyond the
 * {@link JsonLimits} does too. Methods that take a stream never close it, except the JSON Lines reader and
 * writer, which own theirs.
 *
 * <p>A failing stream or writer throws {@link UncheckedIOException}, whose cause is the {@link IOException}; no
 * method of news-json declares a checked exception. That way reading and writing fit in lambdas and streams
 * ({@code paths.stream().map(p -> json.read(open(p)))}, {@code JsonLinesReader.stream()}), every overload
 * fails the same way whether it was given a string, a writer or a stream, and both kinds of failure are
 * unchecked like the {@link NewsJsonException} of bad input. Catch {@code UncheckedIOException} where you handle
 * failing I/O and {@code NewsJsonException} where you handle bad JSON: bytes that are not text in their encoding
 * are bad JSON, not failing I/O. (news-html's {@code HtmlArticles.parse(InputStream, ...)}, unlike news-json,
 * declares a checked {@code IOException}.)
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} is shared.
 */
public final class NewsJson {
  /**
   * The newest version of the format, which this library reads with every older one. It writes each article in the
   * oldest version that holds it: 1, unless an edit has no time (2) or a comment was removed (3; see
   * {@code FORMAT.md}).
   */
  public static final int FORMAT_VERSION = FormatVersion.CURRENT;

  /**
   * The {@code $id} of the JSON Schema of the format's newest version, which documents of every version validate
   * against. The jar also ships the schemas of versions 1 and 2, {@code newsmodel-article-1.schema.json} and
   * {@code newsmodel-article-2.schema.json}, beside it.
   */
  public static final String SCHEMA_ID = "https://newsmodel.github.io/schema/newsmodel-article-3.schema.json";

  private static final String SCHEMA_RESOURCE = "newsmodel-article-3.schema.json";
  private static final NewsJson STANDARD = new NewsJson(JsonLimits.defaults(), false);

  private final JsonLimits limits;
  private final boolean pretty;
  private final JsonFactory factory;

  private NewsJson(JsonLimits limits, boolean pretty) {
    // Before the limits name StreamReadConstraints, which a jackson-core before 2.15 does not have.
    JacksonVersion.requireSupported();
    this.limits = limits;
    this.pretty = pretty;
    this.factory = Jackson.factory(limits.toStreamReadConstraints());
  }

  /**
   * The instance with the default limits that writes compact JSON.
   *
   * @return the shared standard instance
   */
  public static NewsJson standard() {
    return STANDARD;
  }

  /**
   * Creates an instance with other read limits, writing compact JSON.
   *
   * @param limits the read limits
   * @return a new instance
   */
  public static NewsJson create(JsonLimits limits) {
    return new NewsJson(Objects.requireNonNull(limits, "limits"), false);
  }

  /**
   * A copy of this instance that writes indented JSON, for people to read. JSON Lines stay one article a line.
   *
   * @return an instance that writes indented JSON
   */
  public NewsJson pretty() {
    return pretty ? this : new NewsJson(limits, true);
  }

  /**
   * A copy of this instance that writes compact JSON, the default.
   *
   * @return an instance that writes compact JSON
   */
  public NewsJson compact() {
    return pretty ? new NewsJson(limits, false) : this;
  }

  /**
   * Whether this instance writes indented JSON.
   *
   * @return true for an instance from {@link #pretty()}, false for one from {@link #compact()} or the factories
   */
  public boolean indented() {
    return pretty;
  }

  /**
   * The limits this instance reads with.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Writes an article as a JSON document.
   *
   * @param article the article
   * @return the JSON
   */
  public String write(Article article) {
    Objects.requireNonNull(article, "article");
    return toJson(out -> write(article, out));
  }

  /**
   * Writes an article as a JSON document to a writer, and flushes it.
   *
   * @param article the article
   * @param out the writer; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(Article article, Writer out) {
    Objects.requireNonNull(article, "article");
    writeDocument(article, ArticleWriter::write, () -> factory.createGenerator(out));
  }

  /**
   * Writes an article as a JSON document in UTF-8 to a stream, and flushes it.
   *
   * @param article the article
   * @param out the stream; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(Article article, OutputStream out) {
    Objects.requireNonNull(article, "article");
    writeDocument(article, ArticleWriter::write, () -> factory.createGenerator(out));
  }

  /**
   * Writes articles as one JSON document that is an array of articles, in order: the form that
   * {@link #readAll(String)} reads, and that the command line writes with {@code -f json} for many pages.
   * Indented, each article is an indented element of the array; an empty list is {@code []}.
   *
   * @param articles the articles
   * @return the JSON array
   * @throws NullPointerException if an element is null
   */
  public String writeAll(Iterable<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    return toJson(out -> writeAll(articles, out));
  }

  /**
   * Writes articles as one JSON array of articles to a writer, one article at a time, and flushes it.
   *
   * @param articles the articles
   * @param out the writer; not closed
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an element is null
   */
  public void writeAll(Iterable<Article> articles, Writer out) {
    Objects.requireNonNull(articles, "articles");
    writeDocument(articles, ArticleWriter::writeArray, () -> factory.createGenerator(out));
  }

  /**
   * Writes articles as one JSON array of articles in UTF-8 to a stream, one article at a time, and flushes it.
   *
   * @param articles the articles
   * @param out the stream; not closed
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if an element is null
   */
  public void writeAll(Iterable<Article> articles, OutputStream out) {
    Objects.requireNonNull(articles, "articles");
    writeDocument(articles, ArticleWriter::writeArray, () -> factory.createGenerator(out));
  }

  private String toJson(Consumer<Writer> writing) {
    // Jackson's own string writer, as ObjectMapper.writeValueAsString uses: it recycles the generator's buffers
    // and builds the string from segments, where a StringWriter would copy into a synchronized, growing buffer.
    try (SegmentedStringWriter out = new SegmentedStringWriter(factory._getBufferRecycler())) {
      writing.accept(out);
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string cannot fail to be written
    }
  }

  private <T> void writeDocument(T value, Fields.ElementWriter<T> writer, Opener<JsonGenerator> opener) {
    try (JsonGenerator g = opener.open()) {
      if (pretty) {
        Jackson.indent(g);
      }
      writer.write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an article from a JSON document.
   *
   * @param json the document: exactly one article object
   * @return the article
   * @throws NewsJsonException if the document is not a valid article, with the JSON path of the problem
   */
  public Article read(String json) {
    checkLength(json);
    return readDocument(p -> DocumentReader.read(p, false), () -> factory.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads an article from a JSON document.
   *
   * @param in the document: exactly one article object; not closed
   * @return the article
   * @throws NewsJsonException if the document is not a valid article, with the JSON path of the problem
   * @throws UncheckedIOException if reading fails
   */
  public Article read(Reader in) {
    return readDocument(p -> DocumentReader.read(p, false), () -> factory.createParser(ByteOrderMark.skip(in)));
  }

  /**
   * Reads an article from a JSON document in UTF-8 (UTF-16 and UTF-32 are detected too).
   *
   * @param in the document: exactly one article object; not closed
   * @return the article
   * @throws NewsJsonException if the document is not a valid article, with the JSON path of the problem
   * @throws UncheckedIOException if reading fails
   */
  public Article read(InputStream in) {
    return readDocument(p -> DocumentReader.read(p, false), () -> factory.createParser(in));
  }

  /**
   * Reads the articles of a JSON document that is one array of articles, such as {@link #writeAll} and the
   * command line's {@code -f json} for many pages write. The whole document is one document to the
   * {@link JsonLimits}: {@link JsonLimits#maxDocumentLength()} bounds the array, and the array is one level of
   * nesting. For more articles than fit in memory at once, use JSON Lines ({@link #linesReader}).
   *
   * @param json the document: exactly one array whose elements are article objects; it may be empty
   * @return the articles in the array's order, as an unmodifiable list
   * @throws NewsJsonException if the document is not an array of valid articles, with the JSON path of the
   *     problem, such as {@code $[3].comments[0].id}
   */
  public List<Article> readAll(String json) {
    checkLength(json);
    return readDocument(DocumentReader::readArray, () -> factory.createParser(ByteOrderMark.skip(json)));
  }

  /**
   * Reads the articles of a JSON document that is one array of articles; see {@link #readAll(String)}.
   *
   * @param in the document: exactly one array whose elements are article objects; not closed
   * @return the articles in the array's order, as an unmodifiable list
   * @throws NewsJsonException if the document is not an array of valid articles, with the JSON path of the
   *     problem
   * @throws UncheckedIOException if reading fails
   */
  public List<Article> readAll(Reader in) {
    return readDocument(DocumentReader::readArray, () -> factory.createParser(ByteOrderMark.skip(in)));
  }

  /**
   * Reads the articles of a JSON document in UTF-8 (UTF-16 and UTF-32 are detected too) that is one array of
   * articles; see {@link #readAll(String)}.
   *
   * @param in the document: exactly one array whose elements are article objects; not closed
   * @return the articles in the array's order, as an unmodifiable list
   * @throws NewsJsonException if the document is not an array of valid articles, with the JSON path of the
   *     problem
   * @throws UncheckedIOException if reading fails
   */
  public List<Article> readAll(InputStream in) {
    return readDocument(DocumentReader::readArray, () -> factory.createParser(in));
  }

  private void checkLength(String json) {
    // Jackson checks the document length only as it loads more input, never for a string held whole.
    if (json.length() > limits.maxDocumentLength()) {
      throw new NewsJsonException(JsonPaths.ROOT, "the document is " + json.length() + " chars long, beyond the "
          + "limit of " + limits.maxDocumentLength() + " (JsonLimits.maxDocumentLength)");
    }
  }

  private static <T> T readDocument(Function<JsonParser, T> reader, Opener<JsonParser> opener) {
    try (JsonParser p = opener.open()) {
      return reader.apply(p);
    } catch (IOException e) {
      throw DocumentReader.failure(e);
    }
  }

  /**
   * Starts writing JSON Lines: one compact article a line, each line ended by {@code \n}.
   *
   * @param out the writer, which the returned writer owns and closes
   * @return the JSON Lines writer
   */
  public JsonLinesWriter linesWriter(Writer out) {
    return new JsonLinesWriter(createGenerator(() -> factory.createGenerator(out)));
  }

  /**
   * Starts writing JSON Lines in UTF-8: one compact article a line, each line ended by {@code \n}.
   *
   * @param out the stream, which the returned writer owns and closes
   * @return the JSON Lines writer
   */
  public JsonLinesWriter linesWriter(OutputStream out) {
    return new JsonLinesWriter(createGenerator(() -> factory.createGenerator(out)));
  }

  /**
   * Starts reading JSON Lines that must all be valid: the first bad line throws {@link NewsJsonException} with
   * its line number.
   *
   * @param in the JSON Lines, which the returned reader owns and closes
   * @return the JSON Lines reader
   */
  public JsonLinesReader linesReader(Reader in) {
    return new JsonLinesReader(LineSource.of(in, limits.maxDocumentLength()), factory, null);
  }

  /**
   * Starts reading JSON Lines, skipping bad lines: each is reported to {@code onBadLine} with its line number, and
   * reading goes on with the next line.
   *
   * @param in the JSON Lines, which the returned reader owns and closes
   * @param onBadLine called with the problem of each bad line, in order
   * @return the JSON Lines reader
   */
  public JsonLinesReader linesReader(Reader in, Consumer<NewsJsonException> onBadLine) {
    return new JsonLinesReader(LineSource.of(in, limits.maxDocumentLength()), factory,
        Objects.requireNonNull(onBadLine, "onBadLine"));
  }

  /**
   * Starts reading JSON Lines in UTF-8 (UTF-16 and UTF-32 are detected too, as for a single document) that must all
   * be valid: the first bad line throws {@link NewsJsonException} with its line number.
   *
   * @param in the JSON Lines, which the returned reader owns and closes
   * @return the JSON Lines reader
   */
  public JsonLinesReader linesReader(InputStream in) {
    return new JsonLinesReader(LineSource.of(in, limits.maxDocumentLength()), factory, null);
  }

  /**
   * Starts reading JSON Lines in UTF-8 (UTF-16 and UTF-32 are detected too, as for a single document), skipping bad
   * lines, including lines that are not valid UTF-8: each is reported to {@code onBadLine} with its line number,
   * and reading goes on with the next line.
   *
   * @param in the JSON Lines, which the returned reader owns and closes
   * @param onBadLine called with the problem of each bad line, in order
   * @return the JSON Lines reader
   */
  public JsonLinesReader linesReader(InputStream in, Consumer<NewsJsonException> onBadLine) {
    return new JsonLinesReader(LineSource.of(in, limits.maxDocumentLength()), factory,
        Objects.requireNonNull(onBadLine, "onBadLine"));
  }

  /**
   * The JSON Schema (draft 2020-12) of the format, shipped in this library's jar.
   *
   * @return the location of the schema resource
   */
  public static URL schema() {
    URL url = NewsJson.class.getResource(SCHEMA_RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing from news-json");
    }
    return url;
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of the format, shipped in this library's jar.
   *
   * @return a new stream of the schema in UTF-8, which the caller closes
   */
  public static InputStream openSchema() {
    InputStream in = NewsJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing from news-json");
    }
    return in;
  }

  private static JsonGenerator createGenerator(Opener<JsonGenerator> opener) {
    try {
      JsonGenerator g = opener.open();
      // The lines writer owns its target, and each article is one root value ended by a newline.
      g.enable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
