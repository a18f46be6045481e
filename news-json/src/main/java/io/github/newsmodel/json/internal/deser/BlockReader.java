package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.json.internal.BlockTypes;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Block} by its {@code type}, which may come anywhere in the object: the fields are collected
 * first and the block is built at the end. Fields that belong to other block types are ignored like unknown
 * ones.
 */
public final class BlockReader {
  private BlockReader() {}

  /**
   * Reads a block of one class, whose {@code type} may be left out since the class implies it.
   *
   * @param <T> the block class
   * @param p the parser, at the object
   * @param type {@link Block} for any block, which then needs its {@code type}, or one block class
   * @return the block
   * @throws IOException if the input fails
   */
  public static <T extends Block> T read(JsonParser p, Class<T> type) throws IOException {
    @Nullable String implied = BlockTypes.of(type);
    Block block = readTyped(p, implied);
    if (!type.isInstance(block)) {
      throw Values.problem(p, "expected a " + implied + " block, got " + BlockTypes.of(block));
    }
    return type.cast(block);
  }

  /**
   * Reads a body block, which must have a {@code type}.
   *
   * @param p the parser, at the object
   * @return the block
   * @throws IOException if the input fails
   */
  public static Block read(JsonParser p) throws IOException {
    return readTyped(p, null);
  }

  /**
   * Reads an image of an article's {@code images}, where {@code type} may be left out.
   *
   * @param p the parser, at the object
   * @return the image
   * @throws IOException if the input fails
   */
  public static Image readImage(JsonParser p) throws IOException {
    BlockFields f = new BlockFields();
    Values.fields(p, name -> f.read(name, p));
    if (f.type != null && !f.type.equals(BlockTypes.IMAGE)) {
      // Said before the fields are checked: an image's fields are not what a paragraph misses.
      throw Values.problem(p, "expected an image, got a " + f.type + " block");
    }
    return (Image) build(p, f, BlockTypes.IMAGE);
  }

  private static Block readTyped(JsonParser p, @Nullable String impliedType) throws IOException {
    BlockFields f = new BlockFields();
    Values.fields(p, name -> f.read(name, p));
    return build(p, f, impliedType);
  }

  private static Block build(JsonParser p, BlockFields f, @Nullable String impliedType) throws IOException {
    String type = f.type != null ? f.type : impliedType;
    if (type == null) {
      throw Values.missing(p, "type", "required but not set; expected one of " + String.join(", ", BlockTypes.ALL));
    }
    switch (type) {
      case BlockTypes.PARAGRAPH:
        return Values.build(p, f::paragraph);
      case BlockTypes.HEADING:
        return Values.build(p, f::heading);
      case BlockTypes.QUOTE:
        return Values.build(p, f::quote);
      case BlockTypes.LIST:
        return Values.build(p, f::list);
      case BlockTypes.IMAGE:
        return Values.build(p, f::image);
      case BlockTypes.PREFORMATTED:
        return Values.build(p, f::preformatted);
      default:
        throw Values.missing(p, "type", Checks.quote(type) + " is not a block type; expected one of "
            + String.join(", ", BlockTypes.ALL));
    }
  }

  /**
   * The fields of every block type, as read; each stays null until met. A builder is given only the fields
   * that were present, so that a missing one is reported by the model as "required but not set".
   */
  private static final class BlockFields {
    private @Nullable String type;
    private @Nullable String text;
    private @Nullable Integer level;
    private @Nullable String cite;
    private @Nullable Boolean ordered;
    private @Nullable List<String> items;
    private @Nullable URI url;
    private @Nullable String alt;
    private @Nullable String caption;
    private @Nullable String credit;

    void read(String name, JsonParser p) throws IOException {
      switch (name) {
        case "type":
          type = Values.string(p);
          break;
        case "text":
          text = Values.string(p);
          break;
        case "level":
          level = Values.integer(p);
          break;
        case "cite":
          cite = Values.string(p);
          break;
        case "ordered":
          ordered = Values.bool(p);
          break;
        case "items":
          items = Values.array(p, Values::string);
          break;
        case "url":
          url = Values.uri(p);
          break;
        case "alt":
          alt = Values.string(p);
          break;
        case "caption":
          caption = Values.string(p);
          break;
        case "credit":
          credit = Values.string(p);
          break;
        default:
          p.skipChildren();
      }
    }

    Paragraph paragraph() {
      Paragraph.Builder b = Paragraph.builder();
      ifRead(text, b::text);
      return b.build();
    }

    Preformatted preformatted() {
      Preformatted.Builder b = Preformatted.builder();
      ifRead(text, b::text);
      return b.build();
    }

    Heading heading() {
      Heading.Builder b = Heading.builder();
      ifRead(level, b::level);
      ifRead(text, b::text);
      return b.build();
    }

    Quote quote() {
      Quote.Builder b = Quote.builder();
      ifRead(text, b::text);
      ifRead(cite, b::cite);
      return b.build();
    }

    ItemList list() {
      ItemList.Builder b = ItemList.builder();
      ifRead(ordered, b::ordered);
      ifRead(items, b::items);
      return b.build();
    }

    Image image() {
      Image.Builder b = Image.builder();
      ifRead(url, b::url);
      ifRead(alt, b::alt);
      ifRead(caption, b::caption);
      ifRead(credit, b::credit);
      return b.build();
    }

    /** Sets a field that was read; one that was not is left to the builder to report if it is required. */
    private static <V> void ifRead(@Nullable V value, Consumer<V> setter) {
      if (value != null) {
        setter.accept(value);
      }
    }
  }
}
