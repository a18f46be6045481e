package io.github.newsmodel.core;

import static io.github.newsmodel.core.Fixtures.COMMENT_2_EDITED;
import static io.github.newsmodel.core.Fixtures.HELSINKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditRecordTest {

  @Test
  void kindIsUnknownUnlessTheBuilderSaysSo() {
    EditRecord edit = EditRecord.builder().editedAt(COMMENT_2_EDITED).build();

    assertThat(edit.kind()).isEqualTo(EditKind.UNKNOWN);
    assertThat(edit.withKind(EditKind.CORRECTION).kind()).isEqualTo(EditKind.CORRECTION);
    assertThat(edit.editor()).isEmpty();
    assertThat(edit.note()).isEmpty();
    assertThat(edit.reason()).isEmpty();
  }

  @Test
  void carriesEditorNoteAndAssumedZone() {
    EditRecord edit = EditRecord.builder()
        .editedAt(COMMENT_2_EDITED)
        .editor(Author.of("Moderator"))
        .note("Latest edit was made on 25 May 2007 @ 3:38")
        .kind(EditKind.UPDATE)
        .assumedZone(HELSINKI)
        .build();

    assertThat(edit.editor()).contains(Author.of("Moderator"));
    assertThat(edit.note()).contains("Latest edit was made on 25 May 2007 @ 3:38");
    assertThat(edit.assumedZone()).contains(HELSINKI);
  }

  @Test
  void carriesTheEditorsReasonBesideTheWholeNotice() {
    EditRecord edit = EditRecord.builder()
        .editedAt(COMMENT_2_EDITED)
        .note("Last edited by Dave_K; 03-29-2007 at 08:02 AM. Reason: got the bus times wrong")
        .reason("got the bus times wrong")
        .build();

    assertThat(edit.reason()).contains("got the bus times wrong");
    assertThat(edit.note()).contains("Last edited by Dave_K; 03-29-2007 at 08:02 AM. Reason: got the bus times wrong");
    assertThat(edit.withReason("typo").reason()).contains("typo");
  }

  @Test
  void anEditWithoutItsTimeKeepsThePagesWords() {
    EditRecord edit = EditRecord.builder().note("(edited)").kind(EditKind.UPDATE).build();

    assertThat(edit.editedAt()).isEmpty();
    assertThat(edit.note()).contains("(edited)");
    assertThat(edit.editedAtDateOnly()).isFalse();
  }

  @Test
  void anEditNeedsItsTimeOrThePagesWords() {
    assertThatThrownBy(() -> EditRecord.builder().editor(Author.of("Moderator")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("note"))
        .hasMessage("note: is required when there is no editedAt: the page's words that report the edit");
  }

  @Test
  void anAssumedZoneOrADateOnlyFlagNeedsATime() {
    assertThatThrownBy(() -> EditRecord.builder().note("edited").assumedZone(HELSINKI).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("assumedZone"));
    assertThatThrownBy(() -> EditRecord.builder().note("edited").editedAtDateOnly(true).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.path()).isEqualTo("editedAtDateOnly"));
  }

  @Test
  void rejectsABlankNote() {
    assertThatThrownBy(() -> EditRecord.builder().editedAt(COMMENT_2_EDITED).note("").build())
        .hasMessage("note: must not be blank (leave it absent instead), got ''");
  }

  @Test
  void rejectsABlankReason() {
    assertThatThrownBy(() -> EditRecord.builder().editedAt(COMMENT_2_EDITED).reason(" ").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("reason"))
        .hasMessage("reason: must not be blank (leave it absent instead), got ' '");
  }
}
