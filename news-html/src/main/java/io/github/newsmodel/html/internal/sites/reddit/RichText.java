package io.github.newsmodel.html.internal.sites.reddit;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.jsonld.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Reddit's rich text ({@code "rtjson"}), the form its page state gives a post's or a comment's text in, into
 * body blocks. A document is a list of block nodes, each a map whose {@code "e"} names its kind: {@code par},
 * {@code h} (with its level in {@code "l"}), {@code blockquote}, {@code list} (numbered when {@code "o"} is true,
 * its {@code li} items holding blocks), {@code code} (lines in {@code raw} nodes) and {@code table}. Their
 * children ({@code "c"}) are inline nodes: {@code text}, {@code link}, user and subreddit mentions ({@code u/},
 * {@code r/}), {@code spoilertext} and line breaks. Media (images, GIFs, videos) and rules carry no text and are
 * left out; a node of a kind not listed gives its text, so that a new kind loses no words.
 */
final class RichText {
  private static final int MAX_HEADING_LEVEL = 6;

  private RichText() {}

  /**
   * The blocks of a document.
   *
   * @param document the document's list of block nodes, as {@link State} reads them
   * @return the blocks with text, in order; empty if none has any
   */
  static List<Block> blocks(List<?> document) {
    List<Block> blocks = new ArrayList<>();
    for (Object node : document) {
      if (node instanceof Map<?, ?> block) {
        block(block).ifPresent(blocks::add);
      }
    }
    return blocks;
  }

  private static Optional<Block> block(Map<?, ?> node) {
    String kind = JsonValues.string(node, "e").orElse("");
    switch (kind) {
      case "hr", "img", "gif", "video" -> {
        return Optional.empty();
      }
      case "h" -> {
        int level = (int) Math.max(1, Math.min(MAX_HEADING_LEVEL, JsonValues.number(node, "l").orElse(2L)));
        return Texts.nonBlank(inline(node)).map(text -> Heading.of(level, text));
      }
      case "blockquote" -> {
        return Texts.nonBlank(joined(blocks(JsonValues.list(node, "c")), "\n\n")).map(Quote::of);
      }
      case "list" -> {
        return list(node);
      }
      case "code" -> {
        return code(node);
      }
      case "table" -> {
        return Texts.nonBlank(table(node)).map(Preformatted::of);
      }
      default -> {
        return Texts.nonBlank(inline(node)).map(Paragraph::of);
      }
    }
  }

  /** A list: its items' texts, each item's blocks joined into one line. */
  private static Optional<Block> list(Map<?, ?> node) {
    List<String> items = new ArrayList<>();
    for (Object item : JsonValues.list(node, "c")) {
      if (item instanceof Map<?, ?> li) {
        Texts.nonBlank(joined(blocks(JsonValues.list(li, "c")), " ")).ifPresent(items::add);
      }
    }
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ItemList.builder().ordered(JsonValues.bool(node, "o")).addAllItems(items).build());
  }

  /** A code block: its lines as they are, indentation kept. */
  private static Optional<Block> code(Map<?, ?> node) {
    List<String> lines = new ArrayList<>();
    for (Object line : JsonValues.list(node, "c")) {
      if (line instanceof Map<?, ?> raw) {
        lines.add(Texts.visible(inline(raw)).stripTrailing());
      }
    }
    String text = String.join("\n", lines).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(Preformatted.of(text));
  }

  /** A table: a line a row, the header first, cells apart by a tab as in a spreadsheet's copy. */
  private static String table(Map<?, ?> node) {
    List<String> rows = new ArrayList<>();
    row(JsonValues.list(node, "h")).ifPresent(rows::add);
    for (Object row : JsonValues.list(node, "c")) {
      if (row instanceof List<?> cells) {
        row(cells).ifPresent(rows::add);
      }
    }
    return String.join("\n", rows);
  }

  private static Optional<String> row(List<?> cells) {
    List<String> texts = new ArrayList<>();
    for (Object cell : cells) {
      if (cell instanceof Map<?, ?> c) {
        texts.add(Texts.normalise(inline(c)));
      }
    }
    return texts.stream().allMatch(String::isEmpty) ? Optional.empty() : Optional.of(String.join("\t", texts));
  }

  /** The text of a node and its children, as a reader sees it inline. */
  private static String inline(Map<?, ?> node) {
    StringBuilder out = new StringBuilder();
    appendInline(node, out, 0);
    return out.toString();
  }

  private static void appendInline(Map<?, ?> node, StringBuilder out, int depth) {
    if (depth > State.MAX_DEPTH) {
      return;
    }
    String kind = JsonValues.string(node, "e").orElse("");
    Optional<String> text = JsonValues.string(node, "t");
    switch (kind) {
      case "br" -> out.append('\n');
      case "u/", "r/" -> text.ifPresent(t -> out.append(t.startsWith(kind) ? "" : kind).append(t));
      default -> {
        List<?> children = JsonValues.list(node, "c");
        if (children.isEmpty()) {
          text.ifPresent(out::append);
        }
        for (Object child : children) {
          if (child instanceof Map<?, ?> c) {
            appendInline(c, out, depth + 1);
          }
        }
      }
    }
  }

  private static String joined(List<Block> blocks, String separator) {
    return String.join(separator, blocks.stream().map(Block::text).toList());
  }
}
