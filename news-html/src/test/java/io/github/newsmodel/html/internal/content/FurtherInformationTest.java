package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FurtherInformationTest {
  private static final Paragraph TEXT = Paragraph.of("Der Verein stellt im Frühjahr drei neue Wanderwege vor.");
  private static final Paragraph MORE = Paragraph.of("Die Wege führen durch das Tal und über zwei Pässe.");
  private static final Image PICTURE = Image.of(URI.create("https://example.org/weg.jpg"));

  /** The label of a box whose links were left out goes from the middle of the text; the text around it stays. */
  @Test
  void dropsTheLabelThatStayedBehindInTheText() {
    List<Block> read = List.of(TEXT, Paragraph.of("Weitere Informationen"), MORE, Heading.of(2, "Die Pässe"),
        Paragraph.of(("Der erste Pass liegt auf 2000 Metern, der zweite höher. ").repeat(10)));

    assertThat(Tidy.blocks(read, Optional.empty())).containsExactly(TEXT, MORE, read.get(3), read.get(4));
  }

  /**
   * Where the label opens the body's closing section, the box's short items and the lines under the article go with
   * it, but for a picture, which is the article's.
   */
  @Test
  void dropsTheClosingBoxButForItsPictures() {
    List<Block> read = List.of(TEXT, MORE, Heading.of(2, "Weitere Informationen"),
        ItemList.bulleted("Entdecken Sie unsere Karte der Wanderwege.", "Der Verein im Porträt."), PICTURE,
        Paragraph.of("Teile mich:"));

    assertThat(Tidy.blocks(read, Optional.empty())).containsExactly(TEXT, MORE, PICTURE);
    assertThat(FurtherInformation.without(List.of(TEXT, Paragraph.of("Further information:"),
        Paragraph.of("Example Trail Society, example.org")))).as("in English, with a colon").containsExactly(TEXT);
  }

  /** A section of prose after the label is the article's: only the label goes. */
  @Test
  void keepsProseAfterTheLabel() {
    Paragraph prose = Paragraph.of(("Wer mehr wissen will, findet im Rathaus eine Ausstellung zu den Wegen. ")
        .repeat(8));

    assertThat(FurtherInformation.without(List.of(TEXT, Heading.of(2, "Mehr Informationen"), prose)))
        .containsExactly(TEXT, prose);
  }

  /** A heading that headed nothing but the box's label heads an empty section once the label goes, and goes too. */
  @Test
  void dropsTheHeadingThatHeadedOnlyTheLabel() {
    List<Block> read = List.of(TEXT, Heading.of(2, "Links"), Paragraph.of("Weitere Infos:"), Heading.of(2, "Der Weg"),
        Paragraph.of(("Der Weg beginnt am Bahnhof und endet am See. ").repeat(12)));

    assertThat(Tidy.blocks(read, Optional.empty())).containsExactly(TEXT, read.get(3), read.get(4));
  }

  /** The label's spellings; a list of the works an article cites, and a sentence that opens alike, are no label. */
  @Test
  void tellsTheLabelsSpellings() {
    assertThat(List.of("Weitere Informationen", "Weitere Informationen:", "Zusatzinformationen:", "mehr Infos",
        "Weiterführende Links", "Infos:", "For more information", "Additional information", "Más información"))
        .allMatch(text -> FurtherInformation.label(Paragraph.of(text)));
    assertThat(List.of("Quellen:", "Literatur", "References", "Further reading",
        "Weitere Informationen gibt es im Rathaus.", "Informationen zum Datenschutz"))
        .noneMatch(text -> FurtherInformation.label(Paragraph.of(text)));
  }
}
