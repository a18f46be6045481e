package io.github.newsmodel.json.internal;

import io.github.newsmodel.core.EditKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The names of {@link EditKind}s in JSON: the constant's name in lower case, such as {@code correction}. */
public final class EditKinds {
  /** Every name, in declaration order. */
  public static final List<String> ALL = Arrays.stream(EditKind.values())
      .map(EditKinds::name)
      .collect(Collectors.toUnmodifiableList());

  private EditKinds() {}

  /**
   * The JSON name of a kind.
   *
   * @param kind the kind
   * @return its name, such as {@code update}
   */
  public static String name(EditKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with a JSON name. Names are matched exactly: {@code "Update"} is not a name.
   *
   * @param name the name
   * @return the kind, or {@code null} if no kind has that name
   */
  public static @Nullable EditKind of(String name) {
    for (EditKind kind : EditKind.values()) {
      if (name(kind).equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
