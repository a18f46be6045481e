package io.github.newsmodel.html.internal.generic;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name written surname first, as library catalogues and scholarly metadata write it: "Roe, Jane",
 * "Jong, Michiel de", "Kooman, F.". Dublin Core's {@code creator} and Highwire's {@code citation_author} give one
 * person a value in this form, which read as a list of names would make two people of one.
 */
final class InvertedName {
  /** One surname (hyphens allowed), a comma, and given names or initials, with particles such as "de" after them. */
  private static final Pattern INVERTED = Pattern.compile("\\s*(\\p{Lu}[\\p{L}\\p{M}'’-]+),\\s+("
      + "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?(?:[\\s-]+(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?|van|von|de|der|den|del|da|di|du|le|la"
      + "|zu|ten|ter))*)\\s*");

  private InvertedName() {}

  /**
   * The name in the order it is spoken, when the value is one name written surname first.
   *
   * @param value a metadata value
   * @return "Jane Roe" for "Roe, Jane"; empty if the value is not one inverted name (a list, a name in spoken order)
   */
  static Optional<String> spoken(String value) {
    Matcher m = INVERTED.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) + " " + m.group(1));
  }
}
