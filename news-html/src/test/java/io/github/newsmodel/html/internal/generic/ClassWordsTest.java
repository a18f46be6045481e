package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.html.internal.dom.PageElements;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassWordsTest {
  private static final ClassWords BYLINES = PageAuthors.BYLINES;
  private static final ClassWords DATES = DateClues.DATE_LINES;
  private static final ClassWords TITLES = PageTitle.TITLED;
  private static final PageElements PAGE = PageElements.of(Jsoup.parse("""
      <div class="Post-Byline">Jane</div><div class="post-byline">John</div><div class="post-byline">Max</div>
      <p id="author-1">A</p><p class="authority">B</p><p class="authority" id="author">C</p><p>D</p>
      <span class="text">E</span><span class="text">F</span><b class="has-author">G</b>
      <i class="post-date">1</i><i id="Date-2" class="x">2</i><i class="timeline author">3</i>
      <h2 class="subheadline">S</h2><h2 class="subheadline headline">H</h2><h2 id="sub-HEADLINE">I</h2>
      <i class="authority-date">4</i><i class="K\u212Aauthor">5</i>""").body());

  @Test
  void aWalkOverAPageMarksWhatEachElementMarks() {
    List<Element> all = PAGE.all();
    ClassWords.Walk walk = ClassWords.scan(PAGE).walk(BYLINES);
    assertThat(IntStream.range(0, 11).mapToObj(walk::marks))
        .containsExactly(false, true, true, true, true, false, true, false, false, false, true);
    assertThat(IntStream.range(0, all.size()).mapToObj(walk::marks))
        .containsExactlyElementsOf(all.stream().map(BYLINES::marks).toList());
  }

  @Test
  void theWalksOfThePageWordsMarkWhatEachListMarksAlone() {
    // The walks read the page's class words, one scan of each class for all the lists: each list alone reads its own.
    List<Element> all = PAGE.all();
    ClassWords.PageScans scans = ClassWords.scan(PAGE);
    for (ClassWords list : List.of(DATES, TITLES, BYLINES)) {
      ClassWords.Walk walk = scans.walk(list);
      assertThat(IntStream.range(0, all.size()).mapToObj(walk::marks))
          .containsExactlyElementsOf(all.stream().map(list::marks).toList());
    }
    assertThat(IntStream.range(0, all.size()).filter(scans.walk(TITLES)::marks).mapToObj(i -> all.get(i).text()))
        .containsExactly("H");
    assertThat(IntStream.range(0, all.size()).filter(scans.walk(DATES)::marks).mapToObj(i -> all.get(i).text()))
        .containsExactly("Jane", "John", "Max", "B", "C", "G", "1", "2", "3", "4", "5");
  }

  @Test
  void aListOfNoPageWordsHasNoWalk() {
    ClassWords other = new ClassWords(List.of("kicker"), List.of(), List.of());
    assertThatThrownBy(() -> ClassWords.scan(PAGE).walk(other)).isInstanceOf(IllegalArgumentException.class);
  }
}
