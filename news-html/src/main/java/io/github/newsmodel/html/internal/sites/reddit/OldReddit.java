package io.github.newsmodel.html.internal.sites.reddit;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Cutoff;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.time.PageClock;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the markup of Reddit's first web interface, served at reddit.com until 2018 and at old.reddit.com since,
 * which most archived copies of Reddit threads show. Every post and comment is a {@code div.thing}: the post a
 * {@code thing link}, each comment a {@code thing comment} inside the {@code div.child} of the comment it answers,
 * so the markup is in thread order. A thing's own {@code div.entry} holds its tagline (the author's link
 * {@code a.author}, a {@code <time datetime>} and, once edited, a {@code time.edited-timestamp}) and its text in
 * {@code div.usertext-body div.md}. Pages from before 2012 print the time as text ("3 hours ago"), which is read
 * relative to the capture when that is known. "Load more comments" links are things too, without text, and are
 * skipped.
 *
 * @param page the page
 * @param clock the clock for times printed as text
 */
record OldReddit(Document page, PageClock clock) implements ThreadMarkup {
  private static final BlockReader TEXT = BlockReader.standard();

  @Override
  public Optional<Element> post() {
    return Optional.ofNullable(page.selectFirst("div.thing.link"));
  }

  @Override
  public Optional<String> title(Element post) {
    return entry(post).flatMap(e -> Texts.completeText(e.selectFirst("a.title")));
  }

  @Override
  public Optional<String> community(Element post) {
    Optional<String> prefixed = Texts.nonBlank(post.attr("data-subreddit-prefixed"));
    return prefixed.or(() -> Texts.nonBlank(post.attr("data-subreddit")).map(name -> "r/" + name));
  }

  @Override
  public OptionalInt commentCount(Element post) {
    return ThreadMarkup.count(post.attr("data-comments-count"));
  }

  @Override
  public List<Comment> comments() {
    List<Comment> comments = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element thing : page.select("div.thing.comment")) {
      Optional<String> id = id(thing);
      if (id.isEmpty() || !ids.add(id.get())) {
        continue;
      }
      comment(thing, id.get(), ids).ifPresent(comments::add);
    }
    return comments;
  }

  private Optional<Comment> comment(Element thing, String id, Set<String> earlier) {
    Optional<Element> entry = entry(thing);
    Element text = entry.map(e -> e.selectFirst("div.usertext-body div.md")).orElse(null);
    // A text that a truncated page cuts short is no comment's text: the comment is left out whole.
    List<Block> body = text == null || !Cutoff.complete(text) ? List.of() : TEXT.read(text);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Comment.Builder comment = CommentThread.started(id, body);
    Optional<Author> author = entry.flatMap(this::taglineAuthor);
    author.ifPresent(comment::author);
    Optional<ResolvedTime> published = entry.flatMap(this::taglineTime);
    published.ifPresent(p -> {
      comment.publishedAt(p.time());
      p.assumedZone().ifPresent(comment::assumedZone);
    });
    entry.flatMap(this::edited)
        .filter(edited -> published.isEmpty() || !edited.time().isBefore(published.get().time()))
        .ifPresent(edited -> comment.addEdits(CommentThread.edit(edited.time(), edited.assumedZone(), author)));
    parent(thing).filter(earlier::contains).ifPresent(comment::replyTo);
    return Optional.of(comment.build());
  }

  @Override
  public Optional<Author> author(Element thing) {
    return entry(thing).flatMap(this::taglineAuthor);
  }

  private Optional<Author> taglineAuthor(Element entry) {
    Element tagline = entry.selectFirst("p.tagline");
    Element link = tagline == null ? null : tagline.selectFirst("a.author");
    Optional<String> name = Texts.completeText(link).filter(n -> !n.equals(CommentThread.DELETED));
    return name.map(n -> {
      Author.Builder author = Author.builder().name(n);
      Urls.http(link, "href").ifPresent(author::url);
      return author.build();
    });
  }

  @Override
  public Optional<ResolvedTime> published(Element thing) {
    return entry(thing).flatMap(this::taglineTime);
  }

  private Optional<ResolvedTime> taglineTime(Element entry) {
    Element tagline = entry.selectFirst("p.tagline");
    if (tagline == null) {
      return Optional.empty();
    }
    for (Element time : tagline.select("time[datetime]")) {
      if (!time.hasClass("edited-timestamp")) {
        return clock.exact(time.attr("datetime"));
      }
    }
    // Before <time>, the tagline read "[–] name 5 points 3 hours ago", the posting time first.
    return clock.relative(Texts.normalise(tagline.text()));
  }

  private Optional<ResolvedTime> edited(Element entry) {
    Element time = entry.selectFirst("p.tagline time.edited-timestamp[datetime]");
    return time == null ? Optional.empty() : clock.exact(time.attr("datetime"));
  }

  /** A thing's own entry, not one of the entries of the replies inside it. */
  private static Optional<Element> entry(Element thing) {
    for (Element child : thing.children()) {
      if (child.hasClass("entry")) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** A comment's id, {@code t1_c95lpk0}, from its {@code data-fullname} or its element id. */
  private static Optional<String> id(Element thing) {
    Optional<String> full = Texts.nonBlank(thing.attr("data-fullname"));
    return full.or(() -> Optional.of(thing.id()).filter(i -> i.startsWith("thing_"))
        .map(i -> i.substring("thing_".length())).filter(i -> !i.isBlank()));
  }

  /** The comment a comment answers: the nearest comment thing around it. */
  private static Optional<String> parent(Element thing) {
    for (Element e = thing.parent(); e != null; e = e.parent()) {
      if (e.hasClass("thing") && e.hasClass("comment")) {
        return id(e);
      }
    }
    return Optional.empty();
  }
}
