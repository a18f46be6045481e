package io.github.newsmodel.html;

import java.util.Random;

/**
 * Generates pages of broken markup of any size, the same for the same seed: unclosed and stray tags, tables
 * without ends, lists of links, deep nesting, comment sections, and a comment that never ends.
 */
public final class BrokenMarkup {
  private static final String[] WORDS = ("the council said on monday that the new bridge would open in spring after"
      + " repairs took longer than planned because of the weather and a shortage of steel").split(" ");

  private BrokenMarkup() {}

  /**
   * A page of about the given size.
   *
   * @param bytes the size to reach, in characters
   * @param seed the seed, so that a failure can be reproduced
   * @return the page
   */
  public static String page(int bytes, long seed) {
    Random random = new Random(seed);
    StringBuilder html = new StringBuilder(bytes + 4096)
        .append("<html><head><title>Broken page</title></head><body><div id=main class='content'>");
    int piece = 0;
    while (html.length() < bytes) {
      switch (piece++ % 9) {
        case 0 -> html.append("<p>").append(sentence(random, 40)).append(" <b>").append(sentence(random, 5));
        case 1 -> html.append("<div class=\"comment\" id=\"comment-").append(piece).append("\"><span class=author>")
            .append(sentence(random, 2)).append("</span><p>").append(sentence(random, 25)).append("</div>");
        case 2 -> html.append("<table><tr><td>").append(sentence(random, 3)).append("<td>")
            .append(sentence(random, 3)).append("<tr><td>");
        case 3 -> {
          html.append("<ul class='related'>");
          for (int i = 0; i < 8; i++) {
            html.append("<li><a href='/a/").append(random.nextInt(100000)).append("'>")
                .append(sentence(random, 6)).append("</a>");
          }
        }
        case 4 -> html.append("<div><div><section><article class=\"post\"><h2>").append(sentence(random, 6))
            .append("</h3><p>").append(sentence(random, 30));
        case 5 -> html.append("</span></p></div></td></li>").append(sentence(random, 10));
        case 6 -> html.append("<div class=\"entry-content\"><blockquote>").append(sentence(random, 20))
            .append("<cite>").append(sentence(random, 2)).append("</blockquote></div>");
        case 7 -> html.append("<a href='/x\" class='broken>").append(sentence(random, 4)).append("</a><br><br>");
        default -> html.append("<div class=\"comments\"><ol class=\"comment-list\"><li class=\"comment\"><div "
            + "class=\"comment-content\"><p>").append(sentence(random, 15)).append("</p><time datetime=\"2024-0")
            .append(1 + random.nextInt(9)).append("-1").append(random.nextInt(9)).append("T10:00:00Z\">x</time>")
            .append("<ol class=\"children\"><li class=\"comment\"><p>").append(sentence(random, 8));
      }
    }
    return html.append("<!-- a comment that never ends <p>").toString();
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.append('.').toString();
  }
}
