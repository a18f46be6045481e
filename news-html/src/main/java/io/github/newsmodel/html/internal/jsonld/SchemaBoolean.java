package io.github.newsmodel.html.internal.jsonld;

import java.util.Locale;
import java.util.Optional;

/**
 * A schema.org {@code Boolean} as pages write it, in JSON-LD or Microdata: the words {@code true} and {@code false}
 * in any case ({@code "False"}), or schema.org's own values by their address, {@code https://schema.org/False},
 * which Microdata's {@code <link itemprop="isAccessibleForFree" href="...">} and some JSON-LD give.
 */
public final class SchemaBoolean {
  private SchemaBoolean() {}

  /**
   * Reads a value.
   *
   * @param value the value as written
   * @return true or false; empty for any other value
   */
  public static Optional<Boolean> of(String value) {
    String word = value.strip();
    int slash = word.lastIndexOf('/');
    if (slash >= 0 && isSchemaOrg(word.substring(0, slash))) {
      word = word.substring(slash + 1);
    }
    if (word.equalsIgnoreCase("true")) {
      return Optional.of(true);
    }
    return word.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty();
  }

  /** Whether an address is schema.org's, with or without its scheme and "www.". */
  private static boolean isSchemaOrg(String address) {
    String host = address.toLowerCase(Locale.ROOT);
    host = host.startsWith("https://") ? host.substring(8) : host.startsWith("http://") ? host.substring(7) : host;
    return host.equals("schema.org") || host.equals("www.schema.org");
  }
}
