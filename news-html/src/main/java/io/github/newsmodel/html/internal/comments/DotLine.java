package io.github.newsmodel.html.internal.comments;

import static io.github.newsmodel.html.internal.comments.CommentScope.isInside;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * A comment's line of parts set apart by middle dots, that ends with the permalink linking to itself: Textpattern's
 * first default form prints "— <a href=site>Ann</a> · 14 March 2019, 11:02 · <a href="...#c000127"
 * id="c000127">#</a>" under each comment, in a {@code p.small} that names neither the author nor the date. The
 * first part is the commenter, whose link is their site (or an e-mail address, which is no page); the second is the
 * time. The line is the comment's footer, not its text.
 *
 * @param element the line's element
 * @param name the first part's text, without the dash that opens it
 * @param link the first part's link, if the name is one
 * @param when the second part's text
 */
record DotLine(Element element, String name, @Nullable Element link, String when) {
  /** What sets the parts apart. */
  private static final char DOT = '·';
  /** A line longer than this is text, not a footer. */
  private static final int MAX_LINE = 160;

  /**
   * Finds the line: the parent of the comment's first self-linking permalink, outside its text, whose own text
   * holds a middle dot.
   *
   * @param scope the elements of the comment, in document order
   * @param text the comment's text element, if it names one
   * @param root the comment's element
   * @return the line, if the comment prints one
   */
  static Optional<DotLine> find(List<Element> scope, @Nullable Element text, Element root) {
    for (Element e : scope) {
      // a cheap test first: only a link is asked whether it links to itself
      if (!e.normalName().equals("a") || e.id().isEmpty() || !e.attr("href").endsWith("#" + e.id())) {
        continue;
      }
      Element line = e.parent();
      if (line == null || line == root || text != null && isInside(line, text, root)) {
        return Optional.empty();
      }
      return read(line);
    }
    return Optional.empty();
  }

  /** The parts of a line, split at the dots of its own text. */
  private static Optional<DotLine> read(Element line) {
    if (line.text().length() > MAX_LINE) {
      return Optional.empty();
    }
    List<List<Node>> parts = new ArrayList<>();
    List<Node> part = new ArrayList<>();
    parts.add(part);
    for (Node n : line.childNodes()) {
      if (n instanceof TextNode t && t.text().indexOf(DOT) >= 0) {
        String[] pieces = t.text().split(String.valueOf(DOT), -1);
        for (int i = 0; i < pieces.length; i++) {
          if (i > 0) {
            part = new ArrayList<>();
            parts.add(part);
          }
          part.add(new TextNode(pieces[i]));
        }
      } else {
        part.add(n);
      }
    }
    if (parts.size() < 3) {
      return Optional.empty(); // a name, a date and the permalink: two dots at least
    }
    Element link = null;
    StringBuilder name = new StringBuilder();
    for (Node n : parts.get(0)) {
      if (n instanceof Element e) {
        link = link == null && e.normalName().equals("a") ? e : link;
        name.append(e.text());
      } else if (n instanceof TextNode t) {
        name.append(t.text());
      }
    }
    StringBuilder when = new StringBuilder();
    for (Node n : parts.get(1)) {
      when.append(n instanceof Element e ? e.text() : n instanceof TextNode t ? t.text() : "");
    }
    String cleaned = Texts.normalise(name.toString()).strip().replaceFirst("^[—–-]\\s*", "");
    return Optional.of(new DotLine(line, cleaned, link, Texts.normalise(when.toString()).strip()));
  }

  /** The commenter the first part names, with their site where the name links to one. */
  Optional<Author> author() {
    return CommenterNames.name(name).flatMap(n -> CommenterNames.author(n, link));
  }

  /** The time the second part gives, if it is one as a whole. */
  Optional<ResolvedTime> time(CommentTimes times) {
    return times.exact(when);
  }
}
