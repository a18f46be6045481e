package io.github.newsmodel.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An article as a plain Java record, of the same shape as newsmodel's JSON format: what a developer gets by
 * handing records to Jackson's data binding, with nothing checked and nothing derived. The JSON benchmark writes
 * and reads it beside newsmodel's {@link Article}, so the comparison shows what the library's format costs.
 *
 * <p>Absent values are {@code null} and left out of the JSON, as newsmodel leaves them out.
 */
record PlainArticle(int formatVersion, @Nullable URI url, @Nullable URI canonicalUrl, @Nullable String title,
    @Nullable String description, @Nullable List<PlainAuthor> authors, @Nullable OffsetDateTime publishedAt,
    @Nullable Boolean publishedAtDateOnly, @Nullable OffsetDateTime modifiedAt, @Nullable Boolean modifiedAtDateOnly,
    @Nullable ZoneId assumedZone, @Nullable String siteName, @Nullable String section, @Nullable List<String> tags,
    @Nullable String language, @Nullable String access, @Nullable List<PlainBlock> body, String text, @Nullable List<PlainPicture> images,
    @Nullable Integer commentCount, @Nullable Boolean commentsOpen, @Nullable List<PlainComment> comments,
    @Nullable List<PlainEdit> edits, @Nullable PlainSource source) {

  /** An author. */
  record PlainAuthor(String name, @Nullable URI url, @Nullable List<URI> profiles, @Nullable String affiliation) {}

  /** A reader comment. */
  record PlainComment(String id, @Nullable Integer number, @Nullable PlainAuthor author,
      @Nullable OffsetDateTime publishedAt, @Nullable Boolean publishedAtDateOnly, @Nullable ZoneId assumedZone,
      @Nullable Boolean removed, @Nullable List<PlainBlock> body, String text, @Nullable List<PlainEdit> edits,
      @Nullable String replyTo) {}

  /** An edit notice. */
  record PlainEdit(@Nullable OffsetDateTime editedAt, @Nullable Boolean editedAtDateOnly, @Nullable ZoneId assumedZone,
      @Nullable PlainAuthor editor, @Nullable String note, @Nullable String reason, String kind) {}

  /** Where the page came from. */
  record PlainSource(URI uri, @Nullable String recordId, @Nullable String payloadRecordId,
      @Nullable OffsetDateTime capturedAt, @Nullable URI archiveUrl) {}

  /** A block of the body, told apart by its {@code type} as in newsmodel's format. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = PlainParagraph.class, name = "paragraph"),
      @JsonSubTypes.Type(value = PlainHeading.class, name = "heading"),
      @JsonSubTypes.Type(value = PlainQuote.class, name = "quote"),
      @JsonSubTypes.Type(value = PlainList.class, name = "list"),
      @JsonSubTypes.Type(value = PlainImage.class, name = "image"),
      @JsonSubTypes.Type(value = PlainPreformatted.class, name = "preformatted")})
  sealed interface PlainBlock {}

  /** A paragraph. */
  record PlainParagraph(String text) implements PlainBlock {}

  /** A heading. */
  record PlainHeading(int level, String text) implements PlainBlock {}

  /** A quote. */
  record PlainQuote(String text, @Nullable String cite) implements PlainBlock {}

  /** A list. */
  record PlainList(boolean ordered, List<String> items) implements PlainBlock {}

  /** An image. */
  record PlainImage(URI url, @Nullable String alt, @Nullable String caption, @Nullable String credit)
      implements PlainBlock {}

  /** Preformatted text. */
  record PlainPreformatted(String text) implements PlainBlock {}

  /** An image of the article as a whole: an image block without its type. */
  record PlainPicture(URI url, @Nullable String alt, @Nullable String caption, @Nullable String credit) {}

  /**
   * Jackson as a developer sets it up for such records: java.time values as RFC 3339 strings with their own
   * offsets, nulls left out, unknown fields ignored.
   *
   * @return a new mapper
   */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  /**
   * The same article as a record.
   *
   * @param a the article
   * @return the record
   */
  static PlainArticle of(Article a) {
    return new PlainArticle(1, a.url().orElse(null), a.canonicalUrl().orElse(null), a.title().orElse(null),
        a.description().orElse(null), list(a.authors().stream().map(PlainArticle::author).toList()),
        a.publishedAt().orElse(null), flag(a.publishedAtDateOnly()), a.modifiedAt().orElse(null),
        flag(a.modifiedAtDateOnly()), a.assumedZone().orElse(null), a.siteName().orElse(null),
        a.section().orElse(null), list(a.tags()), a.language().map(Locale::toLanguageTag).orElse(null),
        a.access().map(access -> access.name().toLowerCase(Locale.ROOT)).orElse(null),
        list(a.body().stream().map(PlainArticle::block).toList()), a.text(),
        list(a.images().stream().map(i -> new PlainPicture(i.url(), i.alt().orElse(null), i.caption().orElse(null),
            i.credit().orElse(null))).toList()),
        a.commentCount().isPresent() ? a.commentCount().getAsInt() : null, a.commentsOpen().orElse(null),
        list(a.comments().stream().map(PlainArticle::comment).toList()),
        list(a.edits().stream().map(PlainArticle::edit).toList()), a.source().map(PlainArticle::source).orElse(null));
  }

  private static PlainAuthor author(Author a) {
    return new PlainAuthor(a.name(), a.url().orElse(null), list(a.profiles()), a.affiliation().orElse(null));
  }

  private static PlainComment comment(Comment c) {
    return new PlainComment(c.id(), c.number().isPresent() ? c.number().getAsInt() : null,
        c.author().map(PlainArticle::author).orElse(null), c.publishedAt().orElse(null),
        flag(c.publishedAtDateOnly()), c.assumedZone().orElse(null), flag(c.removed()),
        list(c.body().stream().map(PlainArticle::block).toList()), c.text(),
        list(c.edits().stream().map(PlainArticle::edit).toList()), c.replyTo().orElse(null));
  }

  private static PlainEdit edit(EditRecord e) {
    return new PlainEdit(e.editedAt().orElse(null), flag(e.editedAtDateOnly()), e.assumedZone().orElse(null),
        e.editor().map(PlainArticle::author).orElse(null), e.note().orElse(null), e.reason().orElse(null),
        e.kind().name().toLowerCase(Locale.ROOT));
  }

  private static PlainSource source(Source s) {
    return new PlainSource(s.uri(), s.recordId().orElse(null), s.payloadRecordId().orElse(null),
        s.capturedAt().orElse(null), s.archiveUrl().orElse(null));
  }

  private static PlainBlock block(Block b) {
    if (b instanceof Heading h) {
      return new PlainHeading(h.level(), h.text());
    } else if (b instanceof Quote q) {
      return new PlainQuote(q.text(), q.cite().orElse(null));
    } else if (b instanceof ItemList l) {
      return new PlainList(l.ordered(), l.items());
    } else if (b instanceof Image i) {
      return new PlainImage(i.url(), i.alt().orElse(null), i.caption().orElse(null), i.credit().orElse(null));
    } else if (b instanceof Preformatted p) {
      return new PlainPreformatted(p.text());
    } else if (b instanceof Paragraph p) {
      return new PlainParagraph(p.text());
    }
    throw new IllegalArgumentException("a block of an unknown kind: " + b.getClass());
  }

  /** Null for an empty list, as newsmodel's format leaves empty lists out. */
  private static <T> @Nullable List<T> list(List<T> values) {
    return values.isEmpty() ? null : values;
  }

  /** Null for false, as newsmodel's format writes such flags only when they are true. */
  private static @Nullable Boolean flag(boolean value) {
    return value ? Boolean.TRUE : null;
  }
}
