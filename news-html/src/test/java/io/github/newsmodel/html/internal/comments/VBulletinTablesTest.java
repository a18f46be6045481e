package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.internal.dom.BlockReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class VBulletinTablesTest {
  private static final BlockReader READER =
      BlockReader.standard().reading(VBulletinTables::isQuote, VBulletinTables::quote);

  /** vBulletin 3's quote box: a label over a one-cell table, with or without the line that names the poster. */
  private static String box(String label, String cell) {
    return "<div style=\"margin:20px; margin-top:5px; \"><div class=\"smallfont\" style=\"margin-bottom:2px\">" + label
        + "</div><table cellpadding=\"6\" cellspacing=\"0\" border=\"0\" width=\"100%\"><tr><td class=\"alt2\""
        + " style=\"border:1px inset\">" + cell + "</td></tr></table></div>";
  }

  private static String named(String poster, String text) {
    return "<div>Originally Posted by <strong>" + poster + "</strong> <a href=\"showthread.php?p=1#post1\"><img"
        + " class=\"inlineimg\" src=\"images/buttons/viewpost.gif\" alt=\"View Post\"></a></div>"
        + "<div style=\"font-style:italic\">" + text + "</div>";
  }

  /** Reads a post's text, on a page that goes on after it: the end of a page may be a truncated one's. */
  private static List<Block> read(String message) {
    Element e = Jsoup.parse("<div id=\"post_message_1\">" + message + "</div><div>Reply</div>")
        .getElementById("post_message_1");
    return READER.read(e);
  }

  @Test
  void aQuoteWithoutAPostersNameQuotesTheWholeCellUncited() {
    List<Block> blocks = read(box("Quote:", "Pay and display from May.") + "Not again.");

    assertThat(blocks).containsExactly(Quote.builder().text("Pay and display from May.").build(),
        Paragraph.of("Not again."));
  }

  @Test
  void aQuoteInAQuoteIsPartOfItsText() {
    List<Block> blocks = read(box("Quote:", named("ann", box("Quote:", named("bob", "First.")) + "Second.")));

    assertThat(blocks).singleElement().isInstanceOfSatisfying(Quote.class, q -> {
      assertThat(q.cite()).hasValue("Originally Posted by ann");
      assertThat(q.text()).isEqualTo("First.\n\nSecond.");
    });
  }

  /** The box of a code sample is shaped like a quote's, with a {@code pre} where the quote has its table. */
  @Test
  void aCodeBoxIsNoQuote() {
    List<Block> blocks = read("<div style=\"margin:20px; margin-top:5px\"><div class=\"smallfont\""
        + " style=\"margin-bottom:2px\">Code:</div><pre class=\"alt2\" dir=\"ltr\">make all</pre></div>");

    assertThat(blocks).noneMatch(b -> b instanceof Quote);
  }

  /**
   * Quotes nested as deep as jsoup nests elements (512 levels, five a quote) are read, the deepest ones as plain
   * text: each level costs a reader of its own, and the levels read so are bounded.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void quotesNestedAsDeepAsAPageAllowsAreRead() {
    int n = 100;
    String open = "<div><div class=\"smallfont\">Quote:</div><table><tr><td class=\"alt2\">";
    String close = "</td></tr></table></div>";
    List<Block> blocks = read(open.repeat(n) + "Deep." + close.repeat(n));

    assertThat(blocks).singleElement().satisfies(b -> assertThat(b.text()).contains("Deep."));
  }
}
