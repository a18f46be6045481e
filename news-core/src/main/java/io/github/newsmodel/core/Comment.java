package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.Checks.TimeField;
import io.github.newsmodel.core.internal.NewsStyle;
import io.github.newsmodel.core.internal.Texts;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A reader comment on an article, with its author, time, body, edits and place in the thread.
 *
 * <pre>{@code
 * Comment comment = Comment.builder()
 *     .id("2")
 *     .number(2)
 *     .publishedAt(OffsetDateTime.parse("2007-05-25T03:36+03:00"))
 *     .addBody(Paragraph.of("Well it's all totally irrelevant so I wouldn't worry about it."))
 *     .addEdits(EditRecord.builder().editedAt(OffsetDateTime.parse("2007-05-25T03:38+03:00")).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class Comment implements WithComment {
  Comment() {}

  /**
   * The comment's identifier, unique within its article: the page's own id where it has one, otherwise one the
   * parser derived, such as the comment's number.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * The position the page shows for the comment, such as "#3".
   *
   * @return the 1-based number, if the page shows one
   */
  public abstract OptionalInt number();

  /**
   * Who wrote the comment. Many comment sections show no name, so this is often absent.
   *
   * @return the author, if shown
   */
  public abstract Optional<Author> author();

  /**
   * When the comment was posted.
   *
   * @return the time, if shown
   */
  public abstract Optional<OffsetDateTime> publishedAt();

  /**
   * The comment's body. A quote of the article or of another comment is a {@link Quote} block, apart from the
   * commenter's own words.
   *
   * @return at least one block; none if the comment is {@link #removed()}
   */
  public abstract List<Block> body();

  /**
   * Edits of the comment after it was posted, oldest first.
   *
   * @return the edits; empty if the page reports none
   */
  public abstract List<EditRecord> edits();

  /**
   * The id of the comment this one replies to, which comes earlier in the article's comment list.
   *
   * @return the parent's id, if this is a reply
   */
  public abstract Optional<String> replyTo();

  /**
   * The zone the parser applied because the page printed {@link #publishedAt()} without an offset.
   *
   * @return the assumed zone, or empty if the offset came from the page or there is no time
   */
  public abstract Optional<ZoneId> assumedZone();

  /**
   * Whether the page gave only the date of {@link #publishedAt()}, not its time of day. The time is then 00:00 at the
   * page's (or the assumed) offset and means "some time that day": read it with {@code toLocalDate()}, since
   * converting it to another offset can change the date.
   *
   * @return true if only the date is known; false if the page gave a time of day or there is no time
   */
  @Value.Default
  public boolean publishedAtDateOnly() {
    return false;
  }

  /**
   * Whether the comment was removed (deleted by its author, or by the site's moderators), and the page shows only a
   * notice in its place: "This comment was deleted", "[gelöscht]". A removed comment keeps its place in the
   * thread, so that the replies to it still answer it, and keeps the author, time, number and edits the page still
   * shows beside the notice. It has no body, so its {@link #text()} is empty: the notice is the site's words, not
   * the commenter's, and differs from site to site; this flag says what it said.
   *
   * @return true if the page shows the comment as removed; false for an ordinary comment, which has a body
   */
  @Value.Default
  public boolean removed() {
    return false;
  }

  /**
   * The body as plain text, blocks separated by a blank line. Unlike {@link Article#text()}, it keeps the captions of
   * images: a comment's caption is the commenter's own words, often all they posted with a picture, where an
   * article's describe its pictures beside the story.
   *
   * @return the text of the comment; empty if it was {@link #removed()}
   */
  @Value.Lazy
  public String text() {
    return Texts.join(body());
  }

  /**
   * Starts building a comment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("id", id());
    number().ifPresent(n -> Checks.atLeast("number", n, 1));
    if (!removed()) {
      Checks.notEmpty("body", body());
    } else if (!body().isEmpty()) {
      throw new InvalidValueException("body", "must be empty for a removed comment, which keeps no text, got "
          + body().size() + (body().size() == 1 ? " block" : " blocks"));
    }
    Checks.notBlank("replyTo", replyTo());
    if (replyTo().isPresent() && replyTo().get().equals(id())) {
      throw new InvalidValueException("replyTo", "names the comment itself, " + Checks.quote(id()));
    }
    Checks.edits("edits", edits(), "the comment's publishedAt", publishedAt());
    Checks.assumedZone("assumedZone", assumedZone(), new TimeField("publishedAt", publishedAt()));
    Checks.dateOnly("publishedAt", publishedAt(), publishedAtDateOnly());
  }

  /**
   * Builds a {@link Comment}; {@code id} and at least one body block are required, unless the comment is
   * {@link Comment#removed() removed}, which has none. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableComment.Builder {
    Builder() {}
  }
}
