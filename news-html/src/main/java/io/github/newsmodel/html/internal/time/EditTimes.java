package io.github.newsmodel.html.internal.time;

import io.github.newsmodel.core.EditRecord;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;

/** How edits compare with the times of what they edit, an edit without its time ("(edited)") included. */
public final class EditTimes {
  /**
   * Edits by the instant of their time, those without one after the rest in the order they came: the model wants
   * the timed edits in time order, and a bare notice is kept where it comes.
   */
  public static final Comparator<EditRecord> IN_TIME_ORDER = Comparator.comparing(
      (EditRecord e) -> e.editedAt().map(OffsetDateTime::toInstant).orElse(null),
      Comparator.nullsLast(Comparator.naturalOrder()));

  /** The most that a zone's offset differs from UTC: UTC+14, Kiribati's. */
  private static final Duration ZONES_APART = Duration.ofHours(14);

  private EditTimes() {}

  /**
   * Whether an edit may stand beside something published at a time: it is not before it. An edit the page gives
   * no time for is never before anything.
   *
   * @param edit the edit
   * @param published when what it edits was published
   * @return false only if the edit's time is before {@code published}, as instants
   */
  public static boolean notBefore(EditRecord edit, OffsetDateTime published) {
    return edit.editedAt().map(t -> !t.toInstant().isBefore(published.toInstant())).orElse(true);
  }

  /**
   * Whether an edit read in an assumed zone falls before a time by less than any zone's offset from UTC may
   * differ from it, 14 hours: a time the zone's assumption may have put there.
   *
   * @param edit the edit
   * @param published when what it edits was published
   * @return true if the edit has a time in an assumed zone, before {@code published} by less than 14 hours
   */
  public static boolean withinAZoneBefore(EditRecord edit, OffsetDateTime published) {
    return edit.assumedZone().isPresent() && edit.editedAt().filter(t -> t.toInstant().isBefore(published.toInstant())
        && Duration.between(t.toInstant(), published.toInstant()).compareTo(ZONES_APART) < 0).isPresent();
  }

  /**
   * An edit as a bare notice: its editor, note, reason and kind, without its time.
   *
   * @param edit the edit
   * @return the edit without {@code editedAt}, and so without a date-only mark or an assumed zone
   */
  public static EditRecord withoutTime(EditRecord edit) {
    EditRecord.Builder bare = EditRecord.builder().kind(edit.kind());
    edit.editor().ifPresent(bare::editor);
    edit.note().ifPresent(bare::note);
    edit.reason().ifPresent(bare::reason);
    return bare.build();
  }
}
