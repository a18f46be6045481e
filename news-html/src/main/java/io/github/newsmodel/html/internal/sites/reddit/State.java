package io.github.newsmodel.html.internal.sites.reddit;

import static io.github.newsmodel.html.internal.jsonld.JsonValues.closes;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.map;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.number;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.string;

import io.github.newsmodel.html.internal.jsonld.LenientJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The state that Reddit's web app ("new Reddit", 2018 to 2023) writes into its pages as
 * {@code <script id="data">window.___r = {...}</script>}: the posts, comments and communities the page shows, as
 * the app's own data. Its {@code posts.models} and {@code comments.models} map ids ({@code t3_...} for a post,
 * {@code t1_...} for a comment) to objects with the author's name, the time ({@code created}, in seconds or
 * milliseconds since 1970), the parent's id, the time of the last edit and the text as {@link RichText}.
 *
 * <p>The state is read leniently, like JSON-LD: a value of an unexpected type is taken as absent. A state cut off
 * by a truncated page is read up to the cut, and says so ({@link #whole}): what was read before the value the cut
 * falls in is whole, that value may be cut.
 *
 * @param root the state's top-level object
 * @param whole whether the state's text closes every object and array it opens
 */
record State(Map<?, ?> root, boolean whole) {
  /** Nesting that the readers of the state follow, no deeper: the JSON reader's own limit. */
  static final int MAX_DEPTH = 64;
  /** Times from 1990 on, in seconds, are below this; the same times in milliseconds are above it. */
  private static final long MILLISECONDS_FROM = 100_000_000_000L;
  private static final String MARK = "window.___r";
  private static final Evaluator SCRIPTS = QueryParser.parse("script");

  /**
   * Reads the state of a page.
   *
   * @param page the page
   * @return the state; empty if the page holds none (old Reddit, or the app of 2023 on) or it does not read as an
   *     object
   */
  static Optional<State> of(Document page) {
    Element data = page.getElementById("data");
    Optional<State> state = data != null && data.normalName().equals("script") ? read(data.data())
        : Optional.empty();
    if (state.isPresent()) {
      return state;
    }
    for (Element script : page.select(SCRIPTS)) {
      Optional<State> found = read(script.data());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<State> read(String script) {
    int mark = script.indexOf(MARK);
    if (mark < 0) {
      return Optional.empty();
    }
    int start = script.indexOf('{', mark);
    if (start < 0) {
      return Optional.empty();
    }
    String json = script.substring(start);
    return LenientJson.read(json)
        .flatMap(v -> v instanceof Map<?, ?> m ? Optional.of(new State(m, closes(json))) : Optional.empty());
  }

  /**
   * A post.
   *
   * @param id its id, such as {@code t3_1bbbwk}
   * @return the post's object, if the state holds it
   */
  Optional<Map<?, ?>> post(String id) {
    return map(map(root, "posts").flatMap(p -> map(p, "models")).orElse(Map.of()), id);
  }

  /**
   * The comments the state holds, in the state's order, with the ids they are listed under.
   *
   * @return the comment objects by id; empty if there are none
   */
  Map<?, ?> comments() {
    return map(root, "comments").flatMap(c -> map(c, "models")).orElse(Map.of());
  }

  /**
   * The community a post belongs to, as Reddit names it: "r/Python".
   *
   * @param post the post's object
   * @return the name, if the state holds the community
   */
  Optional<String> community(Map<?, ?> post) {
    Optional<String> id = map(post, "belongsTo").flatMap(b -> string(b, "id"));
    Optional<Map<?, ?>> community = id.flatMap(i -> map(root, "subreddits").flatMap(s -> map(s, "models"))
        .flatMap(models -> map(models, i)));
    return community.flatMap(c -> string(c, "displayText")
        .or(() -> string(c, "name").map(name -> "r/" + name)));
  }

  /**
   * A time the state gives as a count since 1970: seconds in some places, milliseconds in others, told apart by
   * size.
   *
   * @param object the object
   * @param key the key
   * @return the time at UTC; empty if absent, not a positive number or out of range
   */
  static Optional<OffsetDateTime> time(Map<?, ?> object, String key) {
    return number(object, key).filter(n -> n > 0).map(n -> n >= MILLISECONDS_FROM ? Instant.ofEpochMilli(n)
        : Instant.ofEpochSecond(n)).map(i -> OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
  }
}
