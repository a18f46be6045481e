package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.internal.FormatVersion;
import java.io.IOException;

/**
 * Reads an {@link Article}. The {@code formatVersion} is required and checked as soon as it is met, so that a
 * document of a newer version is refused for its version rather than for a field this code does not know.
 */
public final class ArticleReader {
  private ArticleReader() {}

  /**
   * Reads an article object; {@code text} and unknown fields are skipped.
   *
   * @param p the parser, at the object
   * @return the article
   * @throws IOException if the input fails
   */
  public static Article read(JsonParser p) throws IOException {
    Article.Builder article = Article.builder();
    boolean[] versioned = {false};
    Values.fields(p, name -> {
      switch (name) {
        case "formatVersion":
          checkVersion(p);
          versioned[0] = true;
          break;
        case "url":
          article.url(Values.uri(p));
          break;
        case "canonicalUrl":
          article.canonicalUrl(Values.uri(p));
          break;
        case "title":
          article.title(Values.string(p));
          break;
        case "description":
          article.description(Values.string(p));
          break;
        case "authors":
          article.authors(Values.array(p, AuthorReader::read));
          break;
        case "publishedAt":
          article.publishedAt(Values.time(p));
          break;
        case "modifiedAt":
          article.modifiedAt(Values.time(p));
          break;
        case "publishedAtDateOnly":
          article.publishedAtDateOnly(Values.bool(p));
          break;
        case "modifiedAtDateOnly":
          article.modifiedAtDateOnly(Values.bool(p));
          break;
        case "assumedZone":
          article.assumedZone(Values.zone(p));
          break;
        case "siteName":
          article.siteName(Values.string(p));
          break;
        case "section":
          article.section(Values.string(p));
          break;
        case "tags":
          article.tags(Values.array(p, Values::string));
          break;
        case "language":
          article.language(Values.language(p));
          break;
        case "body":
          article.body(Values.array(p, BlockReader::read));
          break;
        case "images":
          article.images(Values.array(p, BlockReader::readImage));
          break;
        case "commentCount":
          article.commentCount(Values.integer(p));
          break;
        case "commentsOpen":
          article.commentsOpen(Values.bool(p));
          break;
        case "comments":
          article.comments(Values.array(p, CommentReader::read));
          break;
        case "edits":
          article.edits(Values.array(p, EditRecordReader::read));
          break;
        case "source":
          article.source(SourceReader.read(p));
          break;
        default:
          // "text" is derived from the body; anything else is a field of a later version or of someone else.
          p.skipChildren();
      }
    });
    if (!versioned[0]) {
      throw Values.missing(p, "formatVersion",
          "required but not set: every newsmodel article declares its format version, currently "
              + FormatVersion.CURRENT);
    }
    return Values.build(p, article::build);
  }

  private static void checkVersion(JsonParser p) throws IOException {
    String problem = FormatVersion.problem(Values.integer(p));
    if (problem != null) {
      throw Values.problem(p, problem);
    }
  }
}
