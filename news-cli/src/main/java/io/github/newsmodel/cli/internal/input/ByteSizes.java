package io.github.newsmodel.cli.internal.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them: {@code 16MiB}, {@code 512k}, {@code 1G}; the units are binary. */
public final class ByteSizes {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

  private ByteSizes() {}

  /**
   * Reads a size.
   *
   * @param text a number of bytes, optionally followed by {@code k}, {@code M} or {@code G} (as {@code KiB},
   *     {@code MB} and so on; every unit is a power of 1024)
   * @return the size in bytes
   * @throws IllegalArgumentException if the text is not a size
   */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a size: give bytes, or a number with k, M or G,"
          + " such as 16M");
    }
    long number = Long.parseLong(m.group(1));
    int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    if (number > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("'" + text + "' is too large");
    }
    return number << shift;
  }

  /**
   * Writes a size for people.
   *
   * @param bytes the size in bytes
   * @return the size in the largest binary unit that keeps it exact, such as {@code 16 MiB} or {@code 1000 bytes}
   */
  public static String format(long bytes) {
    String[] units = {"GiB", "MiB", "KiB"};
    int[] shifts = {30, 20, 10};
    for (int i = 0; i < units.length; i++) {
      long unit = 1L << shifts[i];
      if (bytes >= unit && bytes % unit == 0) {
        return (bytes >> shifts[i]) + " " + units[i];
      }
    }
    return bytes + " bytes";
  }
}
