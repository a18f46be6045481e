package io.github.newsmodel.html.internal.dom;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A person shown by their login and, in brackets after it, their name: "mira_s (Mira Sandberg)", as Discourse's
 * crawler view prints a poster whose forum shows display names. The two are one person, whose name is the one in
 * brackets; read as a list, the line would name two.
 */
public final class LoginName {
  /** One word of letters, digits, dots, underscores or hyphens, then a bracket of one to five words. */
  private static final Pattern LOGIN_THEN_NAME =
      Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,59})\\s*\\(\\s*(\\p{Lu}[^()]{0,79}?)\\s*\\)");
  /**
   * What a login looks like when nothing marks it as one: lower case or digits with a dot, underscore or hyphen
   * between parts ("mira_s", "tom.b", "ines-k2"), or a word in lower case ("tomb"). "Reuters (London)" and
   * "AFP (Paris)" name an agency and its place, not a login and its owner.
   */
  private static final Pattern LOGIN_SHAPE =
      Pattern.compile("[\\p{Ll}\\p{N}]+(?:[._-][\\p{L}\\p{N}]+)*|[\\p{L}\\p{N}]+(?:[._][\\p{L}\\p{N}]+)+");
  /** A name of capitalised words: "Mira Sandberg", "Tom van Dijk", "Ines K." */
  private static final Pattern NAME_WORDS =
      Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}][\\p{L}.'’-]*){0,4}");

  private LoginName() {}

  /**
   * The name in brackets after a login: "Mira Sandberg" of "mira_s (Mira Sandberg)".
   *
   * @param text the whole text that names the person
   * @param login the login as the page marks it ({@code itemprop=name}), or {@code null} when nothing marks one:
   *     then the first word must look like a login and the bracket must hold a name of two words or more
   * @return the name, if the text is a login and a name in brackets and nothing else
   */
  public static Optional<String> displayName(String text, @Nullable String login) {
    if (text.indexOf(')') < 0) {
      return Optional.empty(); // most texts asked, a comment's author box on every comment: no bracket to read
    }
    Matcher m = LOGIN_THEN_NAME.matcher(Texts.normalise(text).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String shown = m.group(2).strip();
    if (!NAME_WORDS.matcher(shown).matches() || shown.equalsIgnoreCase(m.group(1))) {
      return Optional.empty();
    }
    if (login != null) {
      return m.group(1).equals(login.strip()) ? Optional.of(shown) : Optional.empty();
    }
    return LOGIN_SHAPE.matcher(m.group(1)).matches() && shown.indexOf(' ') > 0 ? Optional.of(shown)
        : Optional.empty();
  }
}
