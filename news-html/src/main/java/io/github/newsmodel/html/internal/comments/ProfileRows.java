package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The labelled rows of the profile box that forum software prints beside each post, and the box itself: the day
 * the poster joined ("Registriert: Mi 12. Mär 2005, 10:00", "Joined: Nov 2023", "Inscrit le 12/03/2005") and how
 * much they wrote ("Beiträge: 1234", "Posts: 14"). A join date is the poster's, not the post's: it must lose to the
 * post's own date, and neither it nor the counts are the post's text.
 *
 * <p>A row starts with its label, in the text node that holds the label and its value (MyBB's
 * {@code author_statistics}, "Joined: Nov 2023&lt;br&gt;"), or in an element of its own with the value after it
 * (phpBB's {@code <dd class=profile-joined><strong>Registriert:</strong> 18.09.2008</dd>}, XenForo's and
 * vBulletin's {@code <dt>Joined</dt><dd>Mar 3, 2015</dd>}). The row is the largest element around the label that
 * starts with it, stays short and holds no other label; of a label alone, the nodes after it up to a line break,
 * the next label or the next {@code dt}. The box is the element around a row, when it is short and not the
 * comment's own element; a date in it loses to a date outside it: phpBB's {@code dl.postprofile}, vBulletin's {@code userinfo}, SMF's {@code ul.user_info},
 * MyBB's {@code author_statistics}, FluxBB's {@code dl.postleft}.
 */
final class ProfileRows {
  /** Labels of the day a poster joined, in the languages of forum software's translations. */
  private static final String JOINED = "registriert(?: seit| am)?|mitglied seit|dabei seit|angemeldet seit|"
      + "anmeldedatum|joined(?: on)?|join date|registered(?: on)?|member since|registration date|"
      + "rekisteröitynyt|liittynyt|inscrit(?:e)?(?: le| depuis)?|inscription|date d'inscription|"
      + "registrado(?: el| desde)?|fecha de registro|miembro desde|membro desde|iscritto(?: il| dal)?|"
      + "registrato|data di registrazione|geregistreerd(?: op)?|lid sinds|registrerad|medlem sedan|"
      + "dołączył(?:a|\\(a\\))?|rejestracja|зарегистрирован(?:а|\\(а\\))?|регистрация|дата регистрации|"
      + "на сайте с";
  /** Labels of a poster's counts, whose value is a number. */
  private static final String COUNTS = "beiträge|themen|posts|threads|reputation|messages|mensajes|mensagens|"
      + "messaggi|viestit|viestejä|berichten|inlägg|posty|сообщения|сообщений|темы|репутация";
  /** A text that is a label alone, with its colon: the value follows in the next nodes. */
  private static final Pattern LABEL_ONLY =
      Pattern.compile("(?iu)(?:" + JOINED + "|" + COUNTS + ")\\s*[:：]");
  /** A label without its colon, as a definition list's term or a table's heading prints it: "Joined". */
  private static final Pattern BARE_LABEL = Pattern.compile("(?iu)(?:" + JOINED + "|" + COUNTS + ")");
  /** Elements that print a label without its colon. */
  private static final Set<String> TERMS = Set.of("dt", "th", "label");
  /** A text that starts with a label and holds its value: a join date holds a digit, a count is a number. */
  private static final Pattern LABELLED_VALUE = Pattern.compile("(?iu)(?:(?:" + JOINED + ")(?![\\p{L}])"
      + "\\s*[:：]?\\s*\\S.*\\d.*|(?:" + COUNTS + ")\\s*[:：]\\s*\\d[\\d.,'  ]*)");
  /** A row is a short line. */
  static final int MAX_ROW = 80;
  /** A profile box holds a name, a rank and a few rows. */
  private static final int MAX_BOX = 400;

  private static final ProfileRows NONE = new ProfileRows(Set.of(), Set.of(), null);

  private final Set<Node> rows;
  private final Set<Element> boxes;
  private final @Nullable Element root;

  private ProfileRows(Set<Node> rows, Set<Element> boxes, @Nullable Element root) {
    this.rows = rows;
    this.boxes = boxes;
    this.root = root;
  }

  /**
   * Finds the profile rows of a comment.
   *
   * @param scope the comment's elements ({@link CommentScope})
   * @param text the element of the comment's text, if the page names one: what the poster wrote is no row
   * @param root the comment's element, which is no row nor box
   * @return the rows and the boxes found
   */
  static ProfileRows of(List<Element> scope, @Nullable Element text, Element root) {
    List<TextNode> labels = new ArrayList<>();
    for (Element e : scope) {
      if (!Texts.holdsOwnText(e) || text != null && (e == text || CommentScope.isInside(e, text, root))) {
        continue;
      }
      boolean term = TERMS.contains(e.normalName());
      // the element's text nodes, as textNodes() lists them, without the list
      for (int i = 0, n = e.childNodeSize(); i < n; i++) {
        if (!(e.childNode(i) instanceof TextNode t) || !term && !digitOrColon(t.getWholeText())) {
          continue;
        }
        String s = Texts.normalise(t.getWholeText());
        if (!s.isEmpty() && s.length() <= MAX_ROW && (LABEL_ONLY.matcher(s).matches()
            || LABELLED_VALUE.matcher(s).matches()
            || term && BARE_LABEL.matcher(s).matches())) {
          labels.add(t);
        }
      }
    }
    if (labels.isEmpty()) {
      return NONE;
    }
    Map<Element, Integer> labelsInside = new IdentityHashMap<>();
    Set<Node> labelNodes = Collections.newSetFromMap(new IdentityHashMap<>());
    labelNodes.addAll(labels);
    for (TextNode t : labels) {
      for (Element p = t.parent(); p != null && p != root; p = p.parent()) {
        labelsInside.merge(p, 1, Integer::sum);
      }
    }
    Set<Node> rows = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TextNode t : labels) {
      String label = Texts.normalise(t.getWholeText());
      Node top = t;
      for (Element p = t.parent(); p != null && p != root; p = p.parent()) {
        String line = Texts.shortText(p, MAX_ROW).orElse(null);
        if (line == null || !line.startsWith(label) || labelsInside.getOrDefault(p, 0) > 1) {
          break;
        }
        top = p;
      }
      rows.add(top);
      String rowText = top instanceof Element e ? Texts.normalise(e.text()) : label;
      if (LABEL_ONLY.matcher(rowText).matches() || BARE_LABEL.matcher(rowText).matches()) {
        addValue(top, labelsInside, labelNodes, rows);
      }
      if (top.parent() instanceof Element box && box != root && Texts.shortText(box, MAX_BOX).isPresent()) {
        boxes.add(box);
      }
    }
    return new ProfileRows(rows, boxes, root);
  }

  /**
   * Whether a text holds an ASCII digit or a colon, as every row that {@link #LABEL_ONLY} or {@link #LABELLED_VALUE}
   * matches does: a label alone ends with its colon, a labelled value holds a digit ({@code \d} without the
   * {@code U} flag reads ASCII digits only). Normalising a text keeps both, so the raw text is asked: the texts of most
   * of a comment's words hold neither and are ruled out without being normalised or matched.
   */
  private static boolean digitOrColon(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c == ':' || c == '\uff1a') {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the value after a label alone to its row: the nodes after it up to a line break, the next label or the
   * next term of a definition list, the {@code dd} after a {@code dt} at most.
   */
  private static void addValue(Node label, Map<Element, Integer> labelsInside, Set<Node> labelNodes,
      Set<Node> rows) {
    int length = 0;
    for (Node s = label.nextSibling(); s != null && length <= MAX_ROW; s = s.nextSibling()) {
      if (labelNodes.contains(s)) {
        return;
      }
      if (s instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br") || tag.equals("hr") || tag.equals("dt") || labelsInside.containsKey(e)) {
          return;
        }
        rows.add(e);
        length += Texts.shortText(e, MAX_ROW).map(String::length).orElse(MAX_ROW + 1);
        if (tag.equals("dd") || e.isBlock()) {
          return;
        }
      } else if (s instanceof TextNode t) {
        rows.add(t);
        length += Texts.normalise(t.getWholeText()).length();
      }
    }
  }

  /** Whether the comment shows no profile row. */
  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Whether a node is a row, itself. */
  boolean isRow(Node n) {
    return rows.contains(n);
  }

  /** Whether a node is a row or a box, itself. */
  boolean isRowOrBox(Node n) {
    return rows.contains(n) || n instanceof Element e && boxes.contains(e);
  }

  /** Whether a node is a row or a part of one. */
  boolean inRow(Node n) {
    return !rows.isEmpty() && within(n, rows);
  }

  /** Whether the comment shows a profile box around its rows. */
  boolean boxed() {
    return !boxes.isEmpty();
  }

  /**
   * Whether an element is left out of a comment's text: a row, or, where the page names no element as the text,
   * a box that holds no paragraph and little but its rows (a name, a rank).
   */
  boolean skippedInText(Element e, @Nullable Element text) {
    if (rows.contains(e)) {
      return true;
    }
    return text == null && boxes.contains(e) && e.getElementsByTag("p").isEmpty()
        && textWithout(e).length() <= MAX_ROW;
  }

  private boolean within(Node n, Set<? extends Node> set) {
    for (Node p = n; p != null && p != root; p = p.parent()) {
      if (set.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The normalised text of an element without its profile rows: the line a comment's author element prints,
   * without the day the author joined.
   */
  String textWithout(Element e) {
    if (rows.isEmpty()) {
      return Texts.normalise(e.text());
    }
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter((node, depth) -> {
      if (rows.contains(node)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof TextNode t) {
        out.append(t.getWholeText()).append(' ');
      } else if (node instanceof Element b && b.normalName().equals("br")) {
        out.append(' ');
      }
      return FilterResult.CONTINUE;
    }, e);
    return Texts.normalise(out.toString());
  }
}
