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
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class EditRecord implements WithEditRecord {
  EditRecord() {}

  /**
   * When the change was made.
   *
   * @return the time of the edit
   */
  public abstract OffsetDateTime editedAt();

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
    Checks.assumedZone("assumedZone", assumedZone(), new TimeField("editedAt", Optional.of(editedAt())));
    Checks.dateOnly("editedAt", Optional.of(editedAt()), editedAtDateOnly());
  }

  /** Builds an {@link EditRecord}; {@code editedAt} is required. */
  public static final class Builder extends ImmutableEditRecord.Builder {
    Builder() {}
  }
}
