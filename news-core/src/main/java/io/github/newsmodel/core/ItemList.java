package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import java.util.List;
import org.immutables.value.Value;

/** A bulleted or numbered list. Its JSON type name is {@code list}. */
@Value.Immutable
@NewsStyle
public abstract non-sealed class ItemList implements Block, WithItemList {
  ItemList() {}

  /**
   * Whether the items are numbered ({@code <ol>}) rather than bulleted ({@code <ul>}).
   *
   * @return true for a numbered list
   */
  @Value.Default
  public boolean ordered() {
    return false;
  }

  /**
   * The items' plain texts, in order.
   *
   * @return at least one item, none blank
   */
  public abstract List<String> items();

  /**
   * The items, one per line.
   *
   * @return the items joined by {@code \n}
   */
  @Override
  @Value.Lazy
  public String text() {
    return String.join("\n", items());
  }

  /**
   * Creates a bulleted list.
   *
   * @param items the items, at least one, none blank
   * @return the list
   * @throws InvalidValueException if there is no item or an item is blank
   */
  public static ItemList bulleted(String... items) {
    return builder().addItems(items).build();
  }

  /**
   * Creates a numbered list.
   *
   * @param items the items, at least one, none blank
   * @return the list
   * @throws InvalidValueException if there is no item or an item is blank
   */
  public static ItemList numbered(String... items) {
    return builder().ordered(true).addItems(items).build();
  }

  /**
   * Starts building a list.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notEmpty("items", items());
    for (int i = 0; i < items().size(); i++) {
      Checks.notBlank("items[" + i + "]", items().get(i));
    }
  }

  /**
   * Builds an {@link ItemList}; at least one item is required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableItemList.Builder {
    Builder() {}
  }
}
