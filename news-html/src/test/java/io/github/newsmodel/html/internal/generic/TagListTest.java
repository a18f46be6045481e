package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagListTest {

  @Test
  void oneDeclaredValueWithCommasOrSemicolonsIsAList() {
    assertThat(TagList.of(List.of("Streaming, Forschung,NASA"))).containsExactly("Streaming", "Forschung", "NASA");
    assertThat(TagList.of(List.of("US;GLOBAL;Gold"))).containsExactly("US", "GLOBAL", "Gold");
    assertThat(TagList.of(List.of("Roe, Jane", "Budgets"))).as("one tag of several").containsExactly("Roe, Jane",
        "Budgets");
  }

  @Test
  void aHashtagsSignAndQuotesAreNoPartOfTheTag() {
    assertThat(TagList.of(List.of("#wahlen2018", "„Geckobar”", "\"Review\""))).containsExactly("wahlen2018",
        "Geckobar", "Review");
  }

  @Test
  void markersOfThePublishingSystemAreNoTags() {
    assertThat(TagList.of(List.of("@hp-top-stories,@river,Dear Abby,trending"))).containsExactly("Dear Abby",
        "trending");
    assertThat(TagList.of(List.of("china", "/article", "HEADLINE|Yields slide", "article_normal",
        "cat_gemeinde-vereine", "rock-hall-2020"))).containsExactly("china", "rock-hall-2020");
    assertThat(TagList.of(List.of("Category: Graphics Cards,Category: News,RTX 3080,type_news,Type: video")))
        .containsExactly("RTX 3080");
    assertThat(TagList.of(List.of("Apple: the first 50 years"))).as("a tag with a colon of its own").hasSize(1);
    assertThat(TagList.of(List.of("ssts:news:local:detroit-city", "type:story", "tag:Crime Stoppers USA",
        "tag:Crime"))).containsExactly("Crime Stoppers USA", "Crime");
    assertThat(TagList.of(List.of("Lite:true", "Tag:Nodejs", "Tag:Web Hosting", "LayerCake:0")))
        .containsExactly("Nodejs", "Web Hosting");
  }

  @Test
  void eachTagComesOnceWhateverItsCase() {
    assertThat(TagList.of(List.of("Bundesliga", "bundesliga", " BUNDESLIGA ", "Tabelle")))
        .containsExactly("Bundesliga", "Tabelle");
    assertThat(TagList.of(List.of())).isEmpty();
  }
}
