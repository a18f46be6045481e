package io.github.newsmodel.json.internal;

import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The names in JSON of the model's enum values that the format writes as strings: each constant's name in lower
 * case, such as {@code correction} or {@code metered}. One mapping for every such enum, so that the format spells
 * them all alike and a reader refuses a name the same way whichever field holds it.
 *
 * @param <E> the enum
 */
public final class EnumNames<E extends Enum<E>> {
  /** The names of {@link EditKind}s: {@code update}, {@code correction}, {@code unknown}. */
  public static final EnumNames<EditKind> EDIT_KINDS = new EnumNames<>(EditKind.class, "an edit kind");
  /** The names of {@link Access} values: {@code free}, {@code metered}, {@code locked}, {@code paywalled}. */
  public static final EnumNames<Access> ACCESS = new EnumNames<>(Access.class, "an access");

  private final E[] values;
  private final List<String> all;
  private final String oneOf;

  /** {@code oneOf} names one value in a refusal: "'premium' is not an access". */
  private EnumNames(Class<E> type, String oneOf) {
    this.values = type.getEnumConstants();
    this.all = Arrays.stream(values).map(this::name).toList();
    this.oneOf = oneOf;
  }

  /**
   * Every name, in declaration order.
   *
   * @return the names
   */
  public List<String> all() {
    return all;
  }

  /**
   * The JSON name of a value.
   *
   * @param value the value
   * @return its name, such as {@code correction}
   */
  public String name(E value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The value with a JSON name. Names are matched exactly: {@code "Update"} is not a name.
   *
   * @param name the name
   * @return the value, or {@code null} if none has that name
   */
  public @Nullable E of(String name) {
    for (E value : values) {
      if (name(value).equals(name)) {
        return value;
      }
    }
    return null;
  }

  /**
   * Why a name is refused, for the reader's exception: "'premium' is not an access; expected one of free, metered,
   * locked, paywalled".
   *
   * @param name the name that {@link #of} did not know
   * @return the problem
   */
  public String refusal(String name) {
    return Checks.quote(name) + " is not " + oneOf + "; expected one of " + String.join(", ", all);
  }
}
