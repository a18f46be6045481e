package io.github.newsmodel.html.internal.comments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.html.internal.comments.CommentTimes.Timed;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.jsonld.JsonLd;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Comments that a page gives only in its JSON-LD: the {@code comment} property of an article, a blog posting or
 * a forum posting, each a schema.org {@code Comment} with {@code author}, {@code dateCreated} or
 * {@code datePublished}, {@code text}, and replies in its own {@code comment} property. Also the declared
 * {@code commentCount}.
 */
final class JsonLdComments {
  private static final int MAX_COMMENTS = 5000;

  private final CommentTimes times;

  JsonLdComments(CommentTimes times) {
    this.times = times;
  }

  /** The comments, replies after their parents. */
  List<Comment> read(JsonLd jsonLd) {
    List<Comment> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode o : jsonLd.objects()) {
      if (JsonLd.isType(o, "Comment")) {
        add(o, Optional.empty(), out, ids);
      } else {
        comments(o).forEach(c -> add(c, Optional.empty(), out, ids));
      }
    }
    return out;
  }

  /** The count an article or posting declares: {@code commentCount}, or a {@code UserComments} statistic. */
  static OptionalInt count(JsonLd jsonLd) {
    for (JsonNode o : jsonLd.objects()) {
      JsonNode n = o.get("commentCount");
      if (n != null && (n.canConvertToInt() || n.isTextual() && n.asText().trim().matches("\\d{1,9}"))) {
        int v = n.isTextual() ? Integer.parseInt(n.asText().trim()) : n.asInt();
        if (v >= 0) {
          return OptionalInt.of(v);
        }
      }
      for (JsonNode stat : list(o.get("interactionStatistic"))) {
        JsonNode type = stat.get("interactionType");
        String t = type == null ? "" : type.isObject() ? JsonLd.text(type, "@type").orElse("") : type.asText();
        JsonNode count = stat.get("userInteractionCount");
        if ((t.endsWith("CommentAction") || t.endsWith("UserComments")) && count != null
            && count.canConvertToInt() && count.asInt() >= 0) {
          return OptionalInt.of(count.asInt());
        }
      }
    }
    return OptionalInt.empty();
  }

  private void add(JsonNode node, Optional<String> parent, List<Comment> out, Set<String> ids) {
    if (out.size() >= MAX_COMMENTS || !node.isObject()) {
      return;
    }
    List<Block> body = body(JsonLd.text(node, "text").or(() -> JsonLd.text(node, "commentText"))
        .or(() -> JsonLd.text(node, "description")).orElse(""));
    Optional<String> id = Optional.empty();
    if (!body.isEmpty()) {
      String own = JsonLd.text(node, "@id").or(() -> JsonLd.text(node, "identifier"))
          .or(() -> JsonLd.text(node, "url")).orElse("c" + (out.size() + 1));
      String unique = own;
      for (int n = 2; ids.contains(unique); n++) {
        unique = own + "~" + n;
      }
      try {
        Comment.Builder c = Comment.builder().id(unique).addAllBody(body);
        author(node.get("author")).ifPresent(c::author);
        Optional<Timed> time = JsonLd.text(node, "dateCreated").or(() -> JsonLd.text(node, "datePublished"))
            .flatMap(times::exact);
        time.ifPresent(t -> {
          c.publishedAt(t.time()).publishedAtDateOnly(t.dateOnly());
          t.assumedZone().ifPresent(c::assumedZone);
        });
        parent.ifPresent(c::replyTo);
        out.add(c.build());
        ids.add(unique);
        id = Optional.of(unique);
      } catch (InvalidValueException e) {
        id = Optional.empty();
      }
    }
    for (JsonNode reply : comments(node)) {
      add(reply, id.or(() -> parent), out, ids);
    }
  }

  private static List<JsonNode> comments(JsonNode node) {
    return list(node.get("comment"));
  }

  private static List<JsonNode> list(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> {
        if (n.isObject()) {
          out.add(n);
        }
      });
    } else if (node.isObject()) {
      out.add(node);
    }
    return out;
  }

  /** The comment's paragraphs, see {@link JsonLd#paragraphs}. */
  private static List<Block> body(String text) {
    return JsonLd.paragraphs(text).stream().<Block>map(Paragraph::of).toList();
  }

  private static Optional<Author> author(JsonNode author) {
    if (author == null) {
      return Optional.empty();
    }
    JsonNode a = author.isArray() && !author.isEmpty() ? author.get(0) : author;
    Optional<String> name = a.isTextual() ? Texts.nonBlank(a.asText()) : JsonLd.text(a, "name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Author.Builder b = Author.builder().name(name.get());
    if (a.isObject()) {
      JsonLd.text(a, "url").flatMap(Urls::http).ifPresent(b::url);
    }
    return Optional.of(b.build());
  }
}
