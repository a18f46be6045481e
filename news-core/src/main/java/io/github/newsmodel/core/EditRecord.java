package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.Checks.TimeField;
import io.github.newsmodel.core.internal.NewsStyle;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change to an article or a comment after it was first published, as the page reports it.
 *
 * <pre>{@code
 * EditRecord edit = EditRecord.builder()
 *     .editedAt(OffsetDateTime.parse("2007-05-25T03:38+03:00"))
 *     .assumedZone(ZoneId.of("Europe/Helsinki"))
 *     .note("This message has been edited since its posting.")
 *     .build();
 *
 * EditRecord reasoned = EditRecord.builder()
 *     .editedAt(OffsetDateTime.parse("2007-03-29T08:02-05:00"))
 *     .editor(Author.of("Dave_K"))
 *     .note("Last edited by Dave_K; 03-29-2007 at 08:02 AM. Reason: got the bus times wrong")
 *     .reason("got the bus times wrong")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class EditRecord implements WithEditRecord {
  EditRecord() {}

  /**
   * When the change was made. Some pages mark an edit without its time, with a bare "(edited)" beside a comment:
   * the edit is kept, with that {@link #note()}, and no time.
   *
   * @return the time of the edit, if the page gives it
   */
  public abstract Optional<OffsetDateTime> editedAt();

  /**
   * Who made the change, when the page says.
   *
   * @return the editor, if named
   */
  public abstract Optional<Author> editor();

  /**
   * The page's own words about the change: an edit notice or the text of a correction.
   *
   * @return the note, if the page has one
   */
  public abstract Optional<String> note();

  /**
   * Why the change was made, in the editor's own words, where the page sets them apart from its notice: the "typo"
   * of vBulletin's and phpBB's "Reason: typo", or the line Invision Community prints below "Edited 8 January by X".
   * Where both come from one notice, the {@link #note()} keeps the whole of it, the reason included, so that it
   * stays the page's words as printed; a correction's note and its reason may be apart.
   *
   * @return the reason, if the page gives one
   */
  public abstract Optional<String> reason();

  /**
   * What kind of change this was.
   *
   * @return the kind; {@link EditKind#UNKNOWN} unless the page says
   */
  @Value.Default
  public EditKind kind() {
    return EditKind.UNKNOWN;
  }

  /**
   * The zone the parser applied because the page printed {@link #editedAt()} without an offset.
   *
   * @return the assumed zone, or empty if the offset came from the page
   */
  public abstract Optional<ZoneId> assumedZone();

  /**
   * Whether the page gave only the date of {@link #editedAt()}, not its time of day. The time is then 00:00 at the
   * page's (or the assumed) offset and means "some time that day": read it with {@code toLocalDate()}, since
   * converting it to another offset can change the date.
   *
   * @return true if only the date is known; false if the page gave a time of day or there is no time
   */
  @Value.Default
  public boolean editedAtDateOnly() {
    return false;
  }

  /**
   * Starts building an edit record.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("note", note());
    Checks.notBlank("reason", reason());
    Checks.assumedZone("assumedZone", assumedZone(), new TimeField("editedAt", editedAt()));
    Checks.dateOnly("editedAt", editedAt(), editedAtDateOnly());
    if (editedAt().isEmpty() && note().isEmpty()) {
      // without a time, the page's words are all that says there was an edit
      throw new InvalidValueException("note", "is required when there is no editedAt: the page's words that report "
          + "the edit");
    }
  }

  /**
   * Builds an {@link EditRecord}; {@code editedAt} or {@code note} is required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableEditRecord.Builder {
    Builder() {}
  }
}
