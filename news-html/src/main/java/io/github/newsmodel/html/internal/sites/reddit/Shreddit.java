package io.github.newsmodel.html.internal.sites.reddit;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the markup of Reddit's web app from 2023 on, which the server renders as custom elements that carry their
 * data as attributes: {@code <shreddit-post>} with {@code post-title}, {@code author}, {@code created-timestamp},
 * {@code comment-count} and {@code subreddit-prefixed-name}, and a {@code <shreddit-comment>} for each comment
 * with {@code thingid}, {@code author}, {@code created} and, for a reply, {@code parentid}; a reply is also set
 * inside the comment it answers. A comment's text is in its {@code slot="comment"} block, or in the element whose
 * id is the comment's followed by {@code -comment-rtjson-content} (or {@code -post-rtjson-content}); its meta
 * line says "Edited" before a
 * {@code <faceplate-timeago ts>} once it was edited. Times are ISO 8601 with an offset, read as they are.
 *
 * @param page the page
 * @param plausible whether a time may be true of the page: not before 1990, not after its capture
 */
record Shreddit(Document page, Predicate<OffsetDateTime> plausible) implements ThreadMarkup {
  private static final BlockReader TEXT = BlockReader.standard();
  private static final String COMMENT = "shreddit-comment";
  /** ISO 8601 as the app writes it: "2023-10-05T12:34:56.789000+0000", with or without the offset's colon. */
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d{1,9})?)?)(Z|[+-]\\d\\d):?(\\d\\d)?");

  @Override
  public Optional<Element> post() {
    return Optional.ofNullable(page.selectFirst("shreddit-post"));
  }

  @Override
  public Optional<String> title(Element post) {
    return Texts.nonBlank(post.attr("post-title"));
  }

  @Override
  public Optional<String> community(Element post) {
    return Texts.nonBlank(post.attr("subreddit-prefixed-name"));
  }

  @Override
  public OptionalInt commentCount(Element post) {
    return ThreadMarkup.count(post.attr("comment-count"));
  }

  @Override
  public Optional<Author> author(Element thing) {
    return CommentThread.named(thing.attr("author"));
  }

  @Override
  public Optional<ResolvedTime> published(Element post) {
    return time(post.attr("created-timestamp")).map(t -> new ResolvedTime(t, Optional.empty()));
  }

  @Override
  public List<Comment> comments() {
    List<Comment> comments = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element thing : page.select(COMMENT)) {
      Optional<String> id = Texts.nonBlank(thing.attr("thingid"));
      if (id.isPresent() && !ids.contains(id.get())) {
        comment(thing, id.get(), ids).ifPresent(c -> {
          comments.add(c);
          ids.add(c.id());
        });
      }
    }
    return comments;
  }

  private Optional<Comment> comment(Element thing, String id, Set<String> earlier) {
    // A text that a truncated page cuts short is no comment's text: the comment is left out whole.
    List<Block> body = body(thing, id).filter(Cutoff::complete).map(TEXT::read).orElse(List.of());
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Comment.Builder comment = CommentThread.started(id, body);
    Optional<Author> author = author(thing);
    author.ifPresent(comment::author);
    Optional<OffsetDateTime> published = time(thing.attr("created"));
    published.ifPresent(comment::publishedAt);
    edited(thing).filter(edited -> published.isEmpty() || !edited.isBefore(published.get()))
        .ifPresent(edited -> comment.addEdits(CommentThread.edit(edited, Optional.empty(), author)));
    Texts.nonBlank(thing.attr("parentid"))
        .or(() -> enclosing(thing).flatMap(p -> Texts.nonBlank(p.attr("thingid"))))
        .filter(earlier::contains).ifPresent(comment::replyTo);
    return Optional.of(comment.build());
  }

  /**
   * A comment's own text: its comment slot, not one of its replies', or the block named after its id, which some
   * versions of the app set apart from the comment's element.
   */
  private Optional<Element> body(Element thing, String id) {
    for (Element slot : thing.select("[slot=comment]")) {
      if (enclosing(slot).filter(c -> c == thing).isPresent()) {
        return Optional.of(slot);
      }
    }
    return Optional.ofNullable(page.getElementById(id + "-comment-rtjson-content"))
        .or(() -> Optional.ofNullable(page.getElementById(id + "-post-rtjson-content")));
  }

  /** When a comment was last edited: the time after "Edited" in its own meta line. */
  private Optional<OffsetDateTime> edited(Element thing) {
    for (Element meta : thing.select("[slot=commentMeta]")) {
      if (enclosing(meta).filter(c -> c == thing).isEmpty()) {
        continue;
      }
      for (Element ago : meta.select("faceplate-timeago[ts]")) {
        Element label = ago.parent();
        if (label != null && label != meta && Texts.normalise(label.ownText()).toLowerCase(Locale.ROOT)
            .startsWith("edited")) {
          return time(ago.attr("ts"));
        }
      }
    }
    return Optional.empty();
  }

  /** The comment an element belongs to: the nearest {@code <shreddit-comment>} around it. */
  private static Optional<Element> enclosing(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals(COMMENT)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> time(String text) {
    Matcher m = ISO.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    String offset = m.group(2).equals("Z") ? "Z" : m.group(2) + ":" + (m.group(3) == null ? "00" : m.group(3));
    try {
      return Optional.of(OffsetDateTime.parse(m.group(1) + offset)).filter(plausible);
    } catch (DateTimeParseException e) {
      return Optional.empty(); // "2023-02-30T..."
    }
  }
}
