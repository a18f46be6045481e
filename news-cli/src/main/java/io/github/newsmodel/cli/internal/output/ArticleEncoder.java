package io.github.newsmodel.cli.internal.output;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.JsonLd;
import io.github.newsmodel.json.NewsJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encodes one article in the output format, in the worker thread that parsed it, so that the thread that writes
 * the output in order only copies bytes.
 */
public final class ArticleEncoder {
  private static final byte NEWLINE = '\n';
  private static final byte[] ARRAY_INDENT = {' ', ' '};

  private final OutputFormat format;
  private final boolean onePage;

  /**
   * Creates an encoder.
   *
   * @param format the output format
   * @param onePage whether the run has one page, which {@code json} and {@code jsonld} write indented alone
   */
  public ArticleEncoder(OutputFormat format, boolean onePage) {
    this.format = format;
    this.onePage = onePage;
  }

  /**
   * Encodes an article.
   *
   * @param article the article
   * @return its bytes in UTF-8: a document ended by a newline, or for {@code json} with many pages an array
   *     element indented by two spaces, without a separator
   */
  public byte[] encode(Article article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    switch (format) {
      case JSONL -> NewsJson.standard().write(article, out);
      case JSON -> NewsJson.standard().pretty().write(article, out);
      case JSONLD -> {
        String ld = onePage ? JsonLd.writePretty(article) : JsonLd.write(article);
        out.writeBytes(ld.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (format == OutputFormat.JSON && !onePage) {
      return indented(out.toByteArray());
    }
    out.write(NEWLINE);
    return out.toByteArray();
  }

  /**
   * An article in the newsmodel JSON format, compact, without a line end: the form the {@code jsonl} output writes,
   * and that an article held back for a comment frame is kept in.
   *
   * @param article the article
   * @return its JSON in UTF-8
   */
  public static byte[] compactJson(Article article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    NewsJson.standard().write(article, out);
    return out.toByteArray();
  }

  /** Indents a document as an element of the array; JSON strings hold no raw newline, so every one is a line. */
  private static byte[] indented(byte[] document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + document.length / 16);
    out.writeBytes(ARRAY_INDENT);
    for (byte b : document) {
      out.write(b);
      if (b == NEWLINE) {
        out.writeBytes(ARRAY_INDENT);
      }
    }
    return out.toByteArray();
  }
}
