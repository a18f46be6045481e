package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuthorPathTest {
  /** The regex that {@link AuthorPath#in} stands in for. */
  private static final Pattern AUTHOR_PATH = Pattern.compile("(?i)/(authors?|autor(en)?|autorin|writers?"
      + "|reporters?|columnists?|journalists?|redakteur|profile?|people|staff|(news)?team|mitarbeiter)/[^/?#]+"
      + "|^/[@~][\\w.-]+/?(?:[?#]|\\z)");
  private static final List<String> PIECES = List.of("/", "//", "?", "#", "author", "AUTHORS", "Autor", "autoren",
      "autorin", "autorinen", "writer", "writers", "reporter", "columnists", "journalist", "redakteur", "profil",
      "Profile", "people", "staff", "team", "newsteam", "NewsTeam", "mitarbeiter", "jane-roe", "x", "ſ", "K",
      "\n", "https://example.com", ".html", "e", "s", "en", "in", "@", "@jane.roe", "~", "~jane_roe", "HTTP:", "//",
      "?x", "#c");

  @Test
  void findsAnAuthorsPageInALink() {
    assertThat(AuthorPath.in("https://example.com/Author/jane-roe/")).isTrue();
    assertThat(AuthorPath.in("/newsteam/x")).isTrue();
    assertThat(AuthorPath.in("/author/")).isFalse();
    assertThat(AuthorPath.in("/author/?page=2")).isFalse();
    assertThat(AuthorPath.in("/authorship/jane")).isFalse();
    assertThat(AuthorPath.in("/ſtaff/jane")).isFalse(); // (?i) folds ASCII letters only
    assertThat(AuthorPath.in("/@jane.roe?source=post")).isTrue();
    assertThat(AuthorPath.in("https://photos.example/@jane.roe")).as("another site's").isFalse();
    assertThat(AuthorPath.in("/@jroe1984/")).isTrue();
    assertThat(AuthorPath.in("/@jroe1984/a-story-of-hers")).isFalse();
    assertThat(AuthorPath.in("/@")).isFalse();
    assertThat(AuthorPath.in("/~harbourmaster")).as("a member's home under a tilde").isTrue();
    assertThat(AuthorPath.in("http://www.example.net/~jane/")).as("another site's").isFalse();
    assertThat(AuthorPath.in("/~jane/notes.html")).as("a page of her home").isFalse();
  }

  @Test
  void anAbsoluteHandleNamesItsHost() {
    assertThat(AuthorPath.handleHost("https://lobste.rs/~jane")).hasValue("lobste.rs");
    assertThat(AuthorPath.handleHost("http://www.example.net/@jane.roe/")).hasValue("www.example.net");
    assertThat(AuthorPath.handleHost("https://lobste.rs/~jane/notes.html")).isEmpty();
    assertThat(AuthorPath.handleHost("/~jane")).as("a path from the root, which in() reads").isEmpty();
    assertThat(AuthorPath.handleHost("https://lobste.rs/s/k3xq9z/story")).isEmpty();
    assertThat(AuthorPath.handleHost("mailto:ann@example.org")).isEmpty();
  }

  @Test
  void findsWhatTheRegexFinds() {
    Random random = new Random(20261128L);
    StringBuilder s = new StringBuilder();
    int found = 0;
    for (int i = 0; i < 50_000; i++) {
      s.setLength(0);
      for (int p = 0, pieces = 1 + random.nextInt(7); p < pieces; p++) {
        s.append(random.nextBoolean() ? "/" : "").append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String href = s.toString();
      boolean expected = AUTHOR_PATH.matcher(href).find();
      assertThat(AuthorPath.in(href)).as("'%s'", href).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).as("links to an author's page").isBetween(1_000, 49_000);
  }
}
