package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who wrote an article, a comment or an edit.
 *
 * <pre>{@code
 * Author author = Author.builder()
 *     .name("Andre Yoskowitz")
 *     .addProfiles(URI.create("https://plus.google.com/105496026534573316553"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class Author implements WithAuthor {
  Author() {}

  /**
   * The name as the page shows it.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The author's page on the site itself, such as an author archive or a user profile.
   *
   * @return the absolute http or https URL, if the page links one
   */
  public abstract Optional<URI> url();

  /**
   * Links to the author's profiles elsewhere: social networks, personal sites, schema.org {@code sameAs}.
   *
   * @return absolute http or https URLs without duplicates, in page order; empty if none
   */
  public abstract List<URI> profiles();

  /**
   * The organisation the author writes for or belongs to, when the page names one apart from the site.
   *
   * @return the affiliation, if any
   */
  public abstract Optional<String> affiliation();

  /**
   * Creates an author with only a name.
   *
   * @param name the name, not blank
   * @return the author
   * @throws InvalidValueException if the name is blank
   */
  public static Author of(String name) {
    return builder().name(name).build();
  }

  /**
   * Starts building an author.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    Checks.httpUrl("url", url());
    Checks.httpUrls("profiles", profiles());
    Checks.notBlank("affiliation", affiliation());
  }

  /**
   * Builds an {@link Author}; {@code name} is required. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableAuthor.Builder {
    Builder() {}
  }
}
