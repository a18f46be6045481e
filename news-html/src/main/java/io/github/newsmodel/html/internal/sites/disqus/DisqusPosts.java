package io.github.newsmodel.html.internal.sites.disqus;

import static io.github.newsmodel.html.internal.jsonld.JsonValues.bool;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.map;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.number;
import static io.github.newsmodel.html.internal.jsonld.JsonValues.string;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.html.internal.PageReader;
import io.github.newsmodel.html.internal.dom.BlockReader;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The comments of a Disqus thread from its posts: each with its author (a Disqus account with its profile, or a
 * guest by the name they gave), its time, its text and the post it answers, in the thread's order, each reply after
 * the post it answers.
 *
 * <p>Disqus writes times without an offset ({@code "2019-05-01T12:00:00"}), at UTC, as the clients of its data
 * read them; they are read at UTC, and UTC is recorded as assumed, since the data do not say it. A deleted post
 * keeps its place as a removed comment, where replies to it hang. A post marked as spam, or awaiting approval, is
 * left out. A post's "edited" flag says no time and no note, which an edit record needs, and is not kept.
 */
final class DisqusPosts {
  private static final BlockReader MESSAGE = BlockReader.standard();
  /** What Disqus ends the text of a link with when it shortens it. */
  private static final String SHORTENED = "...";
  private static final Pattern REDIRECT = Pattern.compile("^https?://disq\\.us/url\\?url=([^&]+)");

  private DisqusPosts() {}

  /**
   * Reads the posts.
   *
   * @param data the thread
   * @param base the URL that links in messages are resolved against
   * @param plausible which times can be a post's: not before 1990, not after the capture
   * @return the comments, each reply after the comment it answers
   */
  static List<Comment> read(ThreadData data, URI base, Predicate<OffsetDateTime> plausible) {
    Map<String, Comment> comments = new LinkedHashMap<>();
    Map<String, String> parents = new HashMap<>();
    List<?> posts = data.posts();
    for (int i = 0; i < posts.size(); i++) {
      // Disqus shows readers neither spam nor posts awaiting a moderator; the data of a moderator's view hold both.
      if (posts.get(i) instanceof Map<?, ?> post && !bool(post, "isSpam")
          && !Boolean.FALSE.equals(post.get("isApproved"))) {
        Optional<String> id = id(post, "id");
        Optional<Comment> comment = id.filter(c -> !comments.containsKey(c))
            .flatMap(c -> comment(c, post, base, plausible));
        if (comment.isPresent()) {
          comments.put(id.get(), comment.get());
          id(post, "parent").ifPresent(parent -> parents.put(id.get(), parent));
        }
      }
    }
    return threaded(comments, parents);
  }

  /** The comments in the thread's order: each root in the data's order, and after it its replies, depth first. */
  private static List<Comment> threaded(Map<String, Comment> comments, Map<String, String> parents) {
    Map<String, List<String>> replies = new HashMap<>();
    List<String> roots = new ArrayList<>();
    Set<String> inLoops = inLoops(parents);
    for (String id : comments.keySet()) {
      String parent = parents.get(id);
      // A parent on another page of the thread, or a loop of parents, makes the reply a root here.
      if (parent != null && comments.containsKey(parent) && !inLoops.contains(id)) {
        replies.computeIfAbsent(parent, p -> new ArrayList<>()).add(id);
      } else {
        roots.add(id);
      }
    }
    List<Comment> thread = new ArrayList<>(comments.size());
    record Step(String id, Optional<String> replyTo) {}
    for (String root : roots) {
      List<Step> stack = new ArrayList<>();
      stack.add(new Step(root, Optional.empty()));
      while (!stack.isEmpty()) {
        Step step = stack.remove(stack.size() - 1);
        thread.add(comments.get(step.id()).withReplyTo(step.replyTo()));
        List<String> children = replies.getOrDefault(step.id(), List.of());
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.add(new Step(children.get(i), Optional.of(step.id())));
        }
      }
    }
    return thread;
  }

  /**
   * The comments whose parents lead back to them; one whose parents only reach a circle of others is a reply. Each
   * chain of parents is walked once, as far as a comment walked before, so that a long chain of replies costs its
   * length, not its square.
   */
  private static Set<String> inLoops(Map<String, String> parents) {
    Set<String> inLoops = new HashSet<>();
    Set<String> walked = new HashSet<>();
    for (String start : parents.keySet()) {
      Map<String, Integer> walk = new LinkedHashMap<>();
      String at = start;
      while (at != null && !walked.contains(at) && !walk.containsKey(at)) {
        walk.put(at, walk.size());
        at = parents.get(at);
      }
      if (at != null && walk.containsKey(at)) {
        int from = walk.get(at);
        walk.forEach((id, step) -> {
          if (step >= from) {
            inLoops.add(id);
          }
        });
      }
      walked.addAll(walk.keySet());
    }
    return inLoops;
  }

  /** One post without its place in the thread; empty if it has neither text nor a deletion to show. */
  private static Optional<Comment> comment(String id, Map<?, ?> post, URI base,
      Predicate<OffsetDateTime> plausible) {
    Comment.Builder comment = Comment.builder().id(id);
    boolean deleted = bool(post, "isDeleted") || bool(post, "isDeletedByAuthor");
    if (deleted) {
      comment.removed(true);
    } else {
      List<Block> body = string(post, "message").map(html -> message(html, base)).orElse(List.of());
      if (body.isEmpty()) {
        return Optional.empty();
      }
      comment.addAllBody(body);
    }
    map(post, "author").flatMap(DisqusPosts::author).ifPresent(comment::author);
    Optional<OffsetDateTime> created = string(post, "createdAt").flatMap(DisqusPosts::utc).filter(plausible);
    created.ifPresent(time -> comment.publishedAt(time).assumedZone(ZoneOffset.UTC));
    return Optional.of(comment.build());
  }

  /**
   * A message's blocks. The message is whole, its JSON string closed, where a page cut off in its markup would not
   * be: it is marked so, or its last paragraph would be dropped as one the cut may fall in.
   */
  private static List<Block> message(String html, URI base) {
    Document fragment = Jsoup.parseBodyFragment(html, base.toString());
    PageReader.markWhole(fragment);
    for (Element link : fragment.getElementsByTag("a")) {
      whole(link).ifPresent(link::text);
    }
    return MESSAGE.read(fragment.body());
  }

  /**
   * The address a link shows cut short, "https://kirkton-boats.exam...", as the commenter wrote it: Disqus shortens
   * the text of a long link, and keeps the address in the link's title, or else in its redirect through disq.us
   * ({@code https://disq.us/url?url=ADDRESS%3AKEY&cuid=...}), or in the link itself.
   */
  private static Optional<String> whole(Element link) {
    String text = link.text();
    if (!text.endsWith(SHORTENED) || link.childrenSize() > 0) {
      return Optional.empty();
    }
    String start = text.substring(0, text.length() - SHORTENED.length());
    if (!start.contains("://") && !start.startsWith("www.")) {
      return Optional.empty(); // "...": no address begun
    }
    String href = link.attr("href");
    return Stream.of(link.attr("title"), redirected(href), href)
        .filter(full -> full.length() > start.length() && full.startsWith(start)).findFirst();
  }

  /** The address a disq.us redirect leads to, without the key Disqus appends to it; "" for any other link. */
  private static String redirected(String href) {
    Matcher m = REDIRECT.matcher(href);
    if (!m.find()) {
      return "";
    }
    String target = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    int key = target.lastIndexOf(':');
    return key > target.indexOf("://") + 2 ? target.substring(0, key) : target;
  }

  /**
   * A post's author: a Disqus account's name, with its profile on Disqus as the author's page and the site they
   * give as a profile elsewhere; a guest's name alone.
   */
  private static Optional<Author> author(Map<?, ?> author) {
    return string(author, "name").map(Texts::normalise).flatMap(Texts::nonBlank).map(name -> {
      Author.Builder named = Author.builder().name(name);
      if (!bool(author, "isAnonymous")) {
        string(author, "profileUrl").flatMap(Urls::http).ifPresent(named::url);
      }
      string(author, "url").flatMap(Urls::http).ifPresent(named::addProfiles);
      return named.build();
    });
  }

  /** An id that Disqus writes as a string of digits or as a number. */
  private static Optional<String> id(Map<?, ?> post, String key) {
    return string(post, key).map(String::strip).or(() -> number(post, key).map(String::valueOf));
  }

  private static Optional<OffsetDateTime> utc(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text.strip()).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
