package io.github.newsmodel.json.internal;

import io.github.newsmodel.core.Access;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The names of {@link Access} values in JSON: the constant's name in lower case, such as {@code metered}. */
public final class AccessNames {
  /** Every name, in declaration order. */
  public static final List<String> ALL = Arrays.stream(Access.values())
      .map(AccessNames::name)
      .collect(Collectors.toUnmodifiableList());

  private AccessNames() {}

  /**
   * The JSON name of an access.
   *
   * @param access the access
   * @return its name, such as {@code free}
   */
  public static String name(Access access) {
    return access.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The access with a JSON name. Names are matched exactly: {@code "Free"} is not a name.
   *
   * @param name the name
   * @return the access, or {@code null} if no access has that name
   */
  public static @Nullable Access of(String name) {
    for (Access access : Access.values()) {
      if (name(access).equals(name)) {
        return access;
      }
    }
    return null;
  }
}
