package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Whether the article is free to read: JSON-LD, then the content tier, then Microdata ({@link PageAccess}). */
class PageAccessTest {
  private static final URI URL = URI.create("https://news.example.com/story");
  private static final String TEXT = "<h1>Harbour fees rise</h1><p>The harbour board raised the mooring fees for"
      + " the coming season by a tenth, the first rise in six years.</p>";

  private static Optional<Access> access(String head) {
    Article article = GenericExtractor.extract(Jsoup.parse("<html><head><title>Harbour fees rise</title>" + head
        + "</head><body>" + TEXT + "</body></html>", URL.toString()), URL, Optional.empty(), Optional.empty());
    return article.access();
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  private static String tier(String value) {
    return "<meta property=\"article:content_tier\" content=\"" + value + "\">";
  }

  @Test
  void aPageThatDeclaresNothingHasNoAccess() {
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Harbour fees rise\"}"))).isEmpty();
  }

  @Test
  void jsonLdFlagsAreBooleansOrStringsInAnyCase() {
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": false}")))
        .contains(Access.PAYWALLED);
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": \"False\"}")))
        .contains(Access.PAYWALLED);
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": \"TRUE\"}")))
        .contains(Access.FREE);
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": true}"))).contains(Access.FREE);
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": \"sometimes\"}")))
        .as("no flag").isEmpty();
  }

  @Test
  void aPartMarkedNotFreeMakesTheArticleNotFree() {
    assertThat(access(ld("""
        {"@type": "NewsArticle", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
         "cssSelector": ".paywall"}}"""))).contains(Access.PAYWALLED);
    assertThat(access(ld("""
        {"@type": "NewsArticle", "isAccessibleForFree": true, "hasPart": [{"@type": "WebPageElement",
         "isAccessibleForFree": false, "cssSelector": ".paywall"}]}"""))).contains(Access.PAYWALLED);
    assertThat(access(ld("""
        {"@type": "NewsArticle", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": true,
         "cssSelector": ".paywall"}}"""))).as("a free part says nothing of the rest").isEmpty();
  }

  /** An image's or another work's flag is not the article's. */
  @Test
  void onlyTheArticleNodeCounts() {
    assertThat(access(ld("""
        {"@type": "NewsArticle", "image": {"@type": "ImageObject", "url": "https://news.example.com/a.jpg",
         "isAccessibleForFree": true}, "isPartOf": {"@type": ["CreativeWork", "Product"],
         "isAccessibleForFree": false}}"""))).isEmpty();
  }

  @Test
  void theContentTierNamesTheKindOfPaywall() {
    assertThat(access(tier("metered"))).contains(Access.METERED);
    assertThat(access(tier("Locked"))).contains(Access.LOCKED);
    assertThat(access(tier("free"))).contains(Access.FREE);
    assertThat(access(tier("premium"))).as("not a tier").isEmpty();
    assertThat(access("<meta property=\"og:article:content_tier\" content=\"free\">")).contains(Access.FREE);
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": false}") + tier("metered")))
        .as("the tier agrees and says more").contains(Access.METERED);
  }

  /** JSON-LD outranks the content tier, which outranks Microdata, as for all structured data. */
  @Test
  void theStrongestSourceDecidesWhetherItIsFree() {
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": false}") + tier("free")))
        .contains(Access.PAYWALLED);
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": true}") + tier("locked")))
        .contains(Access.FREE);
    assertThat(access(tier("free") + "<meta itemprop=\"isAccessibleForFree\" content=\"false\">"))
        .contains(Access.FREE);
  }

  @Test
  void microdataOfTheArticleAndOfItsParts() {
    assertThat(access("<meta itemprop=\"isAccessibleForFree\" content=\"False\">")).contains(Access.PAYWALLED);
    assertThat(access("<meta itemprop=\"isAccessibleForFree\" content=\"true\">")).contains(Access.FREE);
    assertThat(access("""
        <meta itemprop="isAccessibleForFree" content="true">
        <span itemprop="hasPart" itemscope itemtype="http://schema.org/WebPageElement">
        <meta itemprop="isAccessibleForFree" content="False"><meta itemprop="cssSelector" content=".paywall">
        </span>""")).contains(Access.PAYWALLED);
    assertThat(access("""
        <span itemprop="isPartOf" itemscope itemtype="http://schema.org/Product">
        <meta itemprop="isAccessibleForFree" content="false"></span>""")).as("another item's").isEmpty();
  }

  /** schema.org's Boolean values by their address: Microdata's link to {@code https://schema.org/False}. */
  @Test
  void schemaOrgsBooleansByTheirAddress() {
    assertThat(access("<link itemprop=\"isAccessibleForFree\" href=\"https://schema.org/False\">"))
        .contains(Access.PAYWALLED);
    assertThat(access(ld("{\"@type\": \"NewsArticle\", \"isAccessibleForFree\": \"http://schema.org/True\"}")))
        .contains(Access.FREE);
    assertThat(access("<link itemprop=\"isAccessibleForFree\" href=\"https://example.com/False\">"))
        .as("another site's address").isEmpty();
  }
}
