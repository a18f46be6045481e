package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockReaderTest {
  private static List<Block> read(BlockReader reader, String html) {
    return reader.read(Jsoup.parse("<div id=c>" + html + "</div><footer>end</footer>", "http://example.com/a/")
        .expectFirst("#c"));
  }

  private static List<Block> read(String html) {
    return read(BlockReader.standard(), html);
  }

  @Test
  void twoBreaksEndAParagraphAndOneBreaksALine() {
    assertThat(read("One <b>bold</b>\n word.<br>Second line.<br/> <br />\nTwo."))
        .containsExactly(Paragraph.of("One bold word.\nSecond line."), Paragraph.of("Two."));
  }

  /** A date on a line of its own is the page's dateline; a time of day alone is a live blog entry's. */
  @Test
  void aTimeElementOnALineOfItsOwnIsADatelineUnlessItIsAClockTime() {
    assertThat(read("<h1>Story</h1><time datetime=2022-01-01>Jan 1</time><p>Text.</p>"))
        .containsExactly(Heading.of(1, "Story"), Paragraph.of("Text."));
    assertThat(read("<p>Text.</p>\n<time datetime=2022-01-01T16:56>16:56</time>\n<p>Entry.</p>"))
        .containsExactly(Paragraph.of("Text."), Paragraph.of("16:56"), Paragraph.of("Entry."));
    assertThat(read("<p>Posted <time datetime=2022-01-01>Jan 1</time>, and updated.</p>"))
        .containsExactly(Paragraph.of("Posted Jan 1, and updated."));
    assertThat(read("<div>Since <time datetime=2022-01-01>Jan 1</time></div>"))
        .containsExactly(Paragraph.of("Since Jan 1"));
  }

  /**
   * A table of data was a paragraph for every cell, "Greens", "12", "0": its rows are a paragraph's lines, the
   * cells of a row apart by a tab, its caption a paragraph before it.
   */
  @Test
  void aTableOfDataIsAParagraphOfItsRows() {
    assertThat(read("<p>Before.</p><table><caption>Votes by <b>party</b></caption><thead><tr><th></th><th>For</th>"
        + "<th>Against</th></tr></thead><tbody><tr><td>Greens</td><td>12</td><td>0</td></tr>"
        + "<tr><td><a href=/c>Conservatives</a></td><td>5 <script>x()</script></td><td>9</td><td></td></tr>"
        + "<tr><td colspan=3>Two absent</td></tr><tr><td></td><td> </td></tr></tbody></table><p>After.</p>"))
        .containsExactly(Paragraph.of("Before."), Paragraph.of("Votes by party"),
            Paragraph.of("\tFor\tAgainst\nGreens\t12\t0\nConservatives\t5\t9\nTwo absent"), Paragraph.of("After."));
  }

  /**
   * A table that lays out the page (a long cell, a block or a table inside), one of one column, and one of links
   * alone, a menu, are read cell by cell as before.
   */
  @Test
  void aTableThatIsNoDataIsReadCellByCell() {
    String longCell = "A story told at length in one cell, as the sites of the early web laid out their pages. "
        .repeat(3);
    assertThat(read("<table><tr><td>Menu</td><td>" + longCell + "</td></tr><tr><td>a</td><td>b</td></tr></table>"))
        .containsExactly(Paragraph.of("Menu"), Paragraph.of(longCell.strip()), Paragraph.of("a"), Paragraph.of("b"));
    assertThat(read("<table><tr><td><p>One</p></td><td>Two</td></tr><tr><td>Three</td><td>Four</td></tr></table>"))
        .as("a paragraph in a cell, as editors paste tables, is data still")
        .containsExactly(Paragraph.of("One\tTwo\nThree\tFour"));
    assertThat(read("<table><tr><td><div>One</div></td><td>Two</td></tr><tr><td>Three</td><td>Four</td></tr>"
        + "</table>")).hasSize(4);
    assertThat(read("<table><tr><td>One</td><td><table><tr><td>Two</td></tr></table></td></tr>"
        + "<tr><td>Three</td><td>Four</td></tr></table>")).hasSize(4);
    assertThat(read("<table><tr><td>One</td></tr><tr><td>Two</td></tr></table>"))
        .containsExactly(Paragraph.of("One"), Paragraph.of("Two"));
    assertThat(read("<table><tr><td><a href=/a>Home</a></td><td><a href=/b>News</a></td></tr>"
        + "<tr><td><a href=/c>Sport</a></td><td><a href=/d>Weather</a></td></tr></table>")).hasSize(4);
  }

  @Test
  void blockElementsEndParagraphs() {
    assertThat(read("Lead<p>First</p><div>Second <span>part</span></div>Tail"))
        .containsExactly(Paragraph.of("Lead"), Paragraph.of("First"), Paragraph.of("Second part"),
            Paragraph.of("Tail"));
  }

  @Test
  void readsQuotesHeadingsListsAndPreformattedText() {
    assertThat(read("<blockquote cite='http://example.com/s'><p>One</p><p>Two</p></blockquote>"
        + "<h2>Head</h2><ol><li>a</li><li> </li><li>b</li></ol><pre>x  = 1\n y = 2\n</pre>"))
        .containsExactly(Quote.of("One\n\nTwo", "http://example.com/s"), Heading.of(2, "Head"),
            ItemList.numbered("a", "b"), Preformatted.of("x  = 1\n y = 2"));
  }

  /**
   * Forums that set no {@code <cite>} name the quote's opening line as its attribution; the control that unfolds a
   * long quote is left out. A line so named that neither opens nor closes the quote is quoted text.
   */
  @Test
  void aQuotesOpeningLineNamedAsItsAttributionIsItsCite() {
    assertThat(read("<blockquote class=bbCodeBlock><div class=bbCodeBlock-title>jane said:</div>"
        + "<div class=bbCodeBlock-content>The lanes come in March.<div class=bbCodeBlock-expandLink>"
        + "<a>Click to expand...</a></div></div></blockquote>"))
        .containsExactly(Quote.builder().text("The lanes come in March.").cite("jane said:").build());
    assertThat(read(BlockReader.standard().quoting(e -> e.hasClass("quote")), "<aside class=quote>"
        + "<div class=title>jane:</div><blockquote><p>The lanes come in March.</p></blockquote></aside>"))
        .containsExactly(Quote.builder().text("The lanes come in March.").cite("jane:").build());
    assertThat(read("<blockquote><p>One.</p><p class=quote-author>Two.</p><p>Three.</p></blockquote>"))
        .containsExactly(Quote.of("One.\n\nTwo.\n\nThree."));
  }

  /**
   * vBulletin 5 closes its attribution with an arrow to the quoted post, a link drawn as an icon whose words only a
   * screen reader speaks: they are no part of the cite. A name's link whose class merely holds the letters "icon"
   * is the cite's name.
   */
  @Test
  void onlyALinkDrawnAsAnIconLeavesTheCite() {
    String quote = "<blockquote><div class=bbcode_postedby>Originally posted by %s</div>"
        + "<p>The lanes come in March.</p></blockquote>";

    assertThat(read(quote.formatted("<strong>jane</strong> <a class='b-icon b-icon__double-arrow-right--blue'"
        + " href='#post1'>View Post</a>")))
        .containsExactly(Quote.builder().text("The lanes come in March.").cite("Originally posted by jane").build());
    assertThat(read(quote.formatted("<a class='lexicon-term' href='/member/jane'>jane</a>")))
        .containsExactly(Quote.builder().text("The lanes come in March.").cite("Originally posted by jane").build());
  }

  /**
   * IP.Board 3 sets its attribution in a {@code p.citation} before the quote's boxes: it is the quote's cite. A
   * paragraph so named that is longer than an attribution (a source's full reference), or that stands before a
   * quote that names whom it quotes itself, is a paragraph of the text, not left out.
   */
  @Test
  void aCitationLineBeforeAQuoteIsItsCiteWhenItIsAsShortAsOne() {
    assertThat(read("<p class=citation>ann, on 03 March 2012 - 09:14 PM, said:</p><div class=blockquote>"
        + "<blockquote>The pool opens at six.</blockquote></div>"))
        .containsExactly(Quote.builder().text("The pool opens at six.").cite("ann, on 03 March 2012 - 09:14 PM, said:")
            .build());
    String reference = "From Charles Darwin, On the Origin of Species by Means of Natural Selection, London: John"
        + " Murray, 1859, chapter one.";
    assertThat(read("<p class=citation>" + reference + "</p><blockquote><p>At least a score of pigeons might be"
        + " chosen.</p></blockquote>"))
        .containsExactly(Paragraph.of(reference), Quote.of("At least a score of pigeons might be chosen."));
    assertThat(read("<p class=citation>Darwin, 1859</p><blockquote><p>A score of pigeons.</p><cite>Origin, ch. 1"
        + "</cite></blockquote>")).as("a quote that cites itself")
        .containsExactly(Paragraph.of("Darwin, 1859"), Quote.of("A score of pigeons.", "Origin, ch. 1"));
  }

  /**
   * Discuz! sets its attribution, "name 发表于 date", in an unnamed {@code <font>} on the quote's first line; a
   * first line that is not so dated, or that goes on after the date, is quoted text.
   */
  @Test
  void aQuotesFirstLineOfNameAndDateIsItsCite() {
    assertThat(read("<div><blockquote><font size=2><font color=#999999>海风 发表于 2020-3-12 10:05</font></font>"
        + "<br>周末晚上最后一班改为十一点。</blockquote></div>"))
        .containsExactly(Quote.builder().text("周末晚上最后一班改为十一点。").cite("海风 发表于 2020-3-12 10:05").build());
    assertThat(read("<blockquote><b>海风说</b><br>周末晚上最后一班改为十一点。</blockquote>"))
        .containsExactly(Quote.of("海风说\n周末晚上最后一班改为十一点。"));
    assertThat(read("<blockquote><b>海风 发表于 2020-3-12 10:05 的帖子</b><br>周末。</blockquote>"))
        .containsExactly(Quote.of("海风 发表于 2020-3-12 10:05 的帖子\n周末。"));
  }

  @Test
  void readsTheQuotesASiteMarks() {
    BlockReader reader = BlockReader.standard().quoting(e -> e.hasClass("quote"));

    assertThat(read(reader, "<div class=quote>Quoted</div>Own words"))
        .containsExactly(Quote.of("Quoted"), Paragraph.of("Own words"));
  }

  @Test
  void readsImagesAndFiguresButNotIcons() {
    assertThat(read("<img src='/i.jpg' alt='A'><img src=':' width=20 height=20>"
        + "<img src='/smiley.gif' width=16 height=16><figure><img src='f.png'><figcaption>Cap</figcaption></figure>"
        + "<img src='javascript:x()'>"))
        .containsExactly(Image.builder().url(URI.create("http://example.com/i.jpg")).alt("A").build(),
            Image.builder().url(URI.create("http://example.com/a/f.png")).caption("Cap").build());
  }

  @Test
  void leavesOutScriptsFormsAndWhatTheSiteSkips() {
    BlockReader reader = BlockReader.standard().skipping(e -> e.hasClass("share"));

    assertThat(read(reader, "Text<script>var a = 'no';</script><form><input value=no></form>"
        + "<div class=share>Share this</div><iframe src='http://x'></iframe>"))
        .containsExactly(Paragraph.of("Text"));
  }

  @Test
  void readsTheElementsASiteReadsItsOwnWay() {
    BlockReader reader = BlockReader.standard()
        .reading(e -> e.hasClass("lead"), e -> Optional.of(Paragraph.of("LEAD: " + e.text())));

    assertThat(read(reader, "<span class=lead>x</span> after"))
        .containsExactly(Paragraph.of("LEAD: x"), Paragraph.of("after"));
  }

  @Test
  void dropsTheBlockThatATruncatedPageCutOff() {
    var page = Jsoup.parse("<div id=c>First.<br><br>Second is cu");

    assertThat(BlockReader.standard().read(page.expectFirst("#c"))).containsExactly(Paragraph.of("First."));
  }

  @Test
  void anEmptyContainerHasNoBlocks() {
    assertThat(read("  <br> <br>  <span> </span>")).isEmpty();
  }

  /** A quote's last line that opens with a dash names whom it quotes; a quote of nothing but that line is none. */
  @Test
  void aQuotesLastLineOpeningWithADashIsItsAttribution() {
    assertThat(read("<blockquote><p>The sea is the same everywhere.</p>— Jane Roe, harbour master</blockquote>"))
        .containsExactly(Quote.of("The sea is the same everywhere.", "Jane Roe, harbour master"));
    assertThat(read("<blockquote><p>— Harbour Board (@harbourboard) November 4, 2019</p></blockquote>")).isEmpty();
    assertThat(read("<blockquote><p>One line.</p><p>— and then the sea came in over the wall, and the whole quay"
        + " with it, and nobody on the ferry could say how long it lasted.</p></blockquote>"))
        .as("too long for a name: the quote's own words").extracting(Block::text)
        .containsExactly("One line.\n\n— and then the sea came in over the wall, and the whole quay with it, and"
            + " nobody on the ferry could say how long it lasted.");
    assertThat(read("<blockquote><p>— Мы готовы к переговорам, — заявил он.</p></blockquote>"))
        .as("a line of dialogue, no name").extracting(Block::text)
        .containsExactly("— Мы готовы к переговорам, — заявил он.");
    assertThat(read("<blockquote><p>—¿Vienes mañana?</p><p>—No lo sé.</p></blockquote>"))
        .as("dialogue that ends as a sentence does").extracting(Block::text)
        .containsExactly("—¿Vienes mañana?\n\n—No lo sé.");
    assertThat(read("<blockquote><p>The harbour at night.</p><p>— the wind in the rigging<br>the gulls over the quay"
        + "</p></blockquote>")).as("a verse of two lines").extracting(Block::text)
        .containsExactly("The harbour at night.\n\n— the wind in the rigging\nthe gulls over the quay");
  }

  /**
   * A figcaption set after its figure, outside it, as Reuters sets it, is the image's caption and no paragraph; where
   * no image was read before it, it is left out. One that holds a headline is a header, read as such.
   */
  @Test
  void aCaptionAfterItsFigureIsTheImagesNotAParagraph() {
    List<Block> after = read("<div><figure><img src='/quay.jpg'></figure><figcaption>The quay at dawn. (Foto:"
        + " Privat)</figcaption></div><p>The harbour reopened.</p>");
    List<Block> noImage = read("<div><figure><video src='/clip.mp4'></video></figure><figcaption>Watch: the"
        + " quay</figcaption></div><p>The harbour reopened.</p>");
    List<Block> header = read("<figure><img src='/quay.jpg'></figure><figcaption><h2>Harbour reopens</h2>"
        + "</figcaption><p>The harbour reopened.</p>");

    assertThat(after).containsExactly(Image.builder().url(URI.create("http://example.com/quay.jpg"))
        .caption("The quay at dawn.").credit("Privat").build(), Paragraph.of("The harbour reopened."));
    assertThat(noImage).containsExactly(Paragraph.of("The harbour reopened."));
    assertThat(header).contains(Heading.of(2, "Harbour reopens"));
  }

  /** A lead is often a figure itself, and read as the root: it is one image with its caption, as inside a page. */
  @Test
  void aFigureReadAsTheRootIsOneImageWithItsCaption() {
    List<Block> captioned = BlockReader.standard().read(Jsoup.parse("<figure id=f><img src='/lead.jpg'>"
        + "<figcaption>The quay at dawn. (Foto: Privat)</figcaption></figure><p>end</p>", "http://example.com/a/")
        .expectFirst("#f"));
    List<Block> spanCaption = BlockReader.standard().read(Jsoup.parse("<figure id=f><img src='/lead.jpg'>"
        + "<span class=figcaption>The quay at dawn.</span></figure><p>end</p>", "http://example.com/a/")
        .expectFirst("#f"));

    assertThat(captioned).containsExactly(Image.builder().url(URI.create("http://example.com/lead.jpg"))
        .caption("The quay at dawn.").credit("Privat").build());
    assertThat(spanCaption).containsExactly(Image.builder().url(URI.create("http://example.com/lead.jpg"))
        .caption("The quay at dawn.").build());
  }

  /**
   * A figure without a {@code <figcaption>} may name another element its caption: its words are the image's
   * caption, its credit apart, and not lost with the figure's other parts.
   */
  @Test
  void aFigureWithoutAFigcaptionTakesTheElementNamedAsItsCaption() {
    List<Block> blocks = read("<p>Before.</p><figure class=has-caption><div class=media><img src='/quay.jpg'></div>"
        + "<div class='Figure-caption'><span class=Figure-caption-text>The quay at dawn.</span>"
        + "<span class=Figure-credit>Jane Roe / Example Times</span></div></figure><p>After.</p>");

    assertThat(blocks).containsExactly(Paragraph.of("Before."),
        Image.builder().url(URI.create("http://example.com/quay.jpg")).caption("The quay at dawn.")
            .credit("Jane Roe / Example Times").build(),
        Paragraph.of("After."));
  }

  /** An element named for the credit is no caption, though its name says "caption" too. */
  @Test
  void aCreditNamedAsPartOfTheCaptionIsNoCaption() {
    List<Block> blocks = read("<figure><img src='/quay.jpg'><span class=caption-credit>Jane Roe</span></figure>");

    assertThat(blocks).containsExactly(Image.builder().url(URI.create("http://example.com/quay.jpg"))
        .credit("Jane Roe").build());
  }

  /**
   * An AMP page's {@code amp-img} is its image, in a figure with its caption or alone; the {@code <noscript><img>}
   * copy inside it, and the {@code img} the AMP runtime renders into it, are the same picture, read once.
   */
  @Test
  void anAmpImageIsAnImageReadOnce() {
    List<Block> blocks = read("<figure><amp-img src='/a.jpg' width='800' height='450' alt='A' layout='responsive'>"
        + "<noscript><img src='/a.jpg' width='800' height='450' alt='A'></noscript></amp-img>"
        + "<figcaption>Lead caption</figcaption></figure>"
        + "<p>Text.</p><amp-img src='/b.jpg' width='800' height='450' alt='B' layout='responsive'>"
        + "<img class='i-amphtml-replaced-content' src='/b.jpg' alt='B'></amp-img>"
        + "<amp-anim src='/c.gif' width='400' height='300' alt='C'>"
        + "<amp-img placeholder src='/c-still.png' layout='fill'></amp-img></amp-anim>");

    assertThat(blocks).containsExactly(
        Image.builder().url(URI.create("http://example.com/a.jpg")).alt("A").caption("Lead caption").build(),
        Paragraph.of("Text."),
        Image.builder().url(URI.create("http://example.com/b.jpg")).alt("B").build(),
        Image.builder().url(URI.create("http://example.com/c.gif")).alt("C").build());
  }

  /** A WebP {@code amp-img} with the JPEG for other browsers as its fallback is one picture, with its caption. */
  @Test
  void anAmpImageWithItsFallbackInAWordPressCaptionIsOneCaptionedImage() {
    List<Block> blocks = read("<div class='wp-caption'><amp-img src='/a.webp' width='800' height='450'>"
        + "<amp-img fallback src='/a.jpg' width='800' height='450' layout='fill'></amp-img>"
        + "<noscript><img src='/a.jpg'></noscript></amp-img><p class='wp-caption-text'>The quay.</p></div>");

    assertThat(blocks).containsExactly(Image.builder().url(URI.create("http://example.com/a.webp"))
        .caption("The quay.").build());
  }

  /**
   * An AMP image's width and height give only the ratio of its sides where its layout fills its box: a responsive
   * {@code 16 x 9} image is no icon. A fixed one as small as an icon is.
   */
  @Test
  void anAmpImageLaidOutToItsBoxIsNoIcon() {
    assertThat(read("<amp-img src='/wide.jpg' width='16' height='9' layout='responsive'></amp-img>"
        + "<amp-img src='/star.png' width='16' height='16' layout='fixed'></amp-img>"
        + "<amp-img src='/fill.jpg' layout='fill'></amp-img>"))
        .containsExactly(Image.of(URI.create("http://example.com/wide.jpg")),
            Image.of(URI.create("http://example.com/fill.jpg")));
  }

  /** An {@code amp-img} may give its picture in a {@code srcset} alone: the largest candidate is read. */
  @Test
  void anAmpImageWithOnlyASrcsetTakesItsLargestCandidate() {
    assertThat(read("<amp-img srcset='/a-400.jpg 400w, /img/w_1200,h_675/a.jpg 1200w, /a-800.jpg 800w' "
        + "width='1200' height='675' layout='responsive' alt='A'></amp-img>"))
        .containsExactly(Image.builder().url(URI.create("http://example.com/img/w_1200,h_675/a.jpg")).alt("A")
            .build());
  }

  /**
   * The poster of an AMP video or of an embedded frame is no image of the article, nor is the fallback text of
   * either any of its words; AMP images for screens of other sizes, side by side, are one picture.
   */
  @Test
  void ampMediaArePostersAndScreenAlternativesAreOnePicture() {
    List<Block> blocks = read("<amp-video src='/v.mp4' poster='/p.jpg' width='640' height='360' layout='responsive'>"
        + "<amp-img placeholder src='/p.jpg' layout='fill'></amp-img><div fallback>No video here.</div></amp-video>"
        + "<amp-iframe src='https://maps.example.net/embed' width='600' height='400'>"
        + "<amp-img placeholder src='/map.png' layout='fill'></amp-img></amp-iframe>"
        + "<amp-youtube data-videoid='abc' width='480' height='270'>"
        + "<amp-img placeholder src='/yt.jpg' layout='fill'></amp-img></amp-youtube>"
        + "<figure><amp-img media='(max-width: 599px)' src='/small.jpg' width='600' height='300'></amp-img>"
        + "<amp-img media='(min-width: 600px)' src='/large.jpg' width='1200' height='600'></amp-img>"
        + "<figcaption>The harbour.</figcaption></figure>"
        + "<amp-img media='(max-width: 599px)' src='/s2.jpg' width='600' height='300'></amp-img>"
        + "<amp-img media='(min-width: 600px)' src='/l2.jpg' width='1200' height='600'></amp-img>");

    assertThat(blocks).containsExactly(
        Image.builder().url(URI.create("http://example.com/small.jpg")).caption("The harbour.").build(),
        Image.of(URI.create("http://example.com/s2.jpg")));
  }

  /**
   * An AMP lightbox shows nothing until a reader taps, and then an image enlarged, a gallery or an offer; AMP's
   * sidebar is a menu. Neither is read with the page's content, nor is an advertisement's fallback text.
   */
  @Test
  void ampOverlaysAndAdvertisementsAreLeftOut() {
    assertThat(read("<p>Text.</p><amp-lightbox id='gallery' layout='nodisplay' hidden><figure>"
        + "<amp-img src='/g1.jpg' width='1200' height='800' layout='responsive'></amp-img>"
        + "<figcaption>Pictures of the week</figcaption></figure></amp-lightbox>"
        + "<amp-sidebar id='menu' layout='nodisplay' side='right'><ul><li>News</li><li>Sport</li></ul></amp-sidebar>"
        + "<amp-ad width='300' height='250' type='doubleclick'><div placeholder>Advertisement</div>"
        + "<div fallback>Subscribe to read without advertising.</div></amp-ad><p>More text.</p>"))
        .containsExactly(Paragraph.of("Text."), Paragraph.of("More text."));
  }

  /**
   * An image that a script loads lazily gives its picture in a {@code srcset} beside a blank placeholder, or with no
   * {@code src} at all: the largest candidate is read. A {@code src} of its own comes first.
   */
  @Test
  void anImageWithoutASrcOfItsOwnTakesTheLargestOfItsSrcset() {
    assertThat(read("<img src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==' "
        + "srcset='/a-680.webp 680w, /a-1360.webp 1360w' alt='A'>"
        + "<img srcset='//cdn.example.net/b-350.jpg 350w, //cdn.example.net/b.jpg 730w'>"
        + "<img src='/c.jpg' srcset='/c-2000.jpg 2000w'>"))
        .containsExactly(Image.builder().url(URI.create("http://example.com/a-1360.webp")).alt("A").build(),
            Image.of(URI.create("http://cdn.example.net/b.jpg")), Image.of(URI.create("http://example.com/c.jpg")));
  }

  /**
   * An image linked to another site with the parameters of an advertising campaign is a banner, not a picture of
   * the article; a link to the site's own gallery with such parameters, or to another site without them, is not.
   */
  @Test
  void aBannerLinkedToAnotherSiteWithCampaignParametersIsNoImage() {
    assertThat(read("<p>Text.</p><div class=box>"
        + "<a href='https://shop.example.net/?utm_medium=teaser&utm_campaign=wine'>"
        + "<amp-img src='/banner-304x90.jpg' width='304' height='90' layout='fixed' alt='Our wine shop'></amp-img>"
        + "</a></div>"
        + "<a href='https://partner.example.org/?utm_source=news'><picture><img src='/logo.png'></picture></a>"
        + "<a href='/gallery/harbour?utm_source=article'><img src='/harbour.jpg'></a>"
        + "<a href='https://www.example.com/gallery/quay?utm_source=article'><img src='/quay.jpg'></a>"
        + "<a href='https://photos.example.org/harbour'><img src='/pier.jpg'></a>"))
        .containsExactly(Paragraph.of("Text."), Image.of(URI.create("http://example.com/harbour.jpg")),
            Image.of(URI.create("http://example.com/quay.jpg")), Image.of(URI.create("http://example.com/pier.jpg")));
  }

  /**
   * A caption set as a paragraph right after an image with none of its own is the image's: one that opens with its
   * alt text, or ends with a credit, which is split off. A long paragraph that opens like the alt text, a paragraph
   * with neither, and one after an image that has its caption stay paragraphs.
   */
  @Test
  void aCaptionSetAsAParagraphRightAfterItsImageIsTheImages() {
    URI url = URI.create("http://example.com/a/h.jpg");
    assertThat(read("<img src='h.jpg' alt='The harbour in winter'><p>The harbour in winter, with the ferry.</p>"
        + "<p>Text.</p>")).containsExactly(Image.builder().url(url).alt("The harbour in winter")
            .caption("The harbour in winter, with the ferry.").build(), Paragraph.of("Text."));
    assertThat(read("<img src='h.jpg'><p>The quay at dawn. (Jane Roe/Reuters)</p><p>Text.</p>")).containsExactly(
        Image.builder().url(url).caption("The quay at dawn.").credit("Jane Roe/Reuters").build(),
        Paragraph.of("Text."));
    assertThat(read("<img src='h.jpg'><p>| © Jane Roe</p>"))
        .containsExactly(Image.builder().url(url).credit("Jane Roe").build());
    String long_ = "The harbour in winter " + "is where the ferry waits for the morning tide, ".repeat(6) + "end.";
    assertThat(read("<img src='h.jpg' alt='The harbour in winter'><p>" + long_ + "</p>")).containsExactly(
        Image.builder().url(url).alt("The harbour in winter").build(), Paragraph.of(long_));
    assertThat(read("<img src='h.jpg' alt='The harbour in winter'><p>The harbour in winter The board met.</p>"))
        .as("an inline caption run on into the text").containsExactly(Image.builder().url(url)
            .alt("The harbour in winter").build(), Paragraph.of("The harbour in winter The board met."));
    assertThat(read("<img src='h.jpg'><p>The quay at dawn.</p>"))
        .containsExactly(Image.builder().url(url).build(), Paragraph.of("The quay at dawn."));
    assertThat(read("<img src='h.jpg'><p>Abbildung 2: Schneehöhen im Mattertal</p><p>Text.</p>"))
        .as("a figure's label opens a caption").containsExactly(Image.builder().url(url)
            .caption("Abbildung 2: Schneehöhen im Mattertal").build(), Paragraph.of("Text."));
    assertThat(read("<img src='h.jpg'><p>Fig. 3 – Snow depth over the Aletsch glacier</p>")).containsExactly(
        Image.builder().url(url).caption("Fig. 3 – Snow depth over the Aletsch glacier").build());
    assertThat(read("<img src='h.jpg'><p>Figure 2 shows the snow depth over the glacier.</p>"))
        .as("a sentence that names a figure").containsExactly(Image.builder().url(url).build(),
            Paragraph.of("Figure 2 shows the snow depth over the glacier."));
    assertThat(read("<figure><img src='h.jpg'><figcaption>The quay.</figcaption></figure><p>More (Foto: dpa)</p>"))
        .containsExactly(Image.builder().url(url).caption("The quay.").build(), Paragraph.of("More (Foto: dpa)"));
  }
}

