package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class WriterNoteTest {
  private static final String P1 = "The harbour board approved the plan on Tuesday after a long debate about the cost"
      + " of dredging the channel.";
  private static final String P2 = "Work starts in the autumn and should be finished before the ferries switch to"
      + " the winter timetable next year.";
  private static final String NOTE = "Jane Roe is the founder of Example PR, a consultancy that helps small firms"
      + " find their voice.";

  private static List<String> read(String body) {
    Document page = Jsoup.parse("<html><head><title>t</title></head><body>" + body + "<div id=end></div></body>"
        + "</html>");
    return MainContent.read(page, JsonLd.of(page), Set.of(), Optional.empty()).stream().map(Block::text).toList();
  }

  /** The note in italics that closes the article goes, in a paragraph of its own or on a line between breaks. */
  @Test
  void theWritersNoteInItalicsThatClosesTheArticleGoes() {
    assertThat(read("<article><p>" + P1 + "</p><p>" + P2 + "</p><p style='text-align: center'><em>" + NOTE
        + "</em></p></article>")).containsExactly(P1, P2);
    assertThat(read("<article><section>" + P1 + "<br><br>" + P2 + "<h2>____</h2><em>John Doe is Example's deal"
        + " curator.</em></section></article>")).as("on a line of its own").containsExactly(P1, P2);
    assertThat(read("<article><p>" + P1 + "</p><p>" + P2 + "</p><p><em>Maria Muster ist Redakteurin im Ressort"
        + " Wirtschaft.</em></p></article>")).as("in German, the noun without an article")
        .containsExactly(P1, P2);
    assertThat(read("<article><p>" + P1 + "</p><p>" + P2 + "</p><p><em>" + NOTE + "</em></p></article>"
        + "<aside><p>If you buy something through this post, we may get a share of the sale.</p></aside>"))
        .as("a short box after it").containsExactly(P1, P2);
  }

  /**
   * The same words stay in roman type, with the article going on after them, or within a line of roman type; and a
   * note that says who writes a column, not what a person is, or that names no one in full, stays.
   */
  @Test
  void theSameWordsStayWhereTheyAreNoNoteOnTheWriter() {
    assertThat(read("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + NOTE + "</p></article>"))
        .as("in roman type").containsExactly(P1, P2, NOTE);
    assertThat(read("<article><p>" + P1 + "</p><p><em>" + NOTE + "</em></p><p>" + P2 + "</p></article>"))
        .as("the article goes on after it").containsExactly(P1, NOTE, P2);
    assertThat(read("<article><p>" + P1 + "</p><p>" + P2 + " <em>" + NOTE + "</em></p></article>"))
        .as("within a line").containsExactly(P1, P2 + " " + NOTE);
    String column = "Dear Abby is written by Abigail Van Buren. Contact Dear Abby at www.example.com.";
    assertThat(read("<article><p>" + P1 + "</p><p>" + P2 + "</p><p><em>" + column + "</em></p></article>"))
        .as("who writes a column").containsExactly(P1, P2, column);
    String pronoun = "She is a ferry captain and has sailed the channel for thirty years.";
    assertThat(read("<article><p>" + P1 + "</p><p>" + P2 + "</p><p><em>" + pronoun + "</em></p></article>"))
        .as("no full name").containsExactly(P1, P2, pronoun);
  }
}
