package io.github.newsmodel.html.internal.sites.disqus;

import static io.github.newsmodel.html.internal.jsonld.JsonValues.closes;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.lastKey;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.list;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.map;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.number;

import io.github.newsmodel.html.internal.jsonld.LenientJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The thread that Disqus's embed page writes into {@code <script type="text/json" id="disqus-threadData">}: an API
 * answer whose {@code response} holds the {@code thread} (its title, the link of the article it discusses, its
 * count of posts) and the first {@code posts} of it, each with its author, time, parent and message.
 *
 * <p>It is read leniently, as JSON-LD is: a value of an unexpected type is absent. Data cut off by a truncated page
 * are read up to the cut, and only what the cut cannot have reached is kept. Disqus writes the posts before the
 * thread: a cut in the posts leaves no thread and a last post that may be cut, which is dropped; a cut in the thread
 * leaves whole posts and a thread whose last string may be cut (a link to the site's front page, half a title),
 * which is not trusted at all.
 *
 * <p>The forum, the site the thread belongs to, is in a script of its own, {@code disqus-forumData}.
 *
 * @param thread the thread's object; empty when the data hold none, or hold it cut
 * @param posts the whole posts, in the data's order
 * @param forum the forum's object; empty when the page holds none
 */
record ThreadData(Map<?, ?> thread, List<?> posts, Map<?, ?> forum) {
  static final String SCRIPT_ID = "disqus-threadData";
  private static final String FORUM_SCRIPT_ID = "disqus-forumData";

  /**
   * Reads the thread of an embed page.
   *
   * @param page the page
   * @return the thread and its script; empty if the page holds no such script, its text is no object, or it holds
   *     an error of Disqus's (a {@code code} other than 0) in place of a thread
   */
  static Optional<Read> of(Document page) {
    Optional<Element> script = script(page, SCRIPT_ID);
    if (script.isEmpty()) {
      return Optional.empty();
    }
    String json = script.get().data().strip();
    Optional<Map<?, ?>> root = object(json)
        .filter(r -> number(r, "code").orElse(0L) == 0 && r.get("response") instanceof Map<?, ?>);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Map<?, ?> forum = script(page, FORUM_SCRIPT_ID).flatMap(f -> object(f.data()))
        .flatMap(f -> map(f, "forum")).orElse(Map.of());
    Map<?, ?> response = map(root.get(), "response").orElseThrow();
    // Where the data are cut, the cut is inside the value of the last key of the response, if the response was
    // the last of the root's: that value is not whole.
    Object cutIn = closes(json) || !"response".equals(lastKey(root.get())) ? null : lastKey(response);
    List<?> posts = list(response, "posts");
    if ("posts".equals(cutIn) && !posts.isEmpty()) {
      posts = posts.subList(0, posts.size() - 1);
    }
    Map<?, ?> thread = "thread".equals(cutIn) ? Map.of() : map(response, "thread").orElse(Map.of());
    return Optional.of(new Read(new ThreadData(thread, posts, forum), script.get()));
  }

  private static Optional<Element> script(Document page, String id) {
    Element script = page.getElementById(id);
    return script != null && script.normalName().equals("script") ? Optional.of(script) : Optional.empty();
  }

  private static Optional<Map<?, ?>> object(String json) {
    return LenientJson.read(json.strip()).flatMap(v -> v instanceof Map<?, ?> m ? Optional.of(m) : Optional.empty());
  }

  /**
   * The data and the script they were read from, for errors to name.
   *
   * @param data the thread
   * @param script the script element
   */
  record Read(ThreadData data, Element script) {}
}
