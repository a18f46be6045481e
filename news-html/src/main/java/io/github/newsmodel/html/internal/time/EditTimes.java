package io.github.newsmodel.html.internal.time;

import io.github.newsmodel.core.EditRecord;
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
}
