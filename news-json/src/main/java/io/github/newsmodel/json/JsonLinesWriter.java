package io.github.newsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.internal.ser.ArticleWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes articles as JSON Lines: one compact article a line, each line ended by {@code \n}, in constant
 * memory however many articles there are. Get one from {@link NewsJson#linesWriter}.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = NewsJson.standard().linesWriter(Files.newOutputStream(path))) {
 *   for (Article article : articles) {
 *     out.write(article);
 *   }
 * }
 * }</pre>
 *
 * <p>Lines reach the stream as the writer's buffer fills, a part of a line at a time: a process that reads the file
 * meanwhile can meet a line cut off, a bad line to {@link JsonLinesReader}. {@link #flush()} hands over every line
 * written so far, whole, and so does closing.
 *
 * <p>Not thread-safe. Closing the writer flushes and closes the stream it writes to.
 */
public final class JsonLinesWriter implements Closeable, Flushable {
  private final JsonGenerator generator;
  private long count;

  JsonLinesWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  /**
   * Writes one article as one line.
   *
   * @param article the article
   * @throws UncheckedIOException if writing fails
   */
  public void write(Article article) {
    Objects.requireNonNull(article, "article");
    try {
      ArticleWriter.write(article, generator);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
  }

  /**
   * Writes articles, one a line, in order.
   *
   * @param articles the articles
   * @throws UncheckedIOException if writing fails
   */
  public void writeAll(Iterable<Article> articles) {
    for (Article article : articles) {
      write(article);
    }
  }

  /**
   * How many articles this writer has written.
   *
   * @return the number of lines written
   */
  public long count() {
    return count;
  }

  /**
   * Flushes the lines written so far to the underlying stream.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the underlying stream.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
