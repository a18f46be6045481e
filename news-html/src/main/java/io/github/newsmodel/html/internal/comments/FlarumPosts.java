package io.github.newsmodel.html.internal.comments;

import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.InvalidValueException;
import io.github.newsmodel.html.internal.comments.CommentReader.Draft;
import io.github.newsmodel.html.internal.comments.CommentUnits.Unit;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.jsonld.LenientJson;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The posts of a discussion of Flarum, as its server prints them for crawlers and browsers without JavaScript, and
 * as its JSON payload gives them to its JavaScript.
 *
 * <ul>
 *   <li><b>Markup.</b> The template {@code content/discussion.blade.php} prints, in a
 *       {@code <noscript id="flarum-content">}, the discussion's title in an {@code h1}, then each post of the page
 *       as an {@code <article>}: the poster's display name in an {@code h3} ({@code h3.PostUser-name} since 1.0)
 *       and the post's HTML in a {@code div} ({@code div.Post-body}). No time, no id, no link to a profile. Its
 *       siblings {@code #flarum-loading} and {@code #flarum-loading-error} are hidden notices for a browser whose
 *       JavaScript fails, no text of the page.
 *   <li><b>Payload.</b> The JSON:API document of the discussion, in {@code <script id="flarum-json-payload"
 *       type="application/json">} since Flarum 1.7 and as the argument of {@code flarum.core.app.load(...)} before:
 *       its {@code apiDocument.included} holds each post ({@code type: "posts"}) with its {@code number},
 *       {@code createdAt} and {@code editedAt} (ISO 8601 with their offset), its {@code contentHtml} and its
 *       {@code user} and {@code editedUser}, and each user with {@code displayName} and {@code slug}; the forum's
 *       {@code baseUrl} is in {@code resources}. The template prints the posts that have a {@code contentHtml}, in
 *       the order the payload lists them, so the payload's posts and the articles pair up one to one.
 * </ul>
 *
 * <p>Each article is a post, its text and poster read from the markup; where the payload pairs up with the
 * articles, it gives each post its id, number, time, poster's profile ({@code /u/slug}, Flarum's route) and edit:
 * an {@code editedAt} is an {@link EditRecord} by its {@code editedUser}. A post that opens with a mention of an
 * earlier post ({@code <a class="PostMention" data-id="612">}, what Flarum's reply button writes) replies to it,
 * unless that is the discussion's first post, which every reply answers.
 */
final class FlarumPosts {
  private static final String CONTENT_ID = "flarum-content";
  private static final String PAYLOAD_ID = "flarum-json-payload";
  /** The call that hands the payload to the JavaScript before Flarum 1.7. */
  private static final String LOAD_CALL = "app.load(";
  private static final String LOADING_NOTICES = "flarum-loading";
  private static final String MENTION_CLASS = "PostMention";

  private final List<Unit> units;
  private final Map<Unit, Map<?, ?>> posts;
  private final Map<String, Map<?, ?>> users;
  private final String baseUrl;
  private final List<Element> notices;

  private FlarumPosts(List<Unit> units, Map<Unit, Map<?, ?>> posts, Map<String, Map<?, ?>> users, String baseUrl,
      List<Element> notices) {
    this.units = units;
    this.posts = posts;
    this.users = users;
    this.baseUrl = baseUrl;
    this.notices = notices;
  }

  /**
   * Finds the posts of a Flarum discussion.
   *
   * @param elements the page's elements
   * @return the posts, if the page is a Flarum discussion that prints them
   */
  static Optional<FlarumPosts> find(PageElements elements) {
    Element content = null;
    for (Element n : elements.byTag("noscript")) { // a page has few: one of them is the content, if any
      if (n.id().equals(CONTENT_ID)) {
        content = n;
        break;
      }
    }
    if (content == null) {
      return Optional.empty();
    }
    List<Unit> units = new ArrayList<>();
    for (Element article : content.getElementsByTag("article")) {
      units.add(Unit.forumPost(article, null, null));
    }
    if (units.isEmpty()) {
      return Optional.empty();
    }
    List<Element> notices = new ArrayList<>();
    Element parent = content.parent();
    if (parent != null) {
      for (Element sibling : parent.children()) {
        if (sibling.id().startsWith(LOADING_NOTICES)) {
          notices.add(sibling);
        }
      }
    }
    Map<Unit, Map<?, ?>> posts = new IdentityHashMap<>();
    Map<String, Map<?, ?>> users = new HashMap<>();
    String baseUrl = "";
    Map<?, ?> payload = payload(elements);
    Map<?, ?> document = payload == null ? null : map(payload.get("apiDocument"));
    if (document != null) {
      List<Map<?, ?>> printed = new ArrayList<>();
      for (Object o : list(document.get("included"))) {
        Map<?, ?> resource = map(o);
        if (resource == null) {
          continue;
        }
        Object type = resource.get("type");
        if ("users".equals(type)) {
          String id = id(resource);
          if (id != null) {
            users.put(id, resource);
          }
        } else if ("posts".equals(type) && attribute(resource, "contentHtml") instanceof String
            && relation(resource, "discussion") != null) {
          printed.add(resource); // the posts that the template prints, in its order
        }
      }
      if (printed.size() == units.size()) {
        for (int i = 0; i < units.size(); i++) {
          posts.put(units.get(i), printed.get(i));
          units.get(i).givenId = id(printed.get(i));
        }
      }
      for (Object o : list(payload.get("resources"))) {
        Map<?, ?> resource = map(o);
        if (resource != null && "forums".equals(resource.get("type"))
            && attribute(resource, "baseUrl") instanceof String url) {
          baseUrl = withoutTrailingSlashes(url);
        }
      }
    }
    FlarumPosts found = new FlarumPosts(units, posts, users, baseUrl, notices);
    found.thread();
    return Optional.of(found);
  }

  /** The posts, in page order. */
  List<Unit> units() {
    return units;
  }

  /** The hidden notices beside the content, for a browser whose JavaScript fails: no text of the page. */
  List<Element> notices() {
    return notices;
  }

  /**
   * What the payload adds to a post read from its article: its number, time, poster's profile and edit.
   *
   * @param draft the post as read from its article
   * @param times how times are read
   * @return the post
   */
  Draft completed(Draft draft, CommentTimes times) {
    Map<?, ?> post = posts.get(draft.unit());
    if (post == null) {
      return draft;
    }
    OptionalInt number = attribute(post, "number") instanceof Long n && n >= 1 && n <= Integer.MAX_VALUE
        ? OptionalInt.of(n.intValue()) : draft.number();
    Optional<ResolvedTime> time = text(attribute(post, "createdAt")).flatMap(times::exact).or(draft::time);
    Optional<Author> author = user(relation(post, "user")).or(draft::author);
    List<EditRecord> edits = new ArrayList<>(draft.edits());
    Optional<ResolvedTime> edited = text(attribute(post, "editedAt")).flatMap(times::exact);
    if (edited.isPresent() && time.isPresent() && !edited.get().time().isBefore(time.get().time())) {
      EditRecord.Builder edit = EditRecord.builder().editedAt(edited.get().time()).kind(EditKind.UPDATE);
      edited.get().assumedZone().ifPresent(edit::assumedZone);
      user(relation(post, "editedUser")).ifPresent(edit::editor);
      edits.add(edit.build());
    }
    return new Draft(draft.unit(), draft.body(), author, time, number, edits, draft.place());
  }

  /**
   * Makes each post that opens with a mention of an earlier post, other than the first, a reply to it. Only the
   * posts the payload names can be named: the markup gives no post an id.
   */
  private void thread() {
    Map<String, Unit> seen = new HashMap<>();
    for (Unit u : units) {
      String mentioned = openingMention(u.root);
      Unit parent = mentioned == null ? null : seen.get(mentioned);
      if (parent != null && parent != units.get(0)) {
        u.parent = parent;
      }
      if (u.givenId != null) {
        seen.put(u.givenId, u);
      }
    }
  }

  /** The {@code data-id} of the mention that opens a post's text, if it opens with one. */
  private static @Nullable String openingMention(Element article) {
    Element body = article.lastElementChild(); // the post's HTML after the poster's name
    Element first = body == null ? null : body.firstElementChild();
    if (first == null || !first.normalName().equals("p")) {
      return null;
    }
    for (Node n : first.childNodes()) {
      if (n instanceof TextNode t && t.isBlank()) {
        continue;
      }
      return n instanceof Element a && a.normalName().equals("a") && a.hasClass(MENTION_CLASS)
          ? Texts.nonBlank(a.attr("data-id")).orElse(null) : null;
    }
    return null;
  }

  /** The user a relationship names, with the profile at Flarum's route {@code /u/slug} where the forum's is known. */
  private Optional<Author> user(@Nullable Map<?, ?> relation) {
    String id = relation == null ? null : id(relation);
    Map<?, ?> user = id == null ? null : users.get(id);
    if (user == null) {
      return Optional.empty();
    }
    Optional<String> name = text(attribute(user, "displayName")).or(() -> text(attribute(user, "username")));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Author.Builder author = Author.builder().name(name.get());
    Optional<String> slug = text(attribute(user, "slug")).or(() -> text(attribute(user, "username")));
    if (slug.isPresent() && (baseUrl.startsWith("https://") || baseUrl.startsWith("http://"))) {
      try {
        URI profile = new URI(baseUrl + "/u/" + slug.get());
        author.url(profile);
      } catch (URISyntaxException e) {
        // a slug that makes no address: the name stands alone
      }
    }
    try {
      return Optional.of(author.build());
    } catch (InvalidValueException e) {
      return Optional.empty(); // a name the model refuses
    }
  }

  /**
   * The payload: the content of {@code script#flarum-json-payload}, else the argument of the
   * {@code flarum.core.app.load(...)} call of an inline script.
   */
  private static @Nullable Map<?, ?> payload(PageElements elements) {
    for (Element script : elements.byTag("script")) {
      String text;
      if (script.id().equals(PAYLOAD_ID)) {
        text = script.data();
      } else {
        String data = script.data();
        int at = data.indexOf(LOAD_CALL);
        if (at < 0 || data.indexOf('{', at) != at + LOAD_CALL.length()) {
          continue; // not a call with the payload written out, as the later app.load(data) is
        }
        text = data.substring(at + LOAD_CALL.length());
      }
      Optional<Object> value = LenientJson.read(text);
      Object first = value.orElse(null) instanceof List<?> l && !l.isEmpty() ? l.get(0) : value.orElse(null);
      Map<?, ?> payload = map(first);
      if (payload != null && payload.containsKey("apiDocument")) {
        return payload;
      }
    }
    return null;
  }

  /** One of a resource's {@code attributes}, if the payload gives it: a plugin's payload may leave any out. */
  private static @Nullable Object attribute(Map<?, ?> resource, String key) {
    Map<?, ?> attributes = map(resource.get("attributes"));
    return attributes == null ? null : attributes.get(key);
  }

  /** The resource identifier a to-one relationship names: {@code relationships.user.data}. */
  private static @Nullable Map<?, ?> relation(Map<?, ?> resource, String key) {
    Map<?, ?> relationships = map(resource.get("relationships"));
    Map<?, ?> relation = relationships == null ? null : map(relationships.get(key));
    return relation == null ? null : map(relation.get("data"));
  }

  /**
   * A resource's id: a string in JSON:API, a number in a payload that a plugin wrote. A resource without one is
   * named by no relationship, and names no post: not "null".
   */
  private static @Nullable String id(Map<?, ?> resource) {
    Object id = resource.get("id");
    return id instanceof String s ? Texts.nonBlank(s.strip()).orElse(null) : id instanceof Long n ? n.toString() : null;
  }

  /**
   * The forum's address without the slashes at its end, which the profile's path brings its own of. A loop, not the
   * regex {@code /+$}, which tries each slash of a long run anew: a payload may hold any text there.
   */
  private static String withoutTrailingSlashes(String url) {
    int end = url.length();
    while (end > 0 && url.charAt(end - 1) == '/') {
      end--;
    }
    return url.substring(0, end);
  }

  /** A value that is a string with words in it; any other value, or none, is no text. */
  private static Optional<String> text(@Nullable Object value) {
    return value instanceof String s ? Texts.nonBlank(s.strip()) : Optional.empty();
  }

  /** A value that is a JSON object, else null: the payload is read leniently, and any value may have another type. */
  private static @Nullable Map<?, ?> map(@Nullable Object value) {
    return value instanceof Map<?, ?> m ? m : null;
  }

  /** A value that is a JSON array, else none: as {@link #map}. */
  private static List<?> list(@Nullable Object value) {
    return value instanceof List<?> l ? l : List.of();
  }
}
