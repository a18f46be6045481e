package io.github.newsmodel.cli.internal.output;

import java.util.Locale;
import java.util.Optional;

/** The {@code --format} of the articles. */
public enum OutputFormat {
  /** The newsmodel JSON format: one indented document for one page, an indented array for many. */
  JSON,
  /** The newsmodel JSON format as JSON Lines: one compact article a line. */
  JSONL,
  /** schema.org JSON-LD: one indented object for one page, one compact object a line for many. */
  JSONLD;

  /**
   * The name as the command line writes it.
   *
   * @return the name in lower case
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a format by its name on the command line.
   *
   * @param label the name, in any case
   * @return the format, if there is one of that name
   */
  public static Optional<OutputFormat> of(String label) {
    for (OutputFormat format : values()) {
      if (format.label().equalsIgnoreCase(label.trim())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
