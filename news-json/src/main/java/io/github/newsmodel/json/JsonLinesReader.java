package io.github.newsmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.internal.JsonPaths;
import io.github.newsmodel.json.internal.deser.DocumentReader;
import io.github.newsmodel.json.internal.lines.LineSource;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads articles from JSON Lines, one line at a time, so that memory stays bounded by the longest line however
 * long the input is. Get one from {@link NewsJson#linesReader}.
 *
 * <pre>{@code
 * List<NewsJsonException> bad = new ArrayList<>();
 * try (JsonLinesReader in = NewsJson.standard().linesReader(Files.newInputStream(path), bad::add)) {
 *   in.stream().filter(a -> a.language().isPresent()).forEach(index::add);
 * }
 * }</pre>
 *
 * <p>Each non-blank line must hold exactly one article; blank lines are skipped, as is a byte order mark at the
 * start of a line (of any line, where files that each begin with one were joined), and {@code \r\n} line ends are
 * accepted. A line longer than {@link JsonLimits#maxDocumentLength()} is a bad line, read past without being held
 * in memory. What happens at a bad line depends on how the reader was made: it either throws
 * {@link NewsJsonException} with the line number from {@link Iterator#next()} and {@link Iterator#hasNext()}, or
 * reports the exception to a callback and goes on.
 *
 * <p>The input is read as it is when the reader gets there, and its end ends the articles. A last line without
 * its {@code \n} is read too: an article if it is whole, a bad line if it is cut off, as a writer that failed or is
 * still writing leaves it (see {@link JsonLinesWriter} on when its lines are whole).
 *
 * <p>The articles can be iterated once, by {@link #iterator()} or {@link #stream()}. Not thread-safe. Closing the
 * reader (or the stream) closes the input. A failing input throws {@link UncheckedIOException} from
 * {@link Iterator#hasNext()} and {@link Iterator#next()}, also when bad lines are reported to a callback: a bad
 * line can be skipped, an input that fails cannot.
 */
public final class JsonLinesReader implements Iterable<Article>, Closeable {
  private final LineSource lines;
  private final JsonFactory factory;
  private final @Nullable Consumer<NewsJsonException> onBadLine;
  private boolean iterated;
  private long badLines;

  JsonLinesReader(LineSource lines, JsonFactory factory, @Nullable Consumer<NewsJsonException> onBadLine) {
    this.lines = lines;
    this.factory = factory;
    this.onBadLine = onBadLine;
  }

  /**
   * The articles, read as the iteration goes.
   *
   * @return an iterator that reads the next line on {@link Iterator#hasNext()}
   * @throws IllegalStateException if the articles have already been iterated
   */
  @Override
  public Iterator<Article> iterator() {
    if (iterated) {
      throw new IllegalStateException("the articles of a JsonLinesReader can be iterated only once");
    }
    iterated = true;
    return new Articles();
  }

  /**
   * The articles as a sequential stream, read as the stream is consumed. Closing the stream closes this reader.
   *
   * @return the stream
   * @throws IllegalStateException if the articles have already been iterated
   */
  public Stream<Article> stream() {
    Spliterator<Article> spliterator = Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(this::close);
  }

  /**
   * The number of the line read last.
   *
   * @return the 1-based line number, or 0 before the first line
   */
  public long lineNumber() {
    return lines.lineNumber();
  }

  /**
   * How many bad lines were skipped and reported so far.
   *
   * @return the number of bad lines; always 0 for a reader that stops at the first bad line
   */
  public long badLineCount() {
    return badLines;
  }

  /**
   * Closes the input.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the next article, skipping blank lines and, if there is a callback, bad ones; null at the end. */
  private @Nullable Article readNext() {
    try {
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        try {
          return parseLine();
        } catch (NewsJsonException e) {
          NewsJsonException located = e.atLine(lines.lineNumber());
          if (onBadLine == null) {
            throw located;
          }
          badLines++;
          onBadLine.accept(located);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Article parseLine() throws IOException {
    if (lines.isTooLong()) {
      throw new NewsJsonException(JsonPaths.ROOT, "the line is longer than the limit of " + lines.maxLength()
          + " (JsonLimits.maxDocumentLength)");
    }
    try (JsonParser p = lines.parser(factory)) {
      return DocumentReader.read(p, true);
    } catch (CharConversionException e) {
      throw DocumentReader.badBytes(e); // a bad line, not a failing input: the lines after it are read
    }
  }

  private final class Articles implements Iterator<Article> {
    private @Nullable Article next;
    private boolean done;

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = readNext();
        done = next == null;
      }
      return next != null;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more articles");
      }
      Article article = next;
      next = null;
      return article;
    }
  }
}
