package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The section of the site an article is filed under, from what a source declares. Some sites declare the section
 * followed by the article's tags, "Social Media, B2B, Interview": the first part is the section. Others declare
 * it as a path, "/meteo/", or with a template's leftover dash or arrow, "- Destacado", "› Gebäck".
 */
final class SectionName {
  /** What stands around a section's name without being part of it. */
  private static final Pattern EDGES = Pattern.compile("^[\\s/\\-–—|:·•›»]+|[\\s/\\-–—|:·•‹«]+$");

  private SectionName() {}

  /**
   * Cleans a declared section.
   *
   * @param declared the value as the source gives it
   * @return the section's name; empty if nothing is left
   */
  static Optional<String> of(String declared) {
    String first = declared.split(",", 2)[0];
    return Texts.nonBlank(EDGES.matcher(Texts.normalise(first)).replaceAll(""));
  }
}
