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

  /** In a flat list, "@Bernd" at the start of a text answers Bernd's latest comment above it; the words stay. */
  @Test
  void anAtBeforeAnEarlierAuthorsNameRepliesInAFlatList() {
    List<Comment> comments = CommentThread.build(List.of(by(unit("c1"), "Bernd", "First."),
        by(unit("c2"), "Clara", "Second."), by(unit("c3"), "Bernd", "Third."),
        by(unit("c4"), "Dora", "@Bernd: fourth."), by(unit("c5"), "Emil", "@Gustav fifth.")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "-", "-", "c3", "-");
    assertThat(comments.get(3).text()).isEqualTo("@Bernd: fourth.");
  }

  /** In a flat list, "Bernd:" without the "@" answers Bernd too, but only where Bernd commented above. */
  @Test
  void anEarlierAuthorsNameAndAColonRepliesInAFlatList() {
    List<Comment> comments = CommentThread.build(List.of(by(unit("c1"), "Bernd", "First."),
        by(unit("c2"), "Clara", "Bernd: second."), by(unit("c3"), "Dora", "Note: third."),
        by(unit("c4"), "Bernd", "Bernd: my own afterword.")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "c1", "-", "-");
  }

  /**
   * Where the page nests replies, a comment it shows at the top that opens with "@Bernd" answers Bernd all the
   * same: its reader addressed Bernd without the reply button. "Bernd:" alone does not.
   */
  @Test
  void anAtAtTheTopOfANestedListAnswersThatAuthor() {
    Unit first = unit("c1");
    Unit reply = unit("c2");
    reply.parent = first;

    List<Comment> comments = CommentThread.build(List.of(by(first, "Bernd", "First."),
        by(reply, "Clara", "@Dora a reply."), by(unit("c3"), "Dora", "@Bernd at the top."),
        by(unit("c4"), "Emil", "Clara: at the top."), by(unit("c5"), "Fritz", "Plain.")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "c1", "c1", "-", "-");
  }

  /**
   * A forum thread's first post is its article ({@link OpeningPost}), which a reply to it would make a comment:
   * "@" and its poster's name answer the thread, not that post.
   */
  @Test
  void anAtNamingAForumThreadsOpeningPosterAnswersThePostsAfterIt() {
    Unit opening = Unit.forumPost(new Element("div").id("p1"), null, null);
    List<Comment> comments = CommentThread.build(List.of(by(opening, "Ann", "The question."),
        by(Unit.forumPost(new Element("div").id("p2"), null, null), "Bob", "@Ann an answer."),
        by(Unit.forumPost(new Element("div").id("p3"), null, null), "Ann", "Thanks."),
        by(Unit.forumPost(new Element("div").id("p4"), null, null), "Bob", "@Ann you are welcome.")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-")).containsExactly("-", "-", "-", "p3");
  }

  /** "@#3" names the comment that shows the number 3, as "Antwort auf #3" does. */
  @Test
  void anAtBeforeANumberAnswersTheCommentOfThatNumber() {
    List<Comment> comments = CommentThread.build(List.of(
        new Draft(unit("c1"), List.of(Paragraph.of("One.")), Optional.empty(), Optional.empty(),
            OptionalInt.of(3), List.of()),
        new Draft(unit("c2"), List.of(Paragraph.of("@#3 Yes.")), Optional.empty(), Optional.empty(),
            OptionalInt.of(4), List.of())));

    assertThat(comments.get(1).replyTo()).hasValue("c1");
  }

  /** "@3:", "@7 " and "@10," name the comment of that number too; "@7pm" and "@10.30" are no number. */
  @Test
  void anAtBeforeABareNumberAnswersTheCommentOfThatNumber() {
    List<Comment> comments = CommentThread.build(List.of(numbered("c1", 3, "One."), numbered("c2", 7, "Two."),
        numbered("c3", 10, "@3: yes."), numbered("c4", 11, "@7 no."), numbered("c5", 12, "@7pm then."),
        numbered("c6", 13, "@10.30 then."), numbered("c7", 14, "@ 7 of us."), numbered("c8", 15, "@10, ja.")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-"))
        .containsExactly("-", "-", "c1", "c2", "-", "-", "-", "c3");
  }

  /**
   * "#3" and a colon or dash that open a text name the comment of that number ("#3 – nun ja"); a rank ("#1 reason"),
   * a span ("#3-5", "#3 – #5") and a number no earlier comment shows name none.
   */
  @Test
  void aNumberAndADashAnswersTheCommentOfThatNumber() {
    List<Comment> comments = CommentThread.build(List.of(numbered("c1", 3, "One."), numbered("c2", 4, "Two."),
        numbered("c3", 5, "#3 – nun ja."), numbered("c4", 6, "#4: no."), numbered("c5", 7, "#3 - so."),
        numbered("c6", 8, "#1 reason: cost."), numbered("c7", 9, "#3-5 are right."),
        numbered("c8", 10, "#3 – #5 are right."), numbered("c9", 11, "#12 – later."), numbered("c10", 12, "#3 was right.")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-"))
        .containsExactly("-", "-", "c1", "c2", "c1", "-", "-", "-", "-", "-");
  }

  /**
   * Where no comment shows a number but they are the items of an ordered list, a reply names the number the list
   * shows before a comment, from the list's start; the comments get no number from it. A draft left out, such as
   * an empty box beside the list, stands in no place of it.
   */
  @Test
  void aNumberAnswersTheCommentTheOrderedListShowsItBefore() {
    Element list = new Element("ol").attr("start", "11");
    List<Unit> items = new java.util.ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      items.add(new Unit(list.appendElement("li").id("comment-" + i)));
    }
    Unit box = new Unit(new Element("div").id("box"));

    List<Comment> comments = CommentThread.build(List.of(by(items.get(0), "Ann", "One."),
        by(items.get(1), "Bob", "@#11 yes."), by(items.get(2), "Cem", "#12 – no."), by(items.get(3), "Dan", "@#3 who?"),
        new Draft(box, List.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of()),
        by(items.get(4), "Eva", "@#15 me?")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-"))
        .containsExactly("-", "comment-1", "comment-2", "-", "-");
    assertThat(comments).allSatisfy(c -> assertThat(c.number()).isEmpty());
  }

  /**
   * A reply that shows its place in the thread, "#1.1", answers the earlier comment that shows the place above it,
   * "#1", and "#1.1.1" answers "#1.1"; a place whose parent shows above it nowhere makes no reply, and a parent the
   * page nests the reply in comes first.
   */
  @Test
  void aReplysPlaceAnswersTheCommentOfThePlaceAboveIt() {
    Unit second = unit("c4");
    Unit nested = unit("c6");
    nested.parent = second;
    List<Comment> comments = CommentThread.build(List.of(numbered("c1", 1, "One."), placed("c2", "1.1", "Yes."),
        placed("c3", "1.1.1", "No."), numbered(second, 2, "Two."), placed("c5", "3.1", "Whose?"),
        placed(nested, "1.2", "Nested."), placed("c7", "1.2", "Again.")));

    assertThat(comments).extracting(c -> c.replyTo().orElse("-"))
        .containsExactly("-", "c1", "c2", "-", "-", "c4", "c1");
    assertThat(comments).extracting(c -> c.number().orElse(0)).containsExactly(1, 0, 0, 2, 0, 0, 0);
  }

  private static Draft placed(String id, String place, String text) {
    return placed(unit(id), place, text);
  }

  private static Draft placed(Unit unit, String place, String text) {
    return new Draft(unit, List.of(Paragraph.of(text)), Optional.empty(), Optional.empty(), OptionalInt.empty(),
        List.of(), Optional.of(place));
  }

  private static Draft numbered(Unit unit, int number, String text) {
    return new Draft(unit, List.of(Paragraph.of(text)), Optional.empty(), Optional.empty(), OptionalInt.of(number),
        List.of());
  }

  private static Draft numbered(String id, int number, String text) {
    return new Draft(unit(id), List.of(Paragraph.of(text)), Optional.empty(), Optional.empty(),
        OptionalInt.of(number), List.of());
  }

  /**
   * A removed comment keeps its place, so that its replies still answer it, but not the site's notice as its text:
   * unsigned, a notice about commenting would be taken for the section's furniture, and its reply for a thread's.
   */
  @Test
  void aRemovedCommentKeepsItsPlaceAsRemovedWithoutText() {
    Unit removed = unit("c1");
    Unit reply = unit("c2");
    reply.parent = removed;

    List<Comment> comments = CommentThread.build(List.of(
        new Draft(removed, List.of(Paragraph.of("Dieser Kommentar wurde entfernt.")), Optional.empty(),
            Optional.empty(), OptionalInt.empty(), List.of()),
        by(reply, "Bea", "Was stand da?")));

    assertThat(comments).extracting(Comment::id, c -> c.replyTo().orElse("-"), Comment::removed, Comment::text)
        .containsExactly(tuple("c1", "-", true, ""),
            tuple("c2", "c1", false, "Was stand da?"));
    assertThat(comments.get(0).body()).isEmpty();
    assertThat(comments.get(0).author()).isEmpty();
  }
}
