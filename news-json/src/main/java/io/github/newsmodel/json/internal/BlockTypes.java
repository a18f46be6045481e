package io.github.newsmodel.json.internal;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code type} names of body blocks in JSON. {@link ItemList} is {@code list}, the rest their own name. */
public final class BlockTypes {
  /** A paragraph. */
  public static final String PARAGRAPH = "paragraph";
  /** A heading. */
  public static final String HEADING = "heading";
  /** A quote. */
  public static final String QUOTE = "quote";
  /** A bulleted or numbered list. */
  public static final String LIST = "list";
  /** An image. */
  public static final String IMAGE = "image";
  /** Preformatted text. */
  public static final String PREFORMATTED = "preformatted";
  /** Every type name, in the order the format documents them. */
  public static final List<String> ALL = List.of(PARAGRAPH, HEADING, QUOTE, LIST, IMAGE, PREFORMATTED);

  private BlockTypes() {}

  /**
   * The type name of a block.
   *
   * @param block the block
   * @return its name in JSON
   */
  public static String of(Block block) {
    String name = of(block.getClass());
    if (name == null) {
      throw new IllegalStateException("no JSON type name for " + block.getClass());
    }
    return name;
  }

  /**
   * The type name of a block class, or of a generated subclass of one.
   *
   * @param type a block class
   * @return its name in JSON, or {@code null} for {@link Block} itself
   */
  public static @Nullable String of(Class<?> type) {
    if (Paragraph.class.isAssignableFrom(type)) {
      return PARAGRAPH;
    } else if (Heading.class.isAssignableFrom(type)) {
      return HEADING;
    } else if (Quote.class.isAssignableFrom(type)) {
      return QUOTE;
    } else if (ItemList.class.isAssignableFrom(type)) {
      return LIST;
    } else if (Image.class.isAssignableFrom(type)) {
      return IMAGE;
    } else if (Preformatted.class.isAssignableFrom(type)) {
      return PREFORMATTED;
    }
    return null;
  }
}
