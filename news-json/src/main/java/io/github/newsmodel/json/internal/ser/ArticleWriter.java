package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.internal.EnumNames;
import io.github.newsmodel.json.internal.FormatVersion;
import java.io.IOException;

/**
 * Writes an {@link Article} in the newsmodel JSON format, {@code formatVersion} first so that a reader meets
 * it before anything it might not understand.
 */
public final class ArticleWriter {
  private ArticleWriter() {}

  /**
   * Writes articles as one JSON array of article objects, in order.
   *
   * @param articles the articles
   * @param g the generator
   * @throws IOException if the output fails
   * @throws NullPointerException if an element is null, naming its index
   */
  public static void writeArray(Iterable<Article> articles, JsonGenerator g) throws IOException {
    g.writeStartArray();
    int index = 0;
    for (Article article : articles) {
      if (article == null) {
        throw new NullPointerException("articles[" + index + "]");
      }
      write(article, g);
      index++;
    }
    g.writeEndArray();
  }

  /**
   * Writes an article as one JSON object, with its derived {@code text}.
   *
   * @param article the article
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void write(Article article, JsonGenerator g) throws IOException {
    g.writeStartObject(article);
    g.writeNumberField("formatVersion", FormatVersion.of(article));
    Fields.uri(g, "url", article.url());
    Fields.uri(g, "canonicalUrl", article.canonicalUrl());
    Fields.string(g, "title", article.title());
    Fields.string(g, "description", article.description());
    Fields.array(g, "authors", article.authors(), AuthorWriter::write);
    Fields.time(g, "publishedAt", article.publishedAt());
    Fields.flag(g, "publishedAtDateOnly", article.publishedAtDateOnly());
    Fields.time(g, "modifiedAt", article.modifiedAt());
    Fields.flag(g, "modifiedAtDateOnly", article.modifiedAtDateOnly());
    Fields.zone(g, "assumedZone", article.assumedZone());
    Fields.string(g, "siteName", article.siteName());
    Fields.string(g, "section", article.section());
    Fields.array(g, "tags", article.tags(), Fields::string);
    if (article.language().isPresent()) {
      g.writeStringField("language", article.language().get().toLanguageTag());
    }
    if (article.access().isPresent()) {
      g.writeStringField("access", EnumNames.ACCESS.name(article.access().get()));
    }
    Fields.array(g, "body", article.body(), BlockWriter::write);
    g.writeStringField("text", article.text());
    Fields.array(g, "images", article.images(), BlockWriter::writeImage);
    if (article.commentCount().isPresent()) {
      g.writeNumberField("commentCount", article.commentCount().getAsInt());
    }
    if (article.commentsOpen().isPresent()) {
      g.writeBooleanField("commentsOpen", article.commentsOpen().get());
    }
    Fields.array(g, "comments", article.comments(), CommentWriter::write);
    Fields.array(g, "edits", article.edits(), EditRecordWriter::write);
    if (article.source().isPresent()) {
      g.writeFieldName("source");
      SourceWriter.write(article.source().get(), g);
    }
    g.writeEndObject();
  }
}
