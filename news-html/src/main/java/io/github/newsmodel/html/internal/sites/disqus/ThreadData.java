package io.github.newsmodel.html.internal.sites.disqus;

import static io.github.newsmodel.html.internal.jsonld.JsonValues.closes;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.list;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.map;

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
 * are read up to the cut and say so ({@link #whole}): the last post may be cut, the others are whole.
 *
 * <p>The forum, the site the thread belongs to, is in a script of its own, {@code disqus-forumData}.
 *
 * @param thread the thread's object; empty when the data hold none
 * @param posts the posts, in the data's order
 * @param whole whether the data's text closes every object and array it opens
 * @param forum the forum's object; empty when the page holds none
 */
record ThreadData(Map<?, ?> thread, List<?> posts, boolean whole, Map<?, ?> forum) {
  static final String SCRIPT_ID = "disqus-threadData";
  private static final String FORUM_SCRIPT_ID = "disqus-forumData";

  /**
   * Reads the thread of an embed page.
   *
   * @param page the page
   * @return the thread and its script; empty if the page holds no such script, or its text is no object
   */
  static Optional<Read> of(Document page) {
    Optional<Element> script = script(page, SCRIPT_ID);
    if (script.isEmpty()) {
      return Optional.empty();
    }
    String json = script.get().data().strip();
    Map<?, ?> forum = script(page, FORUM_SCRIPT_ID).flatMap(f -> object(f.data()))
        .flatMap(f -> map(f, "forum")).orElse(Map.of());
    return object(json).map(root -> {
      Map<?, ?> response = map(root, "response").orElse(Map.of());
      return new Read(new ThreadData(map(response, "thread").orElse(Map.of()), list(response, "posts"),
          closes(json), forum), script.get());
    });
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
