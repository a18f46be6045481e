package io.github.newsmodel.json.internal.ld;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.json.internal.ser.Fields;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Writes an {@link Article} as a schema.org {@code NewsArticle}, the structured data that search engines read.
 *
 * <p>Comments are blank nodes, {@code _:comment-1} for the first comment of the list and so on, so that a reply's
 * {@code parentItem} can point at its parent. They get no IRI of the page, such as {@code <url>#comment-<id>}:
 * a comment's id is the page's own id or one the parser derived (a number, say), in any syntax, so newsmodel
 * cannot tell whether the page has an anchor by that name, and a made-up IRI would claim an identity the page
 * does not give. The ids' own characters stay out of the labels too, since they may be spaces, slashes or
 * anything else that an RDF blank node label cannot hold.
 *
 * <p>Strings are written as Unicode: a lone surrogate becomes U+FFFD ({@link WellFormedStrings}).
 */
public final class SchemaOrgWriter {
  private SchemaOrgWriter() {}

  /**
   * Writes the {@code NewsArticle} as one JSON object.
   *
   * @param article the article
   * @param generator the generator
   * @throws IOException if the output fails
   */
  public static void write(Article article, JsonGenerator generator) throws IOException {
    JsonGenerator g = new WellFormedStrings(generator);
    Optional<URI> page = article.canonicalUrl().or(article::url);
    g.writeStartObject();
    g.writeStringField("@context", "https://schema.org");
    g.writeStringField("@type", "NewsArticle");
    Fields.uri(g, "url", page);
    if (page.isPresent()) {
      g.writeObjectFieldStart("mainEntityOfPage");
      g.writeStringField("@type", "WebPage");
      g.writeStringField("@id", page.get().toString());
      g.writeEndObject();
    }
    Fields.string(g, "headline", article.title());
    Fields.string(g, "description", article.description());
    Fields.array(g, "image", images(article), SchemaOrgWriter::imageObject);
    Fields.array(g, "author", article.authors(), SchemaOrgWriter::person);
    date(g, "datePublished", article.publishedAt(), article.publishedAtDateOnly());
    if (article.modifiedAt().isPresent()) {
      date(g, "dateModified", article.modifiedAt(), article.modifiedAtDateOnly());
    } else {
      lastEdit(g, article.edits());
    }
    corrections(g, article.edits());
    Fields.string(g, "articleSection", article.section());
    Fields.array(g, "keywords", article.tags(), Fields::string);
    if (article.language().isPresent()) {
      g.writeStringField("inLanguage", article.language().get().toLanguageTag());
    }
    if (article.access().isPresent()) {
      // schema.org says only whether it is free: a metered or locked article is not.
      g.writeBooleanField("isAccessibleForFree", article.access().get() == Access.FREE);
    }
    if (article.siteName().isPresent()) {
      g.writeObjectFieldStart("publisher");
      organization(article.siteName().get(), g);
      g.writeEndObject();
    }
    if (!article.text().isEmpty()) {
      g.writeStringField("articleBody", article.text());
    }
    OptionalInt count = commentCount(article);
    if (count.isPresent()) {
      g.writeNumberField("commentCount", count.getAsInt());
    }
    comments(article, g);
    if (article.source().isPresent()) {
      Fields.uri(g, "archivedAt", article.source().get().archiveUrl());
    }
    g.writeEndObject();
  }

  /** The article's own images, or else the images of its body, since search engines want one. */
  private static List<Image> images(Article article) {
    if (!article.images().isEmpty()) {
      return article.images();
    }
    return images(article.body());
  }

  private static List<Image> images(List<? extends Block> body) {
    return body.stream()
        .filter(Image.class::isInstance)
        .map(Image.class::cast)
        .collect(Collectors.toList());
  }

  /**
   * The declared count, or else the number of comments present, if any. A count below the comments present (a
   * page's stale counter, or one of threads only) would contradict the comments written beside it, so the larger
   * is written.
   */
  private static OptionalInt commentCount(Article article) {
    int present = article.comments().size();
    if (article.commentCount().isPresent()) {
      return OptionalInt.of(Math.max(article.commentCount().getAsInt(), present));
    }
    return present == 0 ? OptionalInt.empty() : OptionalInt.of(present);
  }

  /** Writes {@code dateModified} from the last edit that has a time, if there is one. */
  private static void lastEdit(JsonGenerator g, List<EditRecord> edits) throws IOException {
    for (int i = edits.size() - 1; i >= 0; i--) {
      EditRecord edit = edits.get(i);
      if (edit.editedAt().isPresent()) {
        date(g, "dateModified", edit.editedAt(), edit.editedAtDateOnly());
        return;
      }
    }
  }

  /**
   * Writes the edits of the correction kind as schema.org's {@code correction}, each a {@code CorrectionComment}
   * with its words as {@code text}, its time as {@code datePublished} and its editor as {@code author}: the way
   * schema.org (after the Trust Project) marks a correction. Updates and edits of unknown kind have no such term;
   * {@code dateModified} stands for them.
   */
  private static void corrections(JsonGenerator g, List<EditRecord> edits) throws IOException {
    List<EditRecord> corrections = edits.stream().filter(e -> e.kind() == EditKind.CORRECTION)
        .collect(Collectors.toList());
    Fields.array(g, "correction", corrections, SchemaOrgWriter::correctionComment);
  }

  private static void correctionComment(EditRecord edit, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "CorrectionComment");
    Fields.string(g, "text", correctionText(edit));
    date(g, "datePublished", edit.editedAt(), edit.editedAtDateOnly());
    if (edit.editor().isPresent()) {
      g.writeFieldName("author");
      person(edit.editor().get(), g);
    }
    g.writeEndObject();
  }

  /** The page's note, followed by the reason where the page set it apart and the note does not already hold it. */
  private static Optional<String> correctionText(EditRecord edit) {
    if (edit.note().isEmpty()) {
      return edit.reason();
    }
    String note = edit.note().get();
    if (edit.reason().isEmpty() || note.contains(edit.reason().get())) {
      return Optional.of(note);
    }
    return Optional.of(note + "\n\n" + edit.reason().get());
  }

  /**
   * schema.org takes a Date or a DateTime: a time the page gave only as a date is written as the date. ISO 8601
   * has no seconds in an offset, so a time in a historical local mean time (+01:39:49) is written in UTC.
   */
  private static void date(JsonGenerator g, String name, Optional<OffsetDateTime> time, boolean dateOnly)
      throws IOException {
    if (time.isPresent() && dateOnly) {
      g.writeStringField(name, time.get().toLocalDate().toString());
    } else if (time.isPresent() && time.get().getOffset().getTotalSeconds() % 60 != 0) {
      Fields.time(g, name, Optional.of(time.get().withOffsetSameInstant(ZoneOffset.UTC)));
    } else {
      Fields.time(g, name, time);
    }
  }

  private static void comments(Article article, JsonGenerator g) throws IOException {
    if (article.comments().isEmpty()) {
      return;
    }
    Map<String, String> labels = new HashMap<>();
    g.writeArrayFieldStart("comment");
    for (int i = 0; i < article.comments().size(); i++) {
      Comment comment = article.comments().get(i);
      String label = "_:comment-" + (i + 1);
      labels.put(comment.id(), label);
      g.writeStartObject();
      g.writeStringField("@type", "Comment");
      g.writeStringField("@id", label);
      if (comment.number().isPresent()) {
        g.writeNumberField("position", comment.number().getAsInt());
      }
      if (comment.author().isPresent()) {
        g.writeFieldName("author");
        person(comment.author().get(), g);
      }
      // Both: schema.org's Comment examples give dateCreated, Google's structured data reads datePublished.
      date(g, "dateCreated", comment.publishedAt(), comment.publishedAtDateOnly());
      date(g, "datePublished", comment.publishedAt(), comment.publishedAtDateOnly());
      lastEdit(g, comment.edits());
      corrections(g, comment.edits());
      // A comment of only an image without a caption has no text: its image is what Google reads instead. Nor has a
      // removed comment, which stays as a node so that the replies to it keep their parentItem: schema.org has no
      // property that says a comment was removed, and a made-up text such as "[deleted]" would be read as the
      // commenter's words, so it goes without a text.
      if (!comment.text().isEmpty()) {
        g.writeStringField("text", comment.text());
      }
      Fields.array(g, "image", images(comment.body()), SchemaOrgWriter::imageObject);
      if (comment.replyTo().isPresent()) {
        // The model guarantees the parent came earlier, so its label is known.
        g.writeObjectFieldStart("parentItem");
        g.writeStringField("@id", labels.get(comment.replyTo().get()));
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void person(Author author, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "Person");
    g.writeStringField("name", author.name());
    Fields.uri(g, "url", author.url());
    Fields.array(g, "sameAs", author.profiles(), Fields::uri);
    if (author.affiliation().isPresent()) {
      g.writeObjectFieldStart("affiliation");
      organization(author.affiliation().get(), g);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void organization(String name, JsonGenerator g) throws IOException {
    g.writeStringField("@type", "Organization");
    g.writeStringField("name", name);
  }

  private static void imageObject(Image image, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "ImageObject");
    g.writeStringField("url", image.url().toString());
    Fields.string(g, "caption", image.caption());
    // schema.org's creditText is "the name of a credited person or organisation", which is what credit holds
    Fields.string(g, "creditText", image.credit());
    g.writeEndObject();
  }
}
