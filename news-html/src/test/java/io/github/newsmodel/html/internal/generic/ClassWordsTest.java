package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassWordsTest {
  private static final ClassWords BYLINES = new ClassWords(List.of("byline", "author"), List.of("author"),
      List.of("authorit"));

  @Test
  void aWalkOverAPageMarksWhatEachElementMarks() {
    PageElements elements = PageElements.of(Jsoup.parse("""
        <div class="Post-Byline">Jane</div><div class="post-byline">John</div><div class="post-byline">Max</div>
        <p id="author-1">A</p><p class="authority">B</p><p class="authority" id="author">C</p><p>D</p>
        <span class="text">E</span><span class="text">F</span><b class="has-author">G</b>""").body());
    List<Element> all = elements.all();
    ClassWords.Walk walk = BYLINES.walk(elements);
    assertThat(IntStream.range(0, all.size()).mapToObj(walk::marks))
        .containsExactlyElementsOf(all.stream().map(BYLINES::marks).toList())
        .containsExactly(false, true, true, true, true, false, true, false, false, false, true);
  }
}
