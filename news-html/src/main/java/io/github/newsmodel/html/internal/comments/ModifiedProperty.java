package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The edit that a comment's schema.org {@code dateModified} records: Discourse marks each post with {@code <meta
 * itemprop=dateModified>}, the time of its last revision, and the same as its {@code datePublished} when it has
 * none. A later time is an edit the page prints no notice of.
 */
final class ModifiedProperty {
  private ModifiedProperty() {}

  /**
   * The edit of a comment, if its own elements mark a modification time after its published time.
   *
   * @param scope the comment's own elements, without its replies
   * @param published when the comment was posted; without it, a modification time may be the posting time
   * @param times how the page's times are read
   * @param notices the comment's edit notices, which gave no time but may name the editor (NodeBB's "last edited
   *     by X")
   * @return the edit, with its time and the editor the notices name, if they name one: the page does not say why
   */
  static Optional<EditRecord> edit(List<Element> scope, Optional<ResolvedTime> published, CommentTimes times,
      Collection<Element> notices) {
    if (published.isEmpty() || published.get().dateOnly()) {
      return Optional.empty();
    }
    for (Element e : scope) {
      if (e.hasAttr("itemprop") && ItemProperty.of(e).equals("datemodified")) {
        String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
        Optional<ResolvedTime> at = times.exact(value).filter(t -> !t.dateOnly()
            && t.time().toInstant().isAfter(published.get().time().toInstant()));
        if (at.isEmpty()) {
          return Optional.empty();
        }
        try {
          EditRecord.Builder edit = EditRecord.builder().editedAt(at.get().time()).kind(EditKind.UPDATE);
          at.get().assumedZone().ifPresent(edit::assumedZone);
          // only one: the notices come in no order, and two names tell no one editor
          List<Author> editors = notices.stream().map(EditNotices::editor).flatMap(Optional::stream).distinct()
              .toList();
          if (editors.size() == 1) {
            edit.editor(editors.get(0));
          }
          return Optional.of(edit.build());
        } catch (InvalidValueException ex) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
