package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The numbers an ordered list shows before the comments that are its items ({@link ListedNumbers}). */
class ListedNumbersTest {
  private static List<Unit> units(String html, String selector) {
    Document page = Jsoup.parse(html);
    return page.select(selector).stream().map(Unit::new).toList();
  }

  private static List<Integer> numbers(List<Unit> units) {
    Map<Unit, Integer> numbers = ListedNumbers.of(units);
    return units.stream().map(u -> numbers.getOrDefault(u, 0)).toList();
  }

  /** The list numbers from its start, and an item's value sets its number and those after it; any item counts. */
  @Test
  void theItemsAreNumberedFromTheListsStartAsABrowserDoes() {
    List<Unit> units = units("<ol class=comment-list start=11><li id=c1><article>One.</article></li>"
        + "<li class=pingback>A pingback.</li><li id=c3><article>Three.</article></li>"
        + "<li id=c4 value=20><article>Four.</article></li><li id=c5><article>Five.</article></li></ol>",
        "li[id] > article");

    assertThat(numbers(units)).containsExactly(11, 13, 20, 21);
  }

  @Test
  void aListWithoutStartNumbersFromOne() {
    assertThat(numbers(units("<ol><li id=c1>One.</li><li id=c2>Two.</li></ol>", "li"))).containsExactly(1, 2);
  }

  /** Newest first, a reply would stand above the comment it names: such a list gives no numbers. */
  @Test
  void aReversedListGivesNoNumbers() {
    assertThat(ListedNumbers.of(units("<ol reversed><li id=c1>One.</li><li id=c2>Two.</li></ol>", "li")))
        .isEmpty();
  }

  /** In a threaded list the replies are items of their parent's list, numbered from 1 again: no numbers at all. */
  @Test
  void aThreadedListGivesNoNumbers() {
    assertThat(ListedNumbers.of(units("<ol><li id=c1>One.<ol class=children><li id=c2>Reply.</li></ol></li>"
        + "<li id=c3>Three.</li></ol>", "li"))).isEmpty();
  }

  /** Comments that are no items of one ordered list, in an unordered list or in two lists, show no numbers. */
  @Test
  void commentsOutsideOneOrderedListGiveNoNumbers() {
    assertThat(ListedNumbers.of(units("<ul><li id=c1>One.</li><li id=c2>Two.</li></ul>", "li"))).isEmpty();
    assertThat(ListedNumbers.of(units("<ol><li id=c1>One.</li></ol><ol><li id=c2>Two.</li></ol>", "li")))
        .isEmpty();
    assertThat(ListedNumbers.of(units("<ol><li id=c1>One.</li></ol><div id=c2>Two.</div>", "#c1, #c2")))
        .isEmpty();
  }
}
