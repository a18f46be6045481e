package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.internal.Texts;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainContentTest {
  private static final String P1 = "The harbour board approved the plan on Tuesday after a long debate about the cost"
      + " of dredging the channel.";
  private static final String P2 = "Work starts in the autumn and should be finished before the ferries switch to"
      + " the winter timetable next year.";
  private static final String P3 = "Fishermen welcomed the decision, although some asked for compensation while the"
      + " quay is closed.";

  private static List<Block> read(String body) {
    // Something follows the content, as on any page: the last paragraph of a page is taken for cut off.
    return read(Jsoup.parse("<html><head><title>t</title></head><body>" + body + "<div id=end></div></body></html>"),
        Set.of(), Optional.empty());
  }

  private static List<Block> read(Document page, Set<Element> leaveOut, Optional<String> title) {
    return MainContent.read(page, JsonLd.of(page), leaveOut, title);
  }

  private static String text(List<Block> blocks) {
    return Texts.join(blocks);
  }

  /**
   * A gallery that writes its caption twice, for its two states, shows it once; a paragraph the article repeats, as
   * a refrain, a caption that differs from the one before it and the pictures of a gallery that share a caption
   * stay.
   */
  @Test
  void aCaptionWrittenTwiceBackToBackIsReadOnce() {
    String caption = "The new quay at dawn, seen from the ferry.";
    String gallery = "<div class=gallery><div class=caption><div class=caption-full>" + caption + "</div>"
        + "<div class=caption-truncated>" + caption + "</div></div>"
        + "<div class=caption><div class=caption-full>The old quay.</div><div class=caption-truncated>The old quay at"
        + " night.</div></div></div>";
    String refrain = "We shall not be moved, the fishermen sang on the quay.";

    String figures = "<div class=wp-caption><img src=https://example.com/a.jpg><p class=wp-caption-text>" + caption + "</p></div>"
        + "<div class=wp-caption><img src=https://example.com/b.jpg><p class=wp-caption-text>" + caption + "</p></div>";
    assertThat(read("<article><p>" + P1 + "</p>" + figures + "<p>" + P2 + "</p></article>"))
        .as("two pictures that share a caption").filteredOn(b -> b instanceof Image).hasSize(2);
    assertThat(read("<article><p>" + P1 + "</p>" + gallery + "<p>" + P2 + "</p><p>" + refrain + "</p><p>" + refrain
        + "</p><p>" + P3 + "</p></article>")).extracting(Block::text)
        .containsExactly(P1, caption, "The old quay.", "The old quay at night.", P2, refrain, refrain, P3);
  }

  /**
   * A gallery that writes a caption whole and again cut short, with a control to unfold it, shows it once; a shorter
   * caption that merely opens with the same words, with no control or mark of the cut, is another picture's.
   */
  @Test
  void aCaptionCutShortAfterItsWholeIsReadOnce() {
    String whole = "The new quay at dawn, seen from the ferry as it leaves the harbour. (Photo: Jane Roe)";
    String gallery = "<div class=gallery><div class=caption><div class=caption-full>" + whole
        + "<a class=more-caption> less</a></div><div class=caption-truncated>The new quay at dawn, seen from the ferry"
        + " as it<a class=more-caption> ... more</a></div></div>"
        + "<div class=caption><div class=caption-full>The old quay at night, seen from the lighthouse on the hill.</div>"
        + "<div class=caption-truncated>The old quay at night, seen from the lighthouse</div></div></div>";
    assertThat(read("<article><p>" + P1 + "</p>" + gallery + "<p>" + P2 + "</p></article>")).extracting(Block::text)
        .containsExactly(P1, whole, "The old quay at night, seen from the lighthouse on the hill.",
            "The old quay at night, seen from the lighthouse", P2);
  }

  /**
   * A gallery that shows the current slide's caption again in a panel of its own reads it once; a caption beside its
   * own picture stays, though another picture shares it.
   */
  @Test
  void aCaptionShownAgainApartFromItsPictureIsReadOnce() {
    String caption = "The new quay at dawn, seen from the ferry as it leaves the harbour.";
    String gallery = "<ul class=gallery><li><div class=img-wrap><img src=https://example.com/a.jpg></div>"
        + "<div class=caption>" + caption + "</div></li></ul>"
        + "<div class=slide-panel><div class=count>Image 1 of 1</div><div class=caption-remote><div class=caption-full>"
        + caption + "</div></div></div>";
    List<Block> blocks = read("<article><p>" + P1 + "</p>" + gallery + "<p>" + P2 + "</p><p>" + P3 + "</p></article>");
    assertThat(text(blocks).split(caption, -1)).as("the caption once").hasSize(2);
    assertThat(blocks).extracting(Block::text).contains(P1, P2, P3);

    String figures = "<div class=wp-caption><img src=https://example.com/a.jpg><p class=wp-caption-text>" + caption
        + "</p></div><div class=wp-caption><img src=https://example.com/b.jpg><p class=wp-caption-text>" + caption
        + "</p></div>";
    assertThat(text(read("<article><p>" + P1 + "</p>" + figures + "<p>" + P2 + "</p></article>")).split(caption, -1))
        .as("two pictures that share a caption").hasSize(3);

    String credited = "<div class=photo><p><img src=https://example.com/a.jpg></p><span class=news-caption>The quay"
        + " <span class=caption>(Image: Jane Roe)</span></span></div><p>" + P2 + "</p><div class=photo><p>"
        + "<img src=https://example.com/b.jpg></p><span class=news-caption>The ferry <span class=caption>(Image: Jane"
        + " Roe)</span></span></div>";
    assertThat(read("<article><p>" + P1 + "</p>" + credited + "<p>" + P3 + "</p></article>"))
        .filteredOn(b -> b instanceof Image).extracting(b -> ((Image) b).credit().orElse(""))
        .as("a credit under each picture it names").containsExactly("Jane Roe", "Jane Roe");
  }

  /**
   * A page that loaded the next story below the first, saved after it did, holds two {@code <article>}s with their
   * headlines: the page's title names the one that is the article.
   */
  @Test
  void ofTwoStoriesTheOneTheTitleNamesIsTheText() {
    String twoStories = "<main><article><h1>Harbour plan approved</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
        + "<article><h1>Ferry timetable changes</h1><p>" + P3 + " " + P3 + "</p><p>" + P2 + " " + P1
        + "</p></article></main>";
    Document page = Jsoup.parse("<html><head><title>t</title></head><body>" + twoStories
        + "<div id=end></div></body></html>");

    assertThat(text(read(page, Set.of(), Optional.of("Harbour plan approved")))).isEqualTo(P1 + "\n\n" + P2);
    assertThat(text(read(page, Set.of(), Optional.of("Ferry timetable changes"))))
        .isEqualTo(P3 + " " + P3 + "\n\n" + P2 + " " + P1);
    assertThat(text(read(page, Set.of(), Optional.of("Harbour News")))).as("a title that names neither")
        .contains(P1, P3);
  }

  /**
   * Articles without headlines of their own, such as comments marked up as articles or parts of one story, are
   * no stories to choose among.
   */
  @Test
  void articlesWithoutHeadlinesAreNoStories() {
    String parts = "<main><article><h1>Harbour plan approved</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
        + "<article><p>" + P3 + "</p><p>" + P1 + "</p></article></main>";
    Document page = Jsoup.parse("<html><head><title>t</title></head><body>" + parts
        + "<div id=end></div></body></html>");

    assertThat(text(read(page, Set.of(), Optional.of("Harbour plan approved")))).contains(P2, P3);
  }

  /**
   * An embedded post that the article quotes is part of its text, a quote whose attribution is the post's dash
   * line; the embed's markup once counted as furniture, and its words were lost.
   */
  @Test
  void anEmbeddedPostIsAQuoteAttributedToItsAuthor() {
    List<Block> blocks = read("<div class=story><p>" + P1 + "</p><blockquote class=twitter-tweet><p lang=en>"
        + "The new timetable is out: hourly ferries all winter. <a href='https://t.co/x1'>pic.twitter.com/x1</a>"
        + "</p>&mdash; Harbour Board (@harbourboard) <a href='https://twitter.com/harbourboard/status/1'>"
        + "November 4, 2019</a></blockquote><p>" + P2 + "</p><p>" + P3 + "</p></div>");

    assertThat(blocks).contains(Quote.of("The new timetable is out: hourly ferries all winter. pic.twitter.com/x1",
        "Harbour Board (@harbourboard) November 4, 2019"));
    assertThat(blocks).hasSize(4);
  }

  /**
   * A page with less than two sentences of running text has no article, unless the page names its text as the
   * article's: a brief of one sentence in {@code itemprop=articleBody} is one; a kicker in it is not.
   */
  @Test
  void aBriefIsAnArticleWhenThePageNamesItsText() {
    String brief = "The old swing bridge over the harbour closes on Monday for six weeks of repairs.";

    assertThat(read("<div itemprop=articleBody><p>" + brief + "</p></div>")).containsExactly(Paragraph.of(brief));
    assertThat(read("<div class=story><p>" + brief + "</p></div>")).isEmpty();
    assertThat(read("<div itemprop=articleBody><p>Das perfekte Steak aus dem Grill</p></div>")).isEmpty();
  }

  /**
   * A link named after furniture (a newsletter, a related article) in the middle of a sentence stays, so that the
   * sentence keeps its words; a control without an address and a block of such links do not.
   */
  @Test
  void aLinkNamedAsFurnitureInASentenceKeepsItsWords() {
    String text = read("<div class=story><p>" + P1 + "</p><p>" + P2 + "</p><p>Get my <a href=# "
        + "class=popmake-newsletter-popup>free newsletter</a>! The photo shows the quay.<a class=more-caption>"
        + " less</a></p><div class=newsletter-box><a href=/subscribe>Subscribe to our newsletter</a></div>"
        + "<p>" + P3 + "</p></div>").stream().map(Block::text).reduce("", (a, b) -> a + "\n" + b);

    assertThat(text).contains("Get my free newsletter! The photo shows the quay.")
        .doesNotContain("less", "Subscribe");
  }

  /**
   * The page's footer is never its article, though it holds more text than anything else: a forum thread whose
   * post is a picture, a page whose article the footer's legal notice outweighs.
   */
  @Test
  void theFooterIsNeverTheArticleWhateverShareOfTheTextItHolds() {
    String footer = "<footer class=site-footer><h3>About us</h3><p>" + P1 + " " + P2 + "</p><p>" + P3 + " " + P1
        + "</p></footer>";

    assertThat(read("<div class=post><img src=/cat.jpg alt=''></div>" + footer)).isEmpty();
    assertThat(text(read("<div class=story><p>" + P2 + "</p><p>" + P3 + "</p></div>" + footer)))
        .isEqualTo(P2 + "\n\n" + P3);
  }

  /**
   * The author's headshot beside the byline links to the author's page; the article's own pictures stay, also when
   * they link to a larger copy.
   */
  @Test
  void theAuthorsHeadshotIsNoPictureOfTheArticle() {
    List<Block> blocks = read("<div class=story><div class=flex-row><a href=/authors/jane-roe/ title='Jane Roe'>"
        + "<img src=https://example.com/img/jane.jpg alt='Jane Roe'></a><span>Jane Roe</span></div><p>" + P1 + "</p>"
        + "<a href=/img/quay-large.jpg><img src=https://example.com/img/quay.jpg alt='The quay'></a><p>" + P2
        + "</p><p>" + P3 + "</p></div>");

    assertThat(blocks).filteredOn(Image.class::isInstance).extracting(b -> ((Image) b).alt().orElseThrow())
        .containsExactly("The quay");
    assertThat(text(blocks)).contains(P1, P2, P3);
  }

  @Test
  void readsTheParagraphsAndLeavesNavigationSharingAndRelatedLinksOut() {
    List<Block> blocks = read("<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
        + "<div class=story><p>" + P1 + "</p><div class=share-bar><a href=#>Share on Facebook</a></div>"
        + "<p>" + P2 + "</p><div class=related-articles><h3>Related</h3><ul><li><a href=/a>Ferry fares rise"
        + " again</a></li><li><a href=/b>New harbour master appointed</a></li></ul></div><p>" + P3 + "</p></div>"
        + "<footer><p>Copyright the Harbour Times, all rights reserved, since nineteen hundred and six.</p></footer>");

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2, P3);
  }

  /**
   * A consent tool puts its own words where an embedded post would be ("We respect your privacy and connect to
   * Twitter only with your consent"); they are the tool's, not the article's.
   */
  @Test
  void theConsentToolsPlaceholdersForEmbedsAreNotTheArticle() {
    String notice = "<h2>Unlock Twitter</h2><div class=message>We respect your privacy and connect to Twitter only"
        + " with your consent. Manage your settings here.</div><a href=/privacy class=button>Manage settings</a>";
    for (String placeholder : List.of("third-party-services--placeholder", "_brlbs-content-blocker",
        "embed-privacy-container", "cmplz-blocked-content-notice")) {
      List<Block> blocks = read("<div class=story><p>" + P1 + "</p><div class=" + placeholder + ">" + notice
          + "</div><p>" + P2 + "</p><p>" + P3 + "</p></div>");

      assertThat(blocks).as(placeholder).extracting(Block::text).containsExactly(P1, P2, P3);
    }
  }

  @Test
  void theArticleSplitByAnAdvertisementIsReadWhole() {
    List<Block> blocks = read("<div class=wrap><div class=body-part><p>" + P1 + "</p></div>"
        + "<div class='ad-slot'>Advertisement</div><div class=body-part><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "</div><aside><p>Sign up for our newsletter to get the news every morning in your inbox.</p></aside>");

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2, P3);
  }

  @Test
  void teasersOfOtherArticlesAreNotTheArticle() {
    String teaser = "<div class=card><h3><a href=/x>Storm closes the coast road for a day</a></h3><p>Council crews"
        + " cleared fallen trees from the road along the bay on Sunday morning.</p></div>";
    List<Block> blocks = read("<div class=main><p>" + P1 + "</p><p>" + P2 + "</p></div><div class=more>" + teaser
        + teaser + teaser + teaser + "</div>");

    assertThat(text(blocks)).contains(P1, P2).doesNotContain("Storm", "Council crews");
  }

  @Test
  void aClassOfFurnitureOnTheArticlesOwnWrapperDoesNotHideIt() {
    List<Block> blocks = read("<div class='entry share'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=comments-section><p>A reader said this is a comment and not part of the article at all.</p>"
        + "<p>Another reader agreed with the first one and added a long remark of their own.</p></div>");

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2, P3);
  }

  @Test
  void theTextNamedAsArticleBodyIsNeverFurnitureEvenInsideAClassNamedCommentary() {
    List<Block> blocks = read("<div class=commentary><div itemprop=articleBody><p>" + P1 + "</p><p>" + P2
        + "</p></div></div><div class=comments><p>" + P3 + " " + P3 + "</p><p>" + P3 + " " + P3 + "</p><p>" + P3
        + " " + P3 + "</p></div>");

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2);
  }

  @Test
  void hiddenElementsAndScriptsAreNotText() {
    List<Block> blocks = read("<article><p>" + P1 + "</p><p style='display: none'>Hidden text that a reader never"
        + " sees on the page at all.</p><p class=sr-only>Only for screen readers.</p><script>var x = 1;</script>"
        + "<p>" + P2 + "</p></article>");

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2);
  }

  @Test
  void theHeadlineRepeatingTheTitleAndLonelyLabelsAreDropped() {
    Document page = Jsoup.parse("<body><article><h1>Harbour plan approved</h1><p>" + P1 + "</p><p>Advertisement"
        + "</p><h2>The cost</h2><p>" + P2 + "</p><h2>Related articles</h2></article><div id=end></div></body>");

    List<Block> blocks = read(page, Set.of(), Optional.of("Harbour plan approved"));

    assertThat(blocks).extracting(Block::text).containsExactly(P1, "The cost", P2);
    assertThat(blocks.get(1)).isInstanceOf(Heading.class);
  }

  @Test
  void aDatelineStandingAloneIsNotTextInAnyLanguage() {
    List<Block> blocks = read("<article><p>Veröffentlicht am 24. Mai 2019, 13:52 Uhr</p><p>" + P1 + "</p>"
        + "<p>Publié le 3 juin 2019</p><p>" + P2 + "</p><p>Päivitetty 5.6.2019 klo 9.05</p><p>" + P3 + "</p>"
        + "</article>");

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2, P3);
  }

  @Test
  void softHyphensAreNotPartOfTheText() {
    List<Block> blocks = read("<article><p>The har\u00adbour board ap\u00adproved the plan on Tuesday after a long"
        + " debate about the cost of dredging the channel.</p><p>" + P2 + "</p></article>");

    assertThat(text(blocks)).startsWith("The harbour board approved");
  }

  @Test
  void theRegionsTheCallerNamesAreLeftOut() {
    Document page = Jsoup.parse("<body><div id=a><p>" + P1 + "</p><p>" + P2 + "</p></div><div id=b><p>" + P3
        + "</p></div><div id=end></div></body>");

    List<Block> blocks = read(page, Set.of(page.expectFirst("#b")), Optional.empty());

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2);
  }

  @Test
  void aPageWithLessThanTwoSentencesOfRunningTextHasNoBody() {
    assertThat(read("<main><h1>404</h1><p>Sorry, we could not find that page.</p></main>")).isEmpty();
    assertThat(read("")).isEmpty();
  }

  @Test
  void theDeclaredArticleBodyStandsInWhenTheMarkupHasMuchLess() {
    String declared = P1 + "\\n\\n" + P2 + "\\n\\n" + P3;
    Document page = Jsoup.parse("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
        + " \"articleBody\": \"" + declared + "\"}</script></head><body><div id=app>Loading...</div><div></div>"
        + "</body></html>");

    List<Block> blocks = read(page, Set.of(), Optional.empty());

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2, P3);
    assertThat(blocks).allSatisfy(b -> assertThat(b).isInstanceOf(Paragraph.class));
  }

  /**
   * A declared body written as markup, its entities escaped and its box of related links with their addresses and
   * scripts, is measured by the text it shows: the markup that holds the whole article is not "much less" because the
   * declaration's addresses are long, and the related links the declaration holds as its text stay out.
   */
  @Test
  void aDeclaredBodyWrittenAsMarkupIsMeasuredByTheTextItShows() {
    StringBuilder declared = new StringBuilder();
    for (String p : List.of(P1, P2, P3)) {
      declared.append("&lt;p class=&quot;text&quot;&gt;").append(p).append("&lt;/p&gt;");
    }
    declared.append("&lt;h4&gt;Read more&lt;/h4&gt;&lt;ul&gt;");
    for (int i = 1; i <= 4; i++) {
      String address = "https://www.example.com/harbour/2022/05/50051" + i + "-another-story-about-the-ferries.html";
      declared.append("&lt;li&gt;&lt;a href=&quot;").append(address).append("&quot; onclick=&quot;track('read more', '")
          .append(address).append("')&quot;&gt;Story ").append(i).append("&lt;/a&gt;&lt;/li&gt;");
    }
    declared.append("&lt;/ul&gt;");
    Document page = Jsoup.parse("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
        + " \"articleBody\": \"" + declared + "\"}</script></head><body><article><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p></article><div id=end></div></body></html>");
    assertThat(declared.length()).as("the declaration as written").isGreaterThan(2 * (P1 + P2 + P3).length());

    List<Block> blocks = read(page, Set.of(), Optional.empty());

    assertThat(blocks).extracting(Block::text).containsExactly(P1, P2, P3);
  }

  @Test
  void siblingBoxesOfTheSameLayoutJoinTheContainer() {
    List<Block> blocks = read("<main><section class='box ingredients'><ul><li>200 g flour</li><li>2 eggs</li>"
        + "<li>1 cup of milk</li></ul></section><section class='box method'><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "</section><aside class='box teaser'><a href=/x>More recipes</a></aside></main>");

    assertThat(text(blocks)).contains("200 g flour", P1, P2).doesNotContain("More recipes");
  }

  @Test
  void theLeadInTheArticlesHeaderComesFirst() {
    List<Block> blocks = read("<article><header><span class=kicker>Harbour</span><h1>Harbour plan approved</h1>"
        + "<p class=article-intro>The board voted for the dredging plan after a six-hour meeting.</p><p>By Jo"
        + " Lee</p></header><div class=article-body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "</article><div class=teaser><p class=teaser-text>Another story entirely, with a summary of its own.</p>"
        + "</div>");

    assertThat(blocks).extracting(Block::text).containsExactly(
        "The board voted for the dredging plan after a six-hour meeting.", P1, P2, P3);
  }
}
