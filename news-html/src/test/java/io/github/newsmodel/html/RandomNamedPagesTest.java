package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.internal.dom.RandomNames;
import io.github.newsmodel.json.NewsJson;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages of comment-like markup whose ids and classes are drawn from the names that the page index's tests use
 * ({@link RandomNames}: the words the rules look for, their prefixes and suffixes, white space of every kind): the
 * same names given as one id, as a class, and joined from an id and a class, in any order. The page index reads
 * such names by shortcuts that hold only when the names came the way it assumes, and one that did not (an id with
 * a space beside the same words as an id and a class) ended a parse in a NullPointerException. Whatever the names,
 * a page gives an article or a {@link PageParseException}.
 */
class RandomNamedPagesTest {
  private static final URI URL = URI.create("https://news.example.com/2024/05/01/names");
  private static final String[] TAGS = {"div", "section", "article", "p", "span", "li", "a", "time", "h2", "footer"};
  private static final String[] TEXTS = {"Jane Roe", "3 comments", "May 1, 2024 at 10:00", "Reply", "#3",
      "Last edited by Jane Roe on May 2, 2024", "The ferry leaves every hour in winter.", "By John Doe", ""};

  @Test
  void pagesOfAnyNamesGiveAnArticleOrAPageParseException() {
    List<String> all = new ArrayList<>();
    RandomNames.forEach(4_000, all::add);
    Random random = new Random(20261201L);
    for (int i = 0; i < 1_500; i++) {
      StringBuilder html = new StringBuilder("<html><head><title>Names</title></head><body><article><h1>Names</h1>"
          + "<p>" + "The ferry leaves every hour in winter, the harbour master says. ".repeat(8) + "</p>");
      // A few names for each page, so that the same names come again, one way and another.
      List<String> pageNames = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        pageNames.add(all.get(random.nextInt(all.size())));
      }
      for (int e = 0, n = 3 + random.nextInt(12); e < n; e++) {
        element(html, pageNames, random, 0);
      }
      String page = html.append("</article></body></html>").toString();

      Article article;
      try {
        article = HtmlArticles.parse(page, URL);
      } catch (PageParseException expected) {
        assertThat(expected.getMessage()).as(page).startsWith(URL.toString());
        continue;
      }
      assertThat(NewsJson.standard().read(NewsJson.standard().write(article))).as(page).isEqualTo(article);
    }
  }

  private static void element(StringBuilder html, List<String> names, Random random, int depth) {
    String tag = TAGS[random.nextInt(TAGS.length)];
    html.append('<').append(tag);
    String words = names.get(random.nextInt(names.size()));
    switch (random.nextInt(4)) {
      case 0 -> html.append(" id='").append(words).append('\'');
      case 1 -> html.append(" class='").append(words).append('\'');
      case 2 -> {
        // the same words split into an id and a class, as the index joins them
        int space = words.indexOf(' ');
        html.append(" id='").append(space < 0 ? words : words.substring(0, space)).append("' class='")
            .append(space < 0 ? names.get(random.nextInt(names.size())) : words.substring(space + 1)).append('\'');
      }
      default -> { }
    }
    html.append('>').append(TEXTS[random.nextInt(TEXTS.length)]);
    if (depth < 3) {
      for (int c = 0, n = random.nextInt(3); c < n; c++) {
        element(html, names, random, depth + 1);
      }
    }
    html.append("</").append(tag).append('>');
  }
}
