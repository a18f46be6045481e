package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.comments.CommentReader.Draft;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CommentThreadTest {
  private static Draft draft(Unit unit, String text) {
    return new Draft(unit, List.of(Paragraph.of(text)), Optional.of(Author.of("Ann")), Optional.empty(),
        OptionalInt.empty(), List.of());
  }

  /** A reply names the nearest earlier comment among its parents. */
  @Test
  void aReplyNamesItsParent() {
    Unit first = new Unit(new Element("div").id("c1"));
    Unit second = new Unit(new Element("div").id("c2"));
    second.parent = first;

    List<Comment> comments = CommentThread.build(List.of(draft(first, "First."), draft(second, "Second.")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "c1");
  }

  /**
   * Parents that turn in a circle, which a finder's mistake on a mangled page made (HtmlArticlesFuzzTest hung in
   * this walk for minutes): every comment is still built, in bounded time.
   */
  @Test
  void parentsInACircleEndTheWalk() {
    Unit a = new Unit(new Element("div").id("a"));
    Unit b = new Unit(new Element("div").id("b"));
    Unit c = new Unit(new Element("div").id("c"));
    a.parent = b;
    b.parent = c;
    c.parent = b;

    List<Comment> comments = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> CommentThread.build(List.of(draft(a, "A."), draft(b, "B."), draft(c, "C."))));

    assertThat(comments).extracting(x -> x.replyTo().orElse("-")).containsExactly("-", "-", "b");
  }

  private static Draft by(Unit unit, String name, String text) {
    return new Draft(unit, List.of(Paragraph.of(text)), Optional.of(Author.of(name)), Optional.empty(),
        OptionalInt.empty(), List.of());
  }

  private static Unit unit(String id) {
    return new Unit(new Element("div").id(id));
  }

  /**
   * A removed comment keeps its place, so that its replies still answer it, but not the site's notice as its text:
   * unsigned, a notice about commenting would be taken for the section's furniture, and its reply for a thread's.
   */
  @Test
  void aRemovedCommentKeepsItsPlaceWithTheMarkerForItsText() {
    Unit removed = unit("c1");
    Unit reply = unit("c2");
    reply.parent = removed;

    List<Comment> comments = CommentThread.build(List.of(
        new Draft(removed, List.of(Paragraph.of("Dieser Kommentar wurde entfernt.")), Optional.empty(),
            Optional.empty(), OptionalInt.empty(), List.of()),
        by(reply, "Bea", "Was stand da?")));

    assertThat(comments).extracting(Comment::id, c -> c.replyTo().orElse("-"), Comment::text)
        .containsExactly(tuple("c1", "-", "[deleted]"),
            tuple("c2", "c1", "Was stand da?"));
    assertThat(comments.get(0).author()).isEmpty();
  }
}
