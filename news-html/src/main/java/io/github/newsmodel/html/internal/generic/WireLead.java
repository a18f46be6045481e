package io.github.newsmodel.html.internal.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The reporters that a wire story of East Asia names where it opens, before its first sentence, and that the papers
 * and portals running it print in no byline besides; one of {@link PageAuthors}' last resorts reads them:
 *
 * <ul>
 *   <li>Korean: "(서울=연합뉴스) 홍길동 기자 = 정부는 ...", "[서울=뉴시스]홍길동·김철수 기자 =" (Yonhap, News1,
 *       Newsis): the place and the agency in brackets, the names and the reporter's word, then "=";
 *   <li>Japanese: "【ワシントン＝山田太郎】米政府は ...", "（ワシントン＝山田太郎）": the place and the reporter, where an
 *       agency stands for the reporter in a story it wrote ("【ワシントン＝ロイター】"), which names no one;
 *   <li>Chinese: "新华社北京3月5日电（记者王小明、张三）": the agency's dateline and its reporters in brackets.
 * </ul>
 */
final class WireLead {
  /** How far into its text a story's opening names its reporters. */
  private static final int OPENING = 80;
  private static final Pattern KOREAN = Pattern.compile("^[(\\[]\\s*[^()\\[\\]=]{1,15}=\\s*[^()\\[\\]=]{1,20}[)\\]]\\s*"
      + "((?:\\p{IsHangul}{2,4}[\\s·,]*){1,4}?)\\s*(?:기자|특파원)\\s*=");
  private static final Pattern JAPANESE = Pattern.compile("^[【（(]\\s*[^【】（）()＝=]{1,12}[＝=]\\s*"
      + "((?:[\\p{IsHan}\\p{IsKatakana}ー・]{2,10}[、,\\s]*){1,4}?)\\s*[】）)]");
  private static final Pattern CHINESE = Pattern.compile("^(?:新华社|新華社|中新社|中新网)[^（(]{0,20}[电電]\\s*[（(]\\s*"
      + "(?:记者|記者)\\s*((?:[\\p{IsHan}·]{2,6}[、，,\\s]*){1,6}?)\\s*[）)]");
  private static final List<Pattern> LEADS = List.of(KOREAN, JAPANESE, CHINESE);
  private static final Pattern SEPARATORS = Pattern.compile("[\\s·,、，]+");
  /** The agencies that a Japanese opening names in the reporter's place, "【ワシントン＝ロイター】". */
  private static final Set<String> AGENCIES = Set.of("共同", "共同通信", "時事", "時事通信", "ロイター", "ブルームバーグ",
      "新華社", "聯合", "タス", "ＡＦＰ", "ＡＰ", "ＡＦＰ時事", "ＥＦＥ", "ＡＮＳＡ", "ＵＰＩ");

  private WireLead() {}

  /**
   * The reporters of the first text that opens as a wire story does.
   *
   * @param all the page's elements in document order
   * @param regions the page's regions: an opening in a list of other stories is not this story's
   * @return the reporters' names as printed, "홍길동", "山田太郎"; empty if no text opens so
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
      for (Pattern lead : LEADS) {
        Matcher m = lead.matcher(opening);
        if (m.find() && !regions.inOtherContent(e)) {
          return names(m.group(1));
        }
      }
    }
    return List.of();
  }

  private static List<String> names(String run) {
    List<String> names = new ArrayList<>();
    for (String name : SEPARATORS.split(run.strip())) {
      if (!name.isEmpty() && !AGENCIES.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The start of a text that opens as one of the forms does, with a bracket or an agency's name in Han; "" for any
   * other text, which is nearly every text of a page.
   */
  private static String opening(TextNode node) {
    String text = node.getWholeText();
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return "";
    }
    char c = text.charAt(i);
    if (c != '(' && c != '[' && c != '【' && c != '（' && c != '新' && c != '中') {
      return "";
    }
    return text.substring(i, Math.min(text.length(), i + OPENING));
  }
}
