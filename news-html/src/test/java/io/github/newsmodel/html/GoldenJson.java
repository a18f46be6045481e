package io.github.newsmodel.html;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The golden files beside the generic extractor's fixtures: {@code pages/<name>.json} holds what the extractor
 * must make of {@code pages/<name>.html}, in a plain JSON rendering of the fields it fills (title, body, comment
 * count and state, comments with their authors, times, replies and edits).
 *
 * <p>The rendering is the tests' own, kept stable and readable for review; the library's versioned JSON format
 * belongs to news-json. To write a golden file for a new fixture, run the test once with
 * {@code -Dgolden.write=true}, then read the file line by line before committing it: a golden file is a claim
 * about the page, not a record of whatever the code did.
 */
public final class GoldenJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Path SOURCES = Path.of("src/test/resources/pages");

  private GoldenJson() {}

  /**
   * Renders an article.
   *
   * @param a the article
   * @return its golden rendering, pretty-printed with a final newline
   */
  public static String render(Article a) {
    ObjectNode root = JSON.createObjectNode();
    a.title().ifPresent(t -> root.put("title", t));
    a.commentCount().ifPresent(n -> root.put("commentCount", n));
    a.commentsOpen().ifPresent(o -> root.put("commentsOpen", o));
    root.set("body", blocks(a.body().toArray(Block[]::new)));
    ArrayNode comments = root.putArray("comments");
    for (Comment c : a.comments()) {
      ObjectNode n = comments.addObject().put("id", c.id());
      c.number().ifPresent(x -> n.put("number", x));
      c.replyTo().ifPresent(r -> n.put("replyTo", r));
      c.author().ifPresent(au -> n.set("author", author(au)));
      c.publishedAt().ifPresent(t -> n.put("publishedAt", t.toString()));
      c.assumedZone().ifPresent(z -> n.put("assumedZone", z.getId()));
      if (c.publishedAtDateOnly()) {
        n.put("publishedAtDateOnly", true);
      }
      n.set("body", blocks(c.body().toArray(Block[]::new)));
      if (!c.edits().isEmpty()) {
        ArrayNode edits = n.putArray("edits");
        for (EditRecord e : c.edits()) {
          ObjectNode en = edits.addObject().put("editedAt", e.editedAt().toString()).put("kind", e.kind().name());
          e.assumedZone().ifPresent(z -> en.put("assumedZone", z.getId()));
          e.editor().ifPresent(ed -> en.put("editor", ed.name()));
          e.note().ifPresent(note -> en.put("note", note));
        }
      }
    }
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
          .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The golden rendering of a fixture, written from {@code actual} first when {@code -Dgolden.write=true}.
   *
   * @param name the fixture's base name, such as {@code wordpress-community-garden}
   * @param actual what the extractor made of it, to write when asked
   * @return the golden file's text
   */
  public static String expected(String name, Article actual) {
    Path file = SOURCES.resolve(name + ".json");
    try {
      if (Boolean.getBoolean("golden.write")) {
        Files.writeString(file, render(actual), StandardCharsets.UTF_8);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("no golden file " + file + "; see GoldenJson to write one", e);
    }
  }

  private static ArrayNode blocks(Block... blocks) {
    ArrayNode out = JSON.createArrayNode();
    for (Block b : blocks) {
      ObjectNode n = out.addObject();
      if (b instanceof Paragraph p) {
        n.put("paragraph", p.text());
      } else if (b instanceof Heading h) {
        n.put("heading", h.text()).put("level", h.level());
      } else if (b instanceof Quote q) {
        n.put("quote", q.text());
        q.cite().ifPresent(c -> n.put("cite", c));
      } else if (b instanceof ItemList l) {
        ArrayNode items = n.putArray(l.ordered() ? "numbered" : "bulleted");
        l.items().forEach(items::add);
      } else if (b instanceof Image i) {
        n.put("image", i.url().toString());
        i.caption().ifPresent(c -> n.put("caption", c));
      } else if (b instanceof Preformatted p) {
        n.put("preformatted", p.text());
      }
    }
    return out;
  }

  private static ObjectNode author(Author a) {
    ObjectNode n = JSON.createObjectNode().put("name", a.name());
    a.url().ifPresent(u -> n.put("url", u.toString()));
    return n;
  }
}
