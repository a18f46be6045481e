package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.json.internal.BlockTypes;
import java.io.IOException;

/**
 * Writes a {@link Block} as {@code {type, ...}} with the fields of its type. An image among an article's
 * {@code images} is written without {@code type}, since nothing else can stand there.
 */
public final class BlockWriter {
  private BlockWriter() {}

  /**
   * Writes a body block as one JSON object with its {@code type}.
   *
   * @param block the block
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void write(Block block, JsonGenerator g) throws IOException {
    g.writeStartObject(block);
    g.writeStringField("type", BlockTypes.of(block));
    if (block instanceof Heading) {
      g.writeNumberField("level", ((Heading) block).level());
      g.writeStringField("text", block.text());
    } else if (block instanceof Quote) {
      g.writeStringField("text", block.text());
      Fields.string(g, "cite", ((Quote) block).cite());
    } else if (block instanceof ItemList) {
      ItemList list = (ItemList) block;
      g.writeBooleanField("ordered", list.ordered());
      Fields.array(g, "items", list.items(), Fields::string);
    } else if (block instanceof Image) {
      imageFields((Image) block, g);
    } else {
      // Paragraph and Preformatted are text and nothing else.
      g.writeStringField("text", block.text());
    }
    g.writeEndObject();
  }

  /**
   * Writes an image of an article's {@code images}: {@code {url, alt, caption, credit}}, without {@code type}.
   *
   * @param image the image
   * @param g the generator
   * @throws IOException if the output fails
   */
  public static void writeImage(Image image, JsonGenerator g) throws IOException {
    g.writeStartObject(image);
    imageFields(image, g);
    g.writeEndObject();
  }

  private static void imageFields(Image image, JsonGenerator g) throws IOException {
    g.writeStringField("url", image.url().toString());
    Fields.string(g, "alt", image.alt());
    Fields.string(g, "caption", image.caption());
    Fields.string(g, "credit", image.credit());
  }
}
