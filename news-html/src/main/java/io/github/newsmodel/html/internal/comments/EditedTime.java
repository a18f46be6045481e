package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A comment's only time marked as its last edit's: Lobsters prints "ann edited <a><time>2 hours ago</time></a>" for
 * an edited comment and the time of the edit in place of the time of posting, which the page then no longer shows.
 * The time is the edit's, and the comment has none of its own.
 */
final class EditedTime {
  private static final String MARK = "edited";

  private EditedTime() {}

  /**
   * The comment's time element marked as its last edit's.
   *
   * @param scope the comment's elements
   * @param root the comment's element
   * @return the first {@code time} element so marked, if any
   */
  static Optional<Element> marked(List<Element> scope, Element root) {
    for (Element e : scope) {
      if (e.normalName().equals("time") && marks(e, root)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the word right before a comment's time element, or before the link that is all it holds, is "edited".
   *
   * @param time the comment's time element
   * @param root the comment's element
   * @return whether the time is marked as the edit's
   */
  static boolean marks(Element time, Element root) {
    Element at = time;
    Element p = time.parent();
    if (p != null && p != root && p.normalName().equals("a") && p.childrenSize() == 1 && p.ownText().isBlank()) {
      at = p;
    }
    Node before = at.previousSibling();
    if (!(before instanceof TextNode t)) {
      return false;
    }
    String words = t.text().strip().toLowerCase(Locale.ROOT);
    return words.equals(MARK) || words.endsWith(" " + MARK);
  }

  /**
   * The edit a marked time reports.
   *
   * @param time the time
   * @return the edit, if the model takes it
   */
  static Optional<EditRecord> edit(ResolvedTime time) {
    try {
      EditRecord.Builder edit = EditRecord.builder().editedAt(time.time()).editedAtDateOnly(time.dateOnly())
          .note(MARK).kind(EditKind.UPDATE);
      time.assumedZone().ifPresent(edit::assumedZone);
      return Optional.of(edit.build());
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
