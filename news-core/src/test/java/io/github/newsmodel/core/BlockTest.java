package io.github.newsmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTest {

  @Test
  void paragraphTextIsItsText() {
    assertThat(Paragraph.of("Hello.").text()).isEqualTo("Hello.");
  }

  @Test
  void headingKeepsItsLevel() {
    Heading heading = Heading.of(2, "Background");

    assertThat(heading.level()).isEqualTo(2);
    assertThat(heading.text()).isEqualTo("Background");
  }

  @Test
  void headingLevelsOutsideOneToSixAreRejected() {
    assertThatThrownBy(() -> Heading.of(0, "x")).hasMessage("level: must be from 1 to 6, got 0");
    assertThatThrownBy(() -> Heading.of(7, "x")).hasMessage("level: must be from 1 to 6, got 7");
  }

  @Test
  void quoteHasAnOptionalCite() {
    assertThat(Quote.of("We never had offices abroad.").cite()).isEmpty();
    assertThat(Quote.of("We never had offices abroad.", "Mediaservices").cite()).contains("Mediaservices");
  }

  @Test
  void quoteRejectsABlankCite() {
    assertThatThrownBy(() -> Quote.of("text", ""))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("cite"));
  }

  @Test
  void listTextPutsOneItemPerLine() {
    ItemList list = ItemList.numbered("first", "second");

    assertThat(list.ordered()).isTrue();
    assertThat(list.items()).containsExactly("first", "second");
    assertThat(list.text()).isEqualTo("first\nsecond");
    assertThat(ItemList.bulleted("a").ordered()).isFalse();
  }

  @Test
  void listNeedsAnItemAndNoBlankOnes() {
    assertThatThrownBy(() -> ItemList.bulleted()).hasMessage("items: must not be empty");
    assertThatThrownBy(() -> ItemList.bulleted("a", " "))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("items[1]"));
  }

  @Test
  void imageTextIsItsCaption() {
    URI url = URI.create("https://cdn.afterdawn.fi/news/allofmp3.jpg");
    Image image = Image.builder().url(url).alt("AllofMP3 logo").caption("AllofMP3 calls IFPI raid a stunt").build();

    assertThat(image.text()).isEqualTo("AllofMP3 calls IFPI raid a stunt");
    assertThat(Image.of(url).text()).isEmpty();
  }

  @Test
  void imageCreditStaysOutOfItsText() {
    URI url = URI.create("https://cdn.example.com/harbour.jpg");
    Image image = Image.builder().url(url).caption("The ferry leaves at dawn.").credit("Jane Roe/Reuters").build();

    assertThat(image.credit()).contains("Jane Roe/Reuters");
    assertThat(image.text()).isEqualTo("The ferry leaves at dawn.");
    assertThat(Image.builder().url(url).credit("Jane Roe").build().text()).isEmpty();
    assertThatThrownBy(() -> Image.builder().url(url).credit(" ").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("credit"));
  }

  @Test
  void imageUrlMustBeAbsoluteHttp() {
    assertThatThrownBy(() -> Image.of(URI.create("data:image/png;base64,AAAA")))
        .hasMessage("url: must be an absolute http or https URL, got 'data:image/png;base64,AAAA'");
    assertThatThrownBy(() -> Image.of(URI.create("images/a.jpg")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void preformattedKeepsSpacing() {
    assertThat(Preformatted.of("  a\n    b").text()).isEqualTo("  a\n    b");
    assertThatThrownBy(() -> Preformatted.of("\n\n")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void blocksAreAClosedSet() {
    assertThat(Block.class.isSealed()).isTrue();
    assertThat(List.of(Block.class.getPermittedSubclasses()))
        .containsExactlyInAnyOrder(Paragraph.class, Heading.class, Quote.class, ItemList.class, Image.class,
            Preformatted.class);
  }

  @Test
  void blocksOfEqualContentAreEqual() {
    assertThat(Paragraph.of("x")).isEqualTo(Paragraph.of("x")).isNotEqualTo(Quote.of("x"));
    assertThat(Heading.of(1, "x").withLevel(2)).isEqualTo(Heading.of(2, "x"));
  }
}
