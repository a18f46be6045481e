package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Paragraph;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactsTest {
  private static final Paragraph TEXT = Paragraph.of("Das Institut stellt die neue Simulation des Klimas vor.");

  /** "Kontakt:" and the lines of names, phones and addresses after it close a press release, and go. */
  @Test
  void dropsTheContactDetailsThatCloseARelease() {
    List<Block> read = List.of(TEXT, Heading.of(3, "Pressekontakt"), Paragraph.of("Bundesamt für Beispiele"),
        Paragraph.of("Referat Presse"), Paragraph.of("0228 - 8491 - 4444"));

    assertThat(Tidy.blocks(read, Optional.empty())).containsExactly(TEXT);
  }

  /** The label on a line of its own in the paragraph of details; "Media contacts:" in English. */
  @Test
  void dropsAParagraphThatOpensWithTheLabelOnALine() {
    assertThat(Contacts.withoutClosingContacts(List.of(TEXT,
        Paragraph.of("Kontakt\nRedaktion:\nTelefon: 06051 88770 230")))).containsExactly(TEXT);
    assertThat(Contacts.withoutClosingContacts(List.of(TEXT, Paragraph.of("Media contacts:"),
        Paragraph.of("Jane Roe, jane.roe@example.org")))).containsExactly(TEXT);
  }

  /** "Weitere Informationen:" right before it introduced links that were left out, and goes with it. */
  @Test
  void dropsTheLabelEndingInAColonRightBeforeIt() {
    List<Block> read = List.of(TEXT, Paragraph.of("Weitere Informationen:"), Paragraph.of("Kontakt:"),
        Paragraph.of("Dr. Jane Roe\nBeispiel-Institut\nE-Mail: roe@example.org"));

    assertThat(Contacts.withoutClosingContacts(read)).containsExactly(TEXT);
  }

  /**
   * A closing section headed "Contact" that is prose, or whose lines reach no one, or is not the body's end, is the
   * article's.
   */
  @Test
  void keepsASectionThatIsNoContactDetails() {
    Paragraph prose = Paragraph.of(("The first contact with the islanders came in 1791, when a ship "
        + "anchored in the bay. ").repeat(4));
    List<Block> story = List.of(TEXT, Heading.of(2, "Contact"), prose);
    assertThat(Contacts.withoutClosingContacts(story)).isEqualTo(story);
    List<Block> noWay = List.of(TEXT, Paragraph.of("Kontakt:"), Paragraph.of("Jan Koch, Pressestelle"));
    assertThat(Contacts.withoutClosingContacts(noWay)).as("no phone, no address").isEqualTo(noWay);
    List<Block> notLast = List.of(Paragraph.of("Kontakt:"), Paragraph.of("Tel. 040 490711"), prose);
    assertThat(Contacts.withoutClosingContacts(notLast)).as("prose after it").isEqualTo(notLast);
    List<Block> date = List.of(TEXT, Paragraph.of("Kontakt:"), Paragraph.of("Stand 01.11.2022"));
    assertThat(Contacts.withoutClosingContacts(date)).as("a date is no phone").isEqualTo(date);
  }

  @Test
  void tellsTheLabelsSpellings() {
    assertThat(List.of("Kontakt:", "Pressekontakt", "Presse-Kontakt:", "Media Contact", "Contacts", "Ansprechpartnerin",
        "Ansprechpartner*innen:", "Contact for the press:", "Kontakt für die Presse", "Press inquiries"))
        .allMatch(Contacts::opensWithLabel);
    assertThat(List.of("Kontaktformular", "Contact us today for a quote", "First contact", "Kontakt zur Polizei"))
        .noneMatch(Contacts::opensWithLabel);
  }
}
