package io.github.newsmodel.html.internal.sites.afterdawn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.Pages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bad-input fixtures are the golden page served badly, so each must differ from it only as its name says;
 * otherwise a change to the golden page would leave them testing something else.
 */
class AfterDawnFixtureVariantsTest {
  private static final String GOLDEN = Pages.text("afterdawn-allofmp3-ifpi-raid.html");

  @Test
  void theTruncatedPageIsAPrefixEndingInsideComment3() {
    String truncated = Pages.text("afterdawn-allofmp3-ifpi-raid-truncated.html");

    assertThat(GOLDEN).startsWith(truncated);
    assertThat(truncated).contains("<span class=\"commentNumber\">3</span>")
        .doesNotContain("<span class=\"commentNumber\">4</span>");
  }

  @Test
  void theUnparseableDatePageDiffersOnlyInTwoCommentDates() {
    List<String> golden = GOLDEN.lines().toList();
    List<String> variant = Pages.text("afterdawn-unparseable-comment-date.html").lines().toList();

    assertThat(variant).hasSameSizeAs(golden);
    List<String> changed = variant.stream().filter(l -> !golden.contains(l)).toList();
    assertThat(changed).containsExactly(
        "    <div class=\"commentHead\"><span class=\"commentNumber\">3</span><span class=\"commentDate\">31.5.2007"
            + " 7:2B</span></div>",
        "    <div class=\"commentHead\"><span class=\"commentNumber\">4</span><span class=\"commentDate\">30.2.2007"
            + " 19:33</span></div>");
  }

  @Test
  void theNoCommentSectionPageIsTheGoldenPageWithoutItsComments() {
    String variant = Pages.text("afterdawn-no-comment-section.html");
    String comments = GOLDEN.substring(GOLDEN.indexOf("<div id=\"comments\">"), GOLDEN.indexOf("<div id=\"sidebar\">"));

    assertThat(variant).isEqualTo(GOLDEN.replace(comments, "</div>\n\n")
        .replace(" <a href=\"#comments\" class=\"commentLink\">User comments (5)</a>", ""));
  }
}
