package io.github.newsmodel.html.internal.sites.reddit;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.jsonld.JsonValues;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The comments of a post from Reddit's page state, as a thread: each reply after the comment it answers, siblings
 * in the order the page shows them.
 *
 * <p>The state lists comments in no reading order, so the order comes from the page: the app renders each comment
 * it shows in an element whose id is the comment's. Comments the page did not render (collapsed ones, or those
 * past its first screen) follow their rendered siblings in the state's order. A comment whose text cannot be read
 * is left out, and its replies answer the comment it answered. A deleted comment that the page still shows as
 * "[deleted]" (or "[removed]", by the moderators) is kept as a removed comment, so that the replies to it stay in
 * place.
 */
final class CommentThread {
  /** Reddit's name for an author whose account is gone, and the text of a comment its author deleted. */
  static final String DELETED = "[deleted]";
  /** The text of a comment that the subreddit's moderators removed. */
  private static final String REMOVED = "[removed]";
  private static final Evaluator RENDERED = QueryParser.parse("[id^=t1_]");
  /** The names Reddit gives accounts; any other text under "author" gets no profile link. */
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  private CommentThread() {}

  /**
   * Reads the comments on a post.
   *
   * @param state the page's state
   * @param postId the post's id, such as {@code t3_1bbbwk}
   * @param page the page, for the order it shows the comments in
   * @param plausible whether a time may be true of the page: not before 1990, not after its capture
   * @return the comments in thread order; empty if the state holds none for the post
   */
  static List<Comment> read(State state, String postId, Document page, Predicate<OffsetDateTime> plausible) {
    Map<String, Map<?, ?>> models = new LinkedHashMap<>();
    // In a state cut off by a truncated page, the comment it lists last is the one the cut may fall in, with its text
    // cut short, so it is left out; those before it were read whole.
    Object cut = state.whole() ? null : JsonValues.lastKey(state.comments());
    state.comments().forEach((id, model) -> {
      if (id instanceof String key && model instanceof Map<?, ?> m && !key.equals(cut)
          && JsonValues.string(m, "postId").filter(postId::equals).isPresent()) {
        models.put(key, m);
      }
    });
    if (models.isEmpty()) {
      return List.of();
    }
    Map<String, Comment> comments = new LinkedHashMap<>();
    models.forEach((id, model) -> comment(id, model, plausible).ifPresent(c -> comments.put(id, c)));
    Map<String, Integer> shown = shownOrder(page);
    Map<String, Integer> listed = new HashMap<>();
    for (String id : models.keySet()) {
      listed.put(id, listed.size());
    }
    Comparator<String> pageOrder = Comparator.<String>comparingInt(id -> shown.getOrDefault(id, Integer.MAX_VALUE))
        .thenComparingInt(listed::get);

    Map<String, List<String>> replies = new HashMap<>();
    List<String> roots = new ArrayList<>();
    for (String id : comments.keySet()) {
      Optional<String> parent = keptParent(id, models, comments.keySet());
      if (parent.isPresent()) {
        replies.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(id);
      } else {
        roots.add(id);
      }
    }
    List<Comment> thread = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    roots.sort(pageOrder);
    for (String root : roots) {
      place(root, Optional.empty(), comments, replies, pageOrder, placed, thread);
    }
    // Comments whose parents answer each other in a loop hang from no root: each loop starts where it is entered.
    List<String> unplaced = new ArrayList<>(comments.keySet());
    unplaced.sort(pageOrder);
    for (String id : unplaced) {
      place(id, Optional.empty(), comments, replies, pageOrder, placed, thread);
    }
    return thread;
  }

  /** A comment and, after it, the replies to it, depth first; iterative, as a thread may be deep. */
  private static void place(String root, Optional<String> replyTo, Map<String, Comment> comments,
      Map<String, List<String>> replies, Comparator<String> pageOrder, Set<String> placed, List<Comment> thread) {
    record Step(String id, Optional<String> replyTo) {}
    List<Step> stack = new ArrayList<>();
    stack.add(new Step(root, replyTo));
    while (!stack.isEmpty()) {
      Step step = stack.remove(stack.size() - 1);
      if (!placed.add(step.id())) {
        continue;
      }
      Comment comment = comments.get(step.id());
      thread.add(step.replyTo().isPresent() ? comment.withReplyTo(step.replyTo()) : comment);
      List<String> children = new ArrayList<>(replies.getOrDefault(step.id(), List.of()));
      children.sort(pageOrder.reversed());
      for (String child : children) {
        stack.add(new Step(child, Optional.of(step.id())));
      }
    }
  }

  /**
   * The comment that a comment answers, among those kept: its parent, or the parent's parent where the parent was
   * left out. A parent the state does not hold (a thread cut short), or a loop of parents, makes it a root.
   */
  private static Optional<String> keptParent(String id, Map<String, Map<?, ?>> models, Set<String> kept) {
    Set<String> seen = new HashSet<>();
    seen.add(id);
    Optional<String> parent = JsonValues.string(models.get(id), "parentId");
    while (parent.isPresent() && models.containsKey(parent.get()) && seen.add(parent.get())) {
      if (kept.contains(parent.get())) {
        return parent;
      }
      parent = JsonValues.string(models.get(parent.get()), "parentId");
    }
    return Optional.empty();
  }

  /** The position of each comment that the page renders, by id, in page order. */
  private static Map<String, Integer> shownOrder(Document page) {
    Map<String, Integer> order = new HashMap<>();
    for (Element e : page.select(RENDERED)) {
      order.putIfAbsent(e.id(), order.size());
    }
    return order;
  }

  /** One comment without its place in the thread; empty if its text cannot be read. */
  private static Optional<Comment> comment(String id, Map<?, ?> model, Predicate<OffsetDateTime> plausible) {
    List<Block> body = JsonValues.map(model, "media").flatMap(m -> JsonValues.map(m, "richtextContent"))
        .map(r -> RichText.blocks(JsonValues.list(r, "document"))).orElse(List.of());
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Comment.Builder comment = started(id, body);
    Optional<Author> author = author(model);
    author.ifPresent(comment::author);
    Optional<OffsetDateTime> published = State.time(model, "created").filter(plausible);
    published.ifPresent(comment::publishedAt);
    State.time(model, "editedAt").filter(plausible)
        .filter(edited -> published.isEmpty() || !edited.isBefore(published.get()))
        .ifPresent(edited -> comment.addEdits(edit(edited, Optional.empty(), author)));
    return Optional.of(comment.build());
  }

  /**
   * Starts a comment with its text, or as removed where its text is only what Reddit prints in place of a deleted
   * or removed comment, "[deleted]" or "[removed]", which are not the commenter's words.
   *
   * @param id the comment's id
   * @param body its text as read, not empty
   * @return the builder
   */
  static Comment.Builder started(String id, List<Block> body) {
    Comment.Builder comment = Comment.builder().id(id);
    boolean removed = body.size() == 1 && body.get(0) instanceof Paragraph p
        && (p.text().equals(DELETED) || p.text().equals(REMOVED));
    return removed ? comment.removed(true) : comment.addAllBody(body);
  }

  /**
   * The author of a post or comment, with their profile page; empty for a deleted account.
   *
   * @param model the post's or comment's object
   * @return the author, if named
   */
  static Optional<Author> author(Map<?, ?> model) {
    return JsonValues.string(model, "author").flatMap(CommentThread::named);
  }

  /**
   * An author by their account's name, with their profile page; empty for a deleted account or no name.
   *
   * @param name the name as Reddit gives it
   * @return the author, if named
   */
  static Optional<Author> named(String name) {
    return Texts.nonBlank(name).filter(n -> !n.equals(DELETED)).map(n -> {
      Author.Builder author = Author.builder().name(n);
      if (ACCOUNT.matcher(n).matches()) {
        author.url(URI.create("https://www.reddit.com/user/" + n + "/"));
      }
      return author.build();
    });
  }

  /**
   * An edit: Reddit records only the time of the last one, and only the author may edit.
   *
   * @param editedAt the time of the last edit
   * @param assumedZone the zone assumed for the time, if the page gave it without an offset
   * @param author the author, if named
   * @return the edit record
   */
  static EditRecord edit(OffsetDateTime editedAt, Optional<ZoneId> assumedZone, Optional<Author> author) {
    EditRecord.Builder edit = EditRecord.builder().editedAt(editedAt).kind(EditKind.UPDATE).assumedZone(assumedZone);
    author.ifPresent(edit::editor);
    return edit.build();
  }
}
