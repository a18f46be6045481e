package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Image;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureCaptionTest {
  private static FigureCaption of(String inner) {
    return FigureCaption.of(Jsoup.parse("<figure><img src=a.jpg><figcaption>" + inner + "</figcaption></figure>"
        + "<p>end</p>").expectFirst("figcaption"));
  }

  private static void assertCaption(FigureCaption read, String caption, String credit) {
    assertThat(read.caption()).isEqualTo(Optional.ofNullable(caption));
    assertThat(read.credit()).isEqualTo(Optional.ofNullable(credit));
  }

  @Test
  void anElementNamedForTheCreditIsTheCredit() {
    assertCaption(of("<span class='c-picture__caption'>Wind turbines above the harbour at dawn.</span> "
            + "<span class='c-picture__source js-source'>&copy;<cite> Stockhouse</cite></span>"),
        "Wind turbines above the harbour at dawn.", "Stockhouse");
    assertCaption(of("<div class=figure__caption-inner><p class=figure__caption-content>Mara Lindqvist</p>"
        + "<span class=figure__caption-source>Quelle: Jonas Berg</span></div>"), "Mara Lindqvist", "Jonas Berg");
    assertCaption(of("The ferry in winter. <span class=copyright-note>© Harbour Office/Tom Field</span>"),
        "The ferry in winter.", "Harbour Office/Tom Field");
  }

  @Test
  void theMicrodataCreatorInsideANamedWrapperIsTheCredit() {
    assertCaption(of("<p><span class=img-caption> The new quay opens in May. </span> <span class=img-author> "
        + "<span itemprop=creator>Jane Roe/Reuters files</span> </span></p>"),
        "The new quay opens in May.", "Jane Roe/Reuters files");
  }

  @Test
  void aWrapperNamedForBothHoldsTheCaptionAndTheCreditApart() {
    assertCaption(of("<div class=caption-credit-wrap><span class=caption>The old lighthouse.</span>"
        + "<span class=credit>Photo: Ann Lee</span></div>"), "The old lighthouse.", "Ann Lee");
  }

  @Test
  void aCreditElementHoldsItsOwnLabel() {
    assertCaption(of("<span itemprop=caption> The players meet at the quay </span> <span class=e-caption__credit "
        + "itemprop=copyrightHolder> <span class=e-caption__credit-description>Credit</span>: Harbour Images/Tom Field"
        + " </span>"), "The players meet at the quay", "Harbour Images/Tom Field");
    assertCaption(of("<span class=css-credit>Credit Ann Lee for The Example Times</span>"), null,
        "Ann Lee for The Example Times");
    assertCaption(of("Die Fähre im Winter. <span class=entry-image-source><em>Bild:&nbsp;S. Berg</em></span>"),
        "Die Fähre im Winter.", "S. Berg");
    assertCaption(of("(Image credit: Example Labs)"), null, "Example Labs");
  }

  @Test
  void aLabelLeftBehindByTheCreditsElementGoesWithIt() {
    assertCaption(of("Весна на набережной. Фото <a class=photo-source href=/u/anna>@anna_k</a>"),
        "Весна на набережной.", "@anna_k");
    assertCaption(of("Where the Aller has its source <span class=credit>Jonas Berg</span>"),
        "Where the Aller has its source", "Jonas Berg");
  }

  @Test
  void anUnnamedElementOpeningWithACreditsLabelIsTheCredit() {
    assertCaption(of("<span>© Hermann Vogt</span>"), null, "Hermann Vogt");
    assertCaption(of("Two swans on the lake <small>Foto: dpa</small>"), "Two swans on the lake", "dpa");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nur zwei Läufer waren schneller. (Foto: Privat)|Nur zwei Läufer waren schneller.|Privat",
      "Der Verband fordert Aufklärung. (Quelle: Jäger/Unsplash/DJV)|Der Verband fordert Aufklärung.|Jäger/Unsplash/DJV",
      ". Imagen: Agencia Sur||Agencia Sur",
      "La jueza, en el Congreso (Foto: Ana Ruiz/Pool via REUTERS).|La jueza, en el Congreso|Ana Ruiz/Pool via REUTERS",
      "Dmitri Orlov, periodista (REUTERS/Ana Ruiz)|Dmitri Orlov, periodista|REUTERS/Ana Ruiz",
      "The harbour at night. Photo: Jane Roe|The harbour at night.|Jane Roe",
      "Foto: dpa||dpa",
      "The channel, with the stretch to be dredged in red. (Grafik: Harbour Board)|The channel, with the stretch to be dredged in red.|Harbour Board",
  })
  void aCreditEndingTheCaptionsTextIsTakenApart(String text, String caption, String credit) {
    assertCaption(of(text), caption, credit);
  }

  @Test
  void aCopyrightAfterASeparatorEndsTheCaption() {
    assertCaption(of("He opened the season in 1975. | © Augusta Club/Getty Images"), "He opened the season in 1975.",
        "Augusta Club/Getty Images");
    assertCaption(of("The quay – © Tom Field"), "The quay", "Tom Field");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The 1998/99 season (1998/99)",
      "The ferry (left/right) at the quay",
      "The team of 2019 (left to right: Ann, Bo)",
      "Source of the river Aller",
      "Photo finish at the harbour",
      "The new quay (seen from the east)",
  })
  void captionsWithoutACreditStayWhole(String text) {
    assertCaption(of(text), text, null);
  }

  @Test
  void theCreditKeepsItsOwnBracketsAndAbbreviations() {
    assertCaption(of("Eine Liebe, nicht erwidert© Collage von Tom Field ( Foto - Vorlage AFP)"),
        "Eine Liebe, nicht erwidert", "Collage von Tom Field ( Foto - Vorlage AFP)");
    assertCaption(of("The new phone. <span class=credit>Example, Inc.</span>"), "The new phone.", "Example, Inc.");
    assertCaption(of("<span class=credit>Heimatverein 1990 e.V.</span>"), null, "Heimatverein 1990 e.V.");
    assertCaption(of("<span class=credit>(Photo: Jane Roe)</span>"), null, "Jane Roe");
  }

  /** "(c)" was read as a copyright sign, and the third panel's words as the credit. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Panels (a), (b) and (c) show the harbour at dawn",
      "(a) The harbour; (b) the quay. (c) The ferry at dawn",
      "The painting, © 2019",
  })
  void panelsAndAYearAreNoCredit(String text) {
    assertCaption(of(text), text, null);
  }

  /** An element named for a credit took the whole caption as the credit, and left no caption. */
  @Test
  void anElementNamedForACreditThatHoldsTheCaptionIsTheCaption() {
    assertCaption(of("<span class=caption-source-text>The harbour in winter, where the ferry waits.</span>"),
        "The harbour in winter, where the ferry waits.", null);
    assertCaption(of("<span class=caption-source>The harbour in winter, where the ferry waits. Photo: Jane Roe"
        + "</span>"), "The harbour in winter, where the ferry waits.", "Jane Roe");
    assertCaption(of("<span class=credit>Courtesy of the Harbour Office</span>"), null,
        "Courtesy of the Harbour Office");
  }

  /** A caption that a label opens, and that reads as a sentence, was taken whole as a credit. */
  @Test
  void aSentenceOpenedByALabelIsACaption() {
    assertCaption(of("Foto: Die neue Fähre legt am Montag zum ersten Mal ab."),
        "Foto: Die neue Fähre legt am Montag zum ersten Mal ab.", null);
  }

  /** An element of the sign alone was taken away, and the name after it was left in the caption. */
  @Test
  void aSignInAnElementOfItsOwnOpensTheCreditAfterIt() {
    assertCaption(of("The ferry in winter <span class=copyright>©</span> Jane Roe"), "The ferry in winter",
        "Jane Roe");
  }

  /**
   * A run of separators before a word, and a credit after it, cost seconds: the trailing separators were tried from
   * each character of the run and for each length; it takes milliseconds now, far below the bound.
   */
  @Test
  void aLongRunOfSeparatorsCostsLittle() {
    String caption = "The quay " + "– ".repeat(2_500) + "at dawn";
    FigureCaption read = assertTimeout(Duration.ofSeconds(2), () -> of(caption + " © Jane Roe"));
    assertThat(read.credit()).contains("Jane Roe");
  }

  /** Polish, Japanese and Chinese credits ending a caption stayed in it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nowy prom w porcie. Fot. Jan Kowalski|Nowy prom w porcie.|Jan Kowalski",
      "Nowy prom w porcie, fot. PAP/Jan Kowalski|Nowy prom w porcie|PAP/Jan Kowalski",
      "Nowy prom w porcie. fot. J. Kowalski|Nowy prom w porcie.|J. Kowalski",
      "The quay at dawn. Photo: J. R. Roe|The quay at dawn.|J. R. Roe",
      "港に着いたフェリー。写真：共同|港に着いたフェリー。|共同",
      "港に着いたフェリー（写真：山田太郎）|港に着いたフェリー|山田太郎",
      "新渡轮抵达港口。图片来源：新华社|新渡轮抵达港口。|新华社",
      "新渡轮抵达港口。摄影：王芳|新渡轮抵达港口。|王芳",
  })
  void creditsInMoreLanguagesAreTakenApart(String text, String caption, String credit) {
    assertCaption(of(text), caption, credit);
  }

  /** An agency alone in brackets stayed in the caption: only a name beside it, with a slash, made a credit. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The ferry leaves the harbour at dawn (AP)|The ferry leaves the harbour at dawn|AP",
      "The ferry leaves the harbour. (Getty Images)|The ferry leaves the harbour.|Getty Images",
      "Die Fähre legt ab (dpa)|Die Fähre legt ab|dpa",
      "(Reuters)||Reuters",
  })
  void anAgencyAloneInBracketsIsTheCredit(String text, String caption, String credit) {
    assertCaption(of(text), caption, credit);
  }

  /** The brackets abbreviate the words before them, or name no agency. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jane Roe heads the Environmental Protection Agency (EPA)",
      "Ein Sprecher der Deutschen Presse-Agentur (dpa)",
      "The swimming pool (pool)",
      "The ferry at the quay (Hamburg)",
  })
  void bracketsThatAreNoAgencyStay(String text) {
    assertCaption(of(text), text, null);
  }

  /**
   * The New York Times' "Credit...", the Guardian's "Photograph:" after a caption without a full stop, a credit with
   * a dot inside ("CC BY-SA 3.0") and a credit element's "Photo" label stayed in the caption or with the credit.
   * (After a full stop, "Photograph:" was taken apart already.)
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<span class=css-ab1>The ferry leaves the harbour.</span><span class=css-cd2><span class=css-ef3>Credit</span>"
          + "<span>...</span>Jane Roe for The Example Times</span>|The ferry leaves the harbour."
          + "|Jane Roe for The Example Times",
      "The ferry leaves the harbour. Photograph: Jane Roe/Reuters|The ferry leaves the harbour.|Jane Roe/Reuters",
      "The ferry leaves the harbour on Saturday Photograph: Jane Roe/Reuters|The ferry leaves the harbour on Saturday"
          + "|Jane Roe/Reuters",
      "The quay at dawn. Bild: Jane Roe CC BY-SA 3.0|The quay at dawn.|Jane Roe CC BY-SA 3.0",
      "The quay. <span class=credit>Photo Jane Roe</span>|The quay.|Jane Roe",
      "(Photo by Jane Roe/Getty Images) Photographer: Jane Roe/Getty Images Europe|(Photo by Jane Roe/Getty Images)"
          + "|Jane Roe/Getty Images Europe",
  })
  void newsroomsOwnCreditLabelsAreTakenApart(String html, String caption, String credit) {
    assertCaption(of(html), caption, credit);
  }

  /** The BBC's credit stands beside its caption in the figure, both after a label the eye does not see. */
  @Test
  void theBbcsCreditBesideTheCaptionIsTheCredit() {
    Element figure = Jsoup.parse("<figure><div><span><img src=a.jpg></span><span role=text>"
        + "<span class=ssrcss-1-VisuallyHidden>Image source, </span>Harbour Images</span></div><figcaption>"
        + "<span class=ssrcss-2-VisuallyHidden>Image caption, </span><p>The ferry leaves the harbour.</p>"
        + "</figcaption></figure><p>end</p>").expectFirst("figure");
    assertCaption(FigureCaption.of(figure, figure.selectFirst("figcaption")), "The ferry leaves the harbour.",
        "Harbour Images");
  }

  /** A credit beside the caption is not taken from a wrapper that holds the caption too. */
  @Test
  void aWrapperOfCaptionAndCreditBesideAFigcaptionGivesItsCreditOnly() {
    Element figure = Jsoup.parse("<figure><img src=a.jpg><div class=caption-line__copyright>"
        + "<span class=figcaption>The quay at dawn</span> <span class=figcaption__copyright>Bild © Jane Roe</span>"
        + "</div></figure><p>end</p>").expectFirst("figure");
    assertCaption(FigureCaption.of(figure, null), null, "Jane Roe");
  }

  /**
   * The labels are matched case-blind as a Unicode regex folds letters ("ſ" is an "s"), and by each of the marks
   * that the cheap test before the regexes looks for: a ©, a "(c)", an ellipsis, a colon, "photo" and "fot".
   */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "The harbour in winter. Image ſource, Getty Images; The harbour in winter.; Getty Images",
      "The harbour in winter. Credit…Jane Roe; The harbour in winter.; Jane Roe",
      "The harbour in winter. Credit...Jane Roe; The harbour in winter.; Jane Roe",
      "The harbour in winter (C) Jane Roe; The harbour in winter; Jane Roe",
      "The harbour in winter, FOT. Jan Kowalski; The harbour in winter; Jan Kowalski",
      "The harbour in winter。写真：共同; The harbour in winter。; 共同",
      "The quay at dawn Photograph: Jane Roe/Reuters; The quay at dawn; Jane Roe/Reuters"})
  void labelsAreFoundInAnyCase(String text, String caption, String credit) {
    assertCaption(FigureCaption.ofText(text), caption, credit);
    assertThat(FigureCaption.mayHoldLabel("The harbour in winter, as the ferry leaves at dawn.")).isFalse();
  }

  /**
   * An element beside the caption whose text a browser shows nothing of, but for characters it does not show, is
   * no credit; one that opens with a label after them is.
   */
  @Test
  void invisibleCharactersAroundACreditBesideTheCaptionAreNotItsText() {
    Element figure = Jsoup.parse("<figure><img src=a.jpg><div><span>\u00ad\u200b&nbsp;\ufeff</span></div>"
        + "<span>\u00ad© Jane Roe</span><figcaption>The quay</figcaption></figure><p>end</p>").expectFirst("figure");
    assertCaption(FigureCaption.of(figure, figure.selectFirst("figcaption")), "The quay", "Jane Roe");
  }

  /** The labels each start is tried with cost a bounded look at most, however many a caption holds. */
  @Test
  void aLongCaptionOfLabelsCostsLittle() {
    String caption = "The quay. Photo Credit ... , fot. 3.0 ".repeat(1_000) + "(EPA EPA EPA)";
    FigureCaption read = assertTimeout(Duration.ofSeconds(2), () -> of(caption));
    assertThat(read.caption()).isPresent();
  }

  @Test
  void noCaptionIsNone() {
    assertThat(FigureCaption.of(null)).isEqualTo(FigureCaption.NONE);
    assertThat(of("  ")).isEqualTo(FigureCaption.NONE);
  }

  @Test
  void theBlockReaderKeepsTheCreditOnTheImageAndOutOfItsText() {
    List<Block> blocks = BlockReader.standard().read(Jsoup.parse("<div id=c><p>Text.</p><figure><img src=f.jpg>"
        + "<figcaption>The quay at dawn. (Foto: Privat)</figcaption></figure></div><footer>end</footer>",
        "http://example.com/a/").expectFirst("#c"));

    Image image = (Image) blocks.get(1);
    assertThat(image.url()).isEqualTo(URI.create("http://example.com/a/f.jpg"));
    assertThat(image.caption()).contains("The quay at dawn.");
    assertThat(image.credit()).contains("Privat");
    assertThat(image.text()).isEqualTo("The quay at dawn.");
  }

  /**
   * WordPress's classic captioned image was read as an image and, apart from it, a paragraph of its caption; its
   * HTML5 and block editor forms are figures.
   */
  @Test
  void wordPressCaptionedImagesAreFigures() {
    String[] forms = {
        "<div id=attachment_7 style='width: 610px' class='wp-caption aligncenter'><a href=/big.jpg>"
            + "<img class='size-full wp-image-7' src=f.jpg width=600 height=400></a>"
            + "<p id=caption-attachment-7 class=wp-caption-text>The quay at dawn. Foto: Jane Roe</p></div>",
        "<dl class='wp-caption alignleft'><dt class=wp-caption-dt><img src=f.jpg></dt>"
            + "<dd class=wp-caption-dd>The quay at dawn. Foto: Jane Roe</dd></dl>",
        "<figure id=attachment_7 class='wp-caption aligncenter'><img src=f.jpg>"
            + "<figcaption class=wp-caption-text>The quay at dawn. Foto: Jane Roe</figcaption></figure>",
        "<figure class='wp-block-image size-large'><img src=f.jpg>"
            + "<figcaption class=wp-element-caption>The quay at dawn. Foto: Jane Roe</figcaption></figure>",
    };
    for (String form : forms) {
      List<Block> blocks = BlockReader.standard().read(Jsoup.parse("<div id=c><p>Text.</p>" + form
          + "<p>More.</p></div><footer>end</footer>", "http://example.com/a/").expectFirst("#c"));

      assertThat(blocks).as(form).hasSize(3);
      Image image = (Image) blocks.get(1);
      assertThat(image.caption()).as(form).contains("The quay at dawn.");
      assertThat(image.credit()).as(form).contains("Jane Roe");
    }
  }

  /** A wrapper that holds more than the image and its caption is read as any other. */
  @Test
  void aWordPressCaptionWrapperHoldingMoreIsReadAsAnyOther() {
    List<Block> blocks = BlockReader.standard().read(Jsoup.parse("<div id=c><div class=wp-caption><img src=f.jpg>"
        + "<p class=wp-caption-text>The quay at dawn.</p><p>A paragraph of the article.</p></div></div>"
        + "<footer>end</footer>", "http://example.com/a/").expectFirst("#c"));

    assertThat(blocks).hasSize(3);
    assertThat(((Image) blocks.get(0)).caption()).isEmpty();
  }
}
