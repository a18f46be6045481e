package io.github.newsmodel.html.internal.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The reporters that a Korean wire story names where it opens, "(서울=연합뉴스) 홍길동 기자 = 정부는 ...": the place
 * and the agency in brackets, the names and the reporter's word, then "=" and the story. Yonhap, News1, Newsis and
 * the papers and portals that run their stories open so ("[서울=뉴시스]홍길동·김철수 기자 ="), and print no byline of
 * their own besides, so one of {@link PageAuthors}' last resorts reads it.
 */
final class KoreanWireLead {
  /** How far into its text a story's opening names its reporters. */
  private static final int OPENING = 80;
  private static final Pattern LEAD = Pattern.compile("^[(\\[]\\s*[^()\\[\\]=]{1,15}=\\s*[^()\\[\\]=]{1,20}[)\\]]\\s*"
      + "((?:\\p{IsHangul}{2,4}[\\s·,]*){1,4}?)\\s*(?:기자|특파원)\\s*=");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s·,]+");

  private KoreanWireLead() {}

  /**
   * The reporters of the first text that opens as a wire story does.
   *
   * @param all the page's elements in document order
   * @param regions the page's regions: an opening in a list of other stories is not this story's
   * @return the reporters' names as printed, "홍길동"; empty if no text opens so
   */
  static List<String> names(List<Element> all, PageRegions regions) {
    for (Element e : all) {
      if (e.childNodeSize() == 0 || !(e.childNode(0) instanceof TextNode text)) {
        continue;
      }
      String opening = opening(text);
      if (opening.isEmpty()) {
        continue;
      }
      Matcher m = LEAD.matcher(opening);
      if (m.find() && !regions.inOtherContent(e)) {
        List<String> names = new ArrayList<>();
        for (String name : SEPARATORS.split(m.group(1).strip())) {
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
        return names;
      }
    }
    return List.of();
  }

  /** The start of a text that opens with a bracket, as a wire story's opening does; "" for any other text. */
  private static String opening(TextNode node) {
    String text = node.getWholeText();
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length() || text.charAt(i) != '(' && text.charAt(i) != '[') {
      return "";
    }
    return text.substring(i, Math.min(text.length(), i + OPENING));
  }
}
