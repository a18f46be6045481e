package io.github.newsmodel.html.internal.sites.afterdawn;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.EditTimes;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads AfterDawn's comment section, {@code #comments}:
 *
 * <ul>
 *   <li>{@code h3.commentsTitle}: "5 user comments", the declared count if the byline gave none;
 *   <li>{@code div.comment}, each with {@code span.commentNumber}, {@code span.commentDate} ("24.5.2007 17:46"),
 *       an optional {@code span.commentAuthor}, the text {@code div.commentText} in which {@code div.quote} quotes
 *       the article or another comment, and an optional edit notice {@code div.commentEdited} ("This message has
 *       been edited since its posting. Latest edit was made on 25 May 2007 @ 3:38");
 *   <li>{@code p.commentsClosed} ("Comments have been disabled for this article.") or the form
 *       {@code form#commentForm}, which tell whether comments are open.
 * </ul>
 *
 * <p>A comment's id is its number; a comment without a number of its own (none, or one an earlier comment
 * already has) gets {@code p<position>}, its 1-based place in the section. A comment that the page may have cut
 * off, or whose text is empty, is left out; an unreadable date or edit notice leaves only that value out. Edits
 * are {@link EditKind#UPDATE}s: the notice says the message was edited, which the model counts as an update.
 */
final class AfterDawnComments {
  private static final Pattern HEADING_COUNT = Pattern.compile("^(\\d{1,7}) user comments?$", Pattern.CASE_INSENSITIVE);
  private static final BlockReader TEXT = BlockReader.standard().quoting(e -> e.hasClass("quote"));

  private AfterDawnComments() {}

  /**
   * Reads the comments and whether comments are open.
   *
   * @param page the page
   * @param zone the zone for comment and edit times
   * @param article the article to add them to
   */
  static void read(Document page, ZoneId zone, Article.Builder article) {
    Element section = page.selectFirst("#comments");
    if (section != null) {
      Set<Integer> numbers = new HashSet<>();
      List<Element> comments = section.select("div.comment");
      for (int i = 0; i < comments.size(); i++) {
        comment(comments.get(i), i + 1, zone, numbers).ifPresent(article::addComments);
      }
    }
    if (Texts.completeText(page.selectFirst("#comments .commentsClosed")).isPresent()) {
      article.commentsOpen(false);
    } else if (page.selectFirst("form#commentForm") != null) {
      article.commentsOpen(true);
    }
  }

  /**
   * The count in the section's heading, "5 user comments".
   *
   * @param page the page
   * @return the count, if the heading is there and whole
   */
  static OptionalInt headingCount(Document page) {
    return Texts.completeText(page.selectFirst("#comments h3.commentsTitle"))
        .map(HEADING_COUNT::matcher)
        .filter(Matcher::matches)
        .map(m -> OptionalInt.of(Integer.parseInt(m.group(1))))
        .orElse(OptionalInt.empty());
  }

  private static Optional<Comment> comment(Element c, int position, ZoneId zone, Set<Integer> numbers) {
    if (!Cutoff.complete(c)) {
      return Optional.empty();
    }
    Element text = c.selectFirst("div.commentText");
    List<Block> body = text == null ? List.of() : TEXT.read(text);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    OptionalInt number = number(c.selectFirst("span.commentNumber"));
    // A repeated number is the page's error; the later comment keeps its text but not a number it cannot own.
    if (number.isPresent() && !numbers.add(number.getAsInt())) {
      number = OptionalInt.empty();
    }
    Comment.Builder comment = Comment.builder()
        .id(number.isPresent() ? Integer.toString(number.getAsInt()) : "p" + position)
        .addAllBody(body);
    number.ifPresent(comment::number);
    author(c.selectFirst(".commentAuthor")).ifPresent(comment::author);
    Optional<ResolvedTime> published = Texts.completeText(c.selectFirst("span.commentDate"))
        .flatMap(DateTimes.english()::parse)
        .flatMap(t -> t.in(zone));
    published.ifPresent(p -> {
      comment.publishedAt(p.time());
      p.assumedZone().ifPresent(comment::assumedZone);
    });
    edit(c.selectFirst("div.commentEdited"), zone)
        .filter(e -> published.isEmpty() || EditTimes.notBefore(e, published.get().time()))
        .ifPresent(comment::addEdits);
    return Optional.of(comment.build());
  }

  private static OptionalInt number(Element element) {
    Optional<String> text = Texts.completeText(element);
    if (text.isEmpty() || !text.get().matches("\\d{1,7}")) {
      return OptionalInt.empty();
    }
    int n = Integer.parseInt(text.get());
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  private static Optional<Author> author(Element element) {
    Optional<String> name = Texts.completeText(element).map(n -> n.replaceFirst("(?i)^by\\s+", ""))
        .flatMap(Texts::nonBlank);
    if (element == null || name.isEmpty()) {
      return Optional.empty();
    }
    Author.Builder author = Author.builder().name(name.get());
    Urls.http(element.selectFirst("a[href]"), "href").ifPresent(author::url);
    return Optional.of(author.build());
  }

  /** The notice, kept whole as the note; its date is the edit's time. */
  private static Optional<EditRecord> edit(Element notice, ZoneId zone) {
    Optional<String> note = Texts.completeText(notice);
    Optional<ResolvedTime> at = note.flatMap(DateTimes.english()::find).flatMap(t -> t.in(zone));
    if (note.isEmpty() || at.isEmpty()) {
      return Optional.empty();
    }
    EditRecord.Builder edit = EditRecord.builder()
        .editedAt(at.get().time())
        .note(note.get())
        .kind(EditKind.UPDATE);
    at.get().assumedZone().ifPresent(edit::assumedZone);
    return Optional.of(edit.build());
  }
}
