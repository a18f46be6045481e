package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The headline of pages whose headings and declared titles agree little or not at all: an {@code <h1>} that only
 * shares the section's word with the title, a title that names only the site, an {@code og:title} of the site's
 * name, a title that signs the headline with the site's name and a colon.
 */
class PageTitleWeakEvidenceTest {
  private static final String URL = "https://www.harbourtimes.example/news/2024/05/03/storm";
  private static final String TEXT = "<p>The storm that reached the coast on Tuesday night closed the harbour for three"
      + " days, the port authority said on Wednesday.</p><p>Ferries to the islands were cancelled.</p>";

  private static Optional<String> title(String html) {
    return GenericExtractor.extract(Jsoup.parse(html, URL), URI.create(URL), Optional.empty(), Optional.empty())
        .title();
  }

  @Test
  void aHeadingsLinesInElementsOfTheirOwnReadWithASpaceBetween() {
    assertThat(title("<title>Harbour Times</title><h1><span class=top>Krach vor der Versammlung:</span><span"
        + " class=main>Es knirscht im Verein</span></h1>" + TEXT))
        .hasValue("Krach vor der Versammlung: Es knirscht im Verein");
  }
}
