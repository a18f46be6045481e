package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.json.NewsJsonException;
import io.github.newsmodel.json.internal.EnumNames;
import io.github.newsmodel.json.internal.FormatVersion;
import io.github.newsmodel.json.internal.JsonPaths;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link Article}. The {@code formatVersion} is required and checked as soon as it is met, so that a
 * document of a newer version is refused for its version rather than for a field this code does not know. Where
 * such a field comes first (jq's {@code -S} and Python's {@code sort_keys} put {@code formatVersion} after
 * {@code body}), the rest of the article is read for its version before the field's problem is reported.
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
    int[] versioned = {0};
    ForeignObject record = new ForeignObject();
    JsonStreamContext object = p.getParsingContext();
    try {
      fields(p, article, versioned, record);
    } catch (NewsJsonException e) {
      if (versioned[0] > 0) {
        throw e;
      }
      throw newerVersionLater(p, object).orElse(e);
    }
    if (versioned[0] == 0) {
      throw Values.missing(p, "formatVersion",
          "required but not set: every newsmodel article declares its format version, 1 to "
              + FormatVersion.CURRENT + record.hint());
    }
    Article read = Values.build(p, article::build);
    if (versioned[0] == 1) {
      untimedEdit(read).ifPresent(path -> {
        throw new NewsJsonException(JsonPaths.child(JsonPaths.of(p.getParsingContext()), path + ".editedAt"),
            "required in format version 1, which the article declares: an edit without its time needs version 2");
      });
    }
    if (versioned[0] < 3) {
      int version = versioned[0];
      removedComment(read).ifPresent(i -> {
        throw new NewsJsonException(JsonPaths.child(JsonPaths.of(p.getParsingContext()),
            "comments[" + i + "].removed"), "not in format version " + version
                + ", which the article declares: a removed comment needs version 3");
      });
    }
    return read;
  }

  /**
   * The index of the first removed comment, which versions 1 and 2 cannot hold (each of their comments has a body),
   * so that a document that declares one of them and holds one is refused rather than written back as version 3.
   */
  private static Optional<Integer> removedComment(Article article) {
    for (int c = 0; c < article.comments().size(); c++) {
      if (article.comments().get(c).removed()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Where the first edit without {@code editedAt} is in an article, the article's or a comment's: what version 1
   * cannot hold, so that a document that declares version 1 and holds one breaks version 1's rules, as the schema of
   * version 1 says, rather than being read and written back as version 2.
   *
   * @return its path inside the article, such as {@code comments[2].edits[0]}
   */
  private static Optional<String> untimedEdit(Article article) {
    for (int i = 0; i < article.edits().size(); i++) {
      if (article.edits().get(i).editedAt().isEmpty()) {
        return Optional.of("edits[" + i + "]");
      }
    }
    for (int c = 0; c < article.comments().size(); c++) {
      List<EditRecord> edits = article.comments().get(c).edits();
      for (int i = 0; i < edits.size(); i++) {
        if (edits.get(i).editedAt().isEmpty()) {
          return Optional.of("comments[" + c + "].edits[" + i + "]");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What an object without {@code formatVersion} is instead, from its unknown fields, so that its problem can say
   * so: an error record of the command line, which {@code news parse --errors /dev/stdout} writes among the articles
   * (it has {@code kind} and {@code input} as strings), or JSON-LD, which {@link io.github.newsmodel.json.JsonLd}
   * writes beside the newsmodel format and a user may hand to the reader by mistake (it has {@code @context}).
   */
  private static final class ForeignObject {
    private static final int SHOWN = 200;
    private @Nullable String kind;
    private @Nullable String input;
    private boolean jsonLd;
    private @Nullable String context;

    /** Keeps what an unknown field tells, before the field is skipped. */
    void offer(String name, JsonParser p) throws IOException {
      boolean string = p.currentToken() == JsonToken.VALUE_STRING;
      if (name.equals("@context")) {
        jsonLd = true;
        context = string ? shown(p.getText()) : null;
      } else if (string && name.equals("kind")) {
        kind = shown(p.getText());
      } else if (string && name.equals("input")) {
        input = shown(p.getText());
      }
    }

    private static String shown(String value) {
      return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "...";
    }

    String hint() {
      if (jsonLd) {
        return "; this is JSON-LD" + (context == null ? "" : " (@context '" + context + "')")
            + ", such as JsonLd writes for search engines, which is not read back: read the newsmodel format that "
            + "NewsJson writes";
      }
      if (kind == null || input == null) {
        return "";
      }
      return "; this is an error record of news parse (kind '" + kind + "', input '" + input
          + "'), as --errors writes them";
    }
  }

  private static void fields(JsonParser p, Article.Builder article, int[] versioned, ForeignObject record)
      throws IOException {
    Values.fields(p, name -> {
      switch (name) {
        case "formatVersion":
          versioned[0] = checkVersion(p);
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
        case "access":
          article.access(access(p));
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
          record.offer(name, p);
          p.skipChildren();
      }
    });
  }

  /**
   * After a field failed before any {@code formatVersion}, reads on to the end of the article for a version newer
   * than this reader, which explains the failure better than the field does. Reads only as far as the article
   * goes; JSON that breaks or passes a limit on the way leaves the field's own problem to be reported.
   *
   * @param p the parser, somewhere inside the article object
   * @param object the article object's context
   * @return the version's problem at {@code formatVersion}, if the article declares a newer version
   */
  private static Optional<NewsJsonException> newerVersionLater(JsonParser p, JsonStreamContext object) {
    try {
      while (p.getParsingContext() != object) {
        if (p.nextToken() == null) {
          return Optional.empty();
        }
      }
      // On the article's level now: at a value whose field failed, or at the end of a nested one.
      NewsJsonException newer = null;
      JsonToken t = p.nextToken();
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("formatVersion") && value == JsonToken.VALUE_NUMBER_INT
            && p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() > FormatVersion.CURRENT) {
          newer = Values.problem(p, FormatVersion.problem(p.getIntValue()));
        }
        p.skipChildren();
      }
      // Only an article read to its end says what it is: one cut off is reported for its own problem.
      return t == JsonToken.END_OBJECT ? Optional.ofNullable(newer) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads an article's access by its name in the format, such as {@code metered}.
   *
   * @param p the parser, at the name
   * @return the access
   * @throws IOException if the input fails, or {@link NewsJsonException} if the value is no access's name
   */
  public static Access access(JsonParser p) throws IOException {
    return Values.named(p, EnumNames.ACCESS);
  }

  private static int checkVersion(JsonParser p) throws IOException {
    int version = Values.integer(p);
    String problem = FormatVersion.problem(version);
    if (problem != null) {
      throw Values.problem(p, problem);
    }
    return version;
  }
}
