package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Block} by its {@code type}, which may come anywhere in the object: the fields are collected
 * first and the block is built at the end. Fields that belong to other block types are ignored like unknown
 * ones. Registered for {@link Block} (which needs {@code type}) and for each block class (which implies it).
 *
 * @param <T> the block class this deserializer produces
 */
public final class BlockDeserializer<T extends Block> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** The class this deserializer produces. */
  private final Class<T> type;
  /** The type name that the class implies when {@code type} is absent, or null for {@link Block}. */
  private final @Nullable String impliedType;

  /**
   * Creates a deserializer for a block class.
   *
   * @param type {@link Block} for any block, or one block class
   */
  public BlockDeserializer(Class<T> type) {
    super(type);
    this.type = type;
    this.impliedType = BlockTypes.of(type);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Block block = read(p, impliedType);
    if (!type.isInstance(block)) {
      throw Values.problem(p, "expected a " + impliedType + " block, got " + BlockTypes.of(block));
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
    return read(p, null);
  }

  /**
   * Reads an image of an article's {@code images}, where {@code type} may be left out.
   *
   * @param p the parser, at the object
   * @return the image
   * @throws IOException if the input fails
   */
  public static Image readImage(JsonParser p) throws IOException {
    Block block = read(p, BlockTypes.IMAGE);
    if (!(block instanceof Image)) {
      throw Values.problem(p, "expected an image, got a " + BlockTypes.of(block) + " block");
    }
    return (Image) block;
  }

  private static Block read(JsonParser p, @Nullable String impliedType) throws IOException {
    BlockFields f = new BlockFields();
    Values.fields(p, name -> f.read(name, p));
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
        default:
          p.skipChildren();
      }
    }

    Paragraph paragraph() {
      Paragraph.Builder b = Paragraph.builder();
      if (text != null) {
        b.text(text);
      }
      return b.build();
    }

    Preformatted preformatted() {
      Preformatted.Builder b = Preformatted.builder();
      if (text != null) {
        b.text(text);
      }
      return b.build();
    }

    Heading heading() {
      Heading.Builder b = Heading.builder();
      if (level != null) {
        b.level(level);
      }
      if (text != null) {
        b.text(text);
      }
      return b.build();
    }

    Quote quote() {
      Quote.Builder b = Quote.builder();
      if (text != null) {
        b.text(text);
      }
      if (cite != null) {
        b.cite(cite);
      }
      return b.build();
    }

    ItemList list() {
      ItemList.Builder b = ItemList.builder();
      if (ordered != null) {
        b.ordered(ordered);
      }
      if (items != null) {
        b.items(items);
      }
      return b.build();
    }

    Image image() {
      Image.Builder b = Image.builder();
      if (url != null) {
        b.url(url);
      }
      if (alt != null) {
        b.alt(alt);
      }
      if (caption != null) {
        b.caption(caption);
      }
      return b.build();
    }
  }
}
