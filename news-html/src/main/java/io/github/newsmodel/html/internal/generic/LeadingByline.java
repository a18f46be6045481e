package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article's byline printed as the first paragraph of its text: "posted by timothy on Monday August 02, 2010
 * @06:41PM from the all-aboard-the-api dept." at the head of a Slashdot story, "von Daniela Obers" above a
 * magazine's. The metadata holds it already as the authors and the time; in the body it is no part of what the
 * article says. A paragraph counts only when it starts with a byline's label and names no one but the article's
 * authors or its site, so that "By Monday, the ferry ran again." stays.
 */
final class LeadingByline {
  /** A byline line is short: a label, a few names, a date. */
  private static final int MAX_LENGTH = 160;
  private static final Pattern LABEL = Pattern.compile("^(?:(?:written|posted|published|submitted|reported"
      + "|geschrieben|verfasst)\\s+)?(?:by|von|par|por|door)\\s+\\S", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private LeadingByline() {}

  /**
   * The body without a first paragraph that is the article's byline.
   *
   * @param body the body read from the page
   * @param authors the article's authors
   * @param siteName the site's name, if known
   * @return the body, without its first paragraph if that is the byline
   */
  static List<Block> without(List<Block> body, List<Author> authors, Optional<String> siteName) {
    if (body.isEmpty() || authors.isEmpty() && siteName.isEmpty() || !(body.get(0) instanceof Paragraph first)
        || first.text().length() > MAX_LENGTH || !LABEL.matcher(first.text()).lookingAt()) {
      return body;
    }
    Set<String> known = new HashSet<>();
    authors.forEach(a -> known.add(a.name().toLowerCase(Locale.ROOT)));
    siteName.ifPresent(s -> known.add(s.toLowerCase(Locale.ROOT)));
    // Read without the site's names, which would drop a byline that names the site from its own names.
    List<String> named = AuthorNames.of(first.text(), Set.of());
    if (named.isEmpty() || !named.stream().allMatch(n -> known.contains(n.toLowerCase(Locale.ROOT)))) {
      return body;
    }
    return body.subList(1, body.size());
  }
}
