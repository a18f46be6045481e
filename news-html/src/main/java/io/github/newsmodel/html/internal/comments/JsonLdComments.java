package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.jsonld.LdNode;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Comments that a page gives only in its JSON-LD: the {@code comment} property of an article, a blog posting or
 * a forum posting, each a schema.org {@code Comment} with {@code author}, {@code dateCreated} or
 * {@code datePublished}, {@code text}, and replies in its own {@code comment} property, or in a flat list where
 * a reply names its parent by {@code parentItem} (its {@code @id} or {@code url}), as schema.org allows and
 * newsmodel's own JSON-LD writes. Also the declared {@code commentCount}.
 *
 * <p>The comments are those of the top-level nodes (standing alone or in a {@code @graph}); a comment that is also
 * referenced by {@code @id} from elsewhere is read once.
 */
final class JsonLdComments {
  private static final List<String> COMMENT = List.of("Comment");

  private final CommentTimes times;
  private final int maxComments;
  private int unread;
  /** The comments read so far by their JSON-LD {@code @id} and {@code url}, for the replies that name them. */
  private final Map<String, String> byLdId = new HashMap<>();

  JsonLdComments(CommentTimes times, int maxComments) {
    this.times = times;
    this.maxComments = maxComments;
  }

  /** How many comments with a text the last {@link #read} left unread, beyond the limit. */
  int unread() {
    return unread;
  }

  /** The comments, replies after their parents. */
  List<Comment> read(JsonLd jsonLd) {
    unread = 0;
    byLdId.clear();
    List<Comment> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<LdNode> seen = new HashSet<>();
    for (LdNode node : jsonLd.nodes()) {
      if (node.depth() > 0) {
        continue;
      }
      if (node.isA(COMMENT)) {
        add(node, Optional.empty(), out, ids, seen);
      } else {
        node.nodes("comment").forEach(c -> add(c, Optional.empty(), out, ids, seen));
      }
    }
    return out;
  }

  /** The count an article or posting declares: {@code commentCount}, or a {@code UserComments} statistic. */
  static OptionalInt count(JsonLd jsonLd) {
    for (LdNode node : jsonLd.nodes()) {
      if (node.depth() > 0) {
        continue;
      }
      OptionalInt declared = node.count("commentCount");
      if (declared.isPresent()) {
        return declared;
      }
      for (LdNode stat : node.nodes("interactionStatistic")) {
        String type = stat.text("interactionType")
            .or(() -> stat.nodes("interactionType").stream().flatMap(t -> t.types().stream()).findFirst())
            .orElse("");
        OptionalInt count = stat.count("userInteractionCount");
        if ((type.endsWith("CommentAction") || type.endsWith("UserComments")) && count.isPresent()) {
          return count;
        }
      }
    }
    return OptionalInt.empty();
  }

  private void add(LdNode node, Optional<String> parent, List<Comment> out, Set<String> ids, Set<LdNode> seen) {
    if (!seen.add(node)) {
      return;
    }
    List<Block> body = body(node.writtenText("text").or(() -> node.writtenText("commentText"))
        .or(() -> node.writtenText("description")).orElse(""));
    Optional<String> id = Optional.empty();
    if (!body.isEmpty() && out.size() >= maxComments) {
      unread++;
    } else if (!body.isEmpty()) {
      String own = node.id().or(() -> node.text("identifier")).or(() -> node.text("url"))
          .filter(CommentThread::safeId).orElse("c" + (out.size() + 1));
      String unique = own;
      for (int n = 2; ids.contains(unique); n++) {
        unique = own + "~" + n;
      }
      try {
        Comment.Builder c = Comment.builder().id(unique).addAllBody(body);
        author(node).ifPresent(c::author);
        Optional<ResolvedTime> time = node.text("dateCreated").or(() -> node.text("datePublished"))
            .flatMap(times::exact);
        time.ifPresent(t -> {
          c.publishedAt(t.time()).publishedAtDateOnly(t.dateOnly());
          t.assumedZone().ifPresent(c::assumedZone);
        });
        parent.or(() -> parentItem(node)).ifPresent(c::replyTo);
        out.add(c.build());
        ids.add(unique);
        id = Optional.of(unique);
        String read = unique;
        node.id().ifPresent(ld -> byLdId.putIfAbsent(ld, read));
        node.text("url").ifPresent(url -> byLdId.putIfAbsent(url, read));
      } catch (InvalidValueException e) {
        id = Optional.empty();
      }
    }
    for (LdNode reply : node.nodes("comment")) {
      add(reply, id.or(() -> parent), out, ids, seen);
    }
  }

  /**
   * The comment that a comment's {@code parentItem} names, by its {@code @id} or {@code url}, if it was read before
   * it: a reply comes after its parent, and a parent named but not given is no reply's.
   */
  private Optional<String> parentItem(LdNode comment) {
    Optional<String> named = comment.nodes("parentItem").stream().findFirst()
        .flatMap(p -> p.id().or(() -> p.text("url")))
        .or(() -> comment.text("parentItem"));
    return named.map(byLdId::get);
  }

  /** The comment's paragraphs, see {@link JsonLd#paragraphs}. */
  private static List<Block> body(String text) {
    return JsonLd.paragraphs(text).stream().<Block>map(Paragraph::of).toList();
  }

  /** The first author: a person or organisation with its {@code name} and {@code url}, or a bare name. */
  private static Optional<Author> author(LdNode comment) {
    List<LdNode> nodes = comment.nodes("author");
    if (nodes.isEmpty()) {
      return comment.text("author").map(Author::of);
    }
    LdNode a = nodes.get(0);
    return a.text("name").map(name -> {
      Author.Builder b = Author.builder().name(name);
      a.text("url").flatMap(Urls::http).ifPresent(b::url);
      return b.build();
    });
  }
}
