package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.jsonld.LenientJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The display name that a page's embedded application state records beside a login: a page that a script renders
 * in the browser ships its data as JSON, in a {@code data-*} attribute ({@code data-react-props}, {@code data-props})
 * or a script, where the user who wrote the text is an object such as {@code {"username": "jane.roe", "display_name":
 * "Jane Roe"}}. The page's JSON-LD and {@code <meta>} name the login, the page the reader sees the display name, which
 * the HTML as served does not hold ({@link DisplayNames} finds it only in the text). Apps name the keys alike:
 * the login as {@code username}, {@code login}, {@code slug}, {@code nickname} or {@code screen_name}, the name as
 * {@code display_name}, {@code full_name}, {@code name}, or {@code first_name} and {@code last_name}, in snake or camel
 * case.
 *
 * <p>Asked only for an author named by a login that the page's text does not spell out, which few pages have; the
 * page's attributes and scripts are read then, and only those that hold the login are parsed.
 */
final class StateDisplayName {
  /** The keys of a user object that hold the login. */
  private static final Set<String> LOGIN_KEYS = Set.of("username", "user_name", "userName", "login", "slug",
      "nickname", "screen_name", "screenName", "handle");
  /** The keys of a user object that hold the name shown, the preferred first. */
  private static final List<String> NAME_KEYS = List.of("display_name", "displayName", "full_name", "fullName",
      "name");
  private static final List<String> FIRST_NAME_KEYS = List.of("first_name", "firstName", "given_name", "givenName");
  private static final List<String> LAST_NAME_KEYS = List.of("last_name", "lastName", "family_name", "familyName");
  /** The shortest login read: a shorter one may be any word of the state ("de", "en"). */
  private static final int MIN_LOGIN = 4;

  private StateDisplayName() {}

  /**
   * The name that the page's embedded state shows for a login.
   *
   * @param all the page's elements
   * @param login the author's login, as a source names them ("jane.roe")
   * @param siteNames the names of the site, which name no person
   * @return the display name, if a user object in the page's state has the login and a person's full name
   */
  static Optional<String> of(List<Element> all, String login, Set<String> siteNames) {
    if (login.length() < MIN_LOGIN || login.indexOf(' ') >= 0) {
      return Optional.empty();
    }
    String quoted = '"' + login + '"';
    for (Element e : all) {
      if (e.normalName().equals("script")) {
        String data = e.data();
        if (data.contains(quoted)) {
          Optional<String> name = LenientJson.read(data).flatMap(v -> find(v, login, siteNames));
          if (name.isPresent()) {
            return name;
          }
        }
        continue;
      }
      for (Attribute a : e.attributes()) {
        if (a.getKey().startsWith("data-") && a.getValue().contains(quoted)) {
          Optional<String> name = LenientJson.read(a.getValue()).flatMap(v -> find(v, login, siteNames));
          if (name.isPresent()) {
            return name;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The display name of the first user object in the value, in document order, that has the login. The reader
   * leaves out what is nested too deep, so the walk ends.
   */
  private static Optional<String> find(Object value, String login, Set<String> siteNames) {
    if (value instanceof Map<?, ?> map) {
      if (hasLogin(map, login)) {
        Optional<String> name = shownName(map, siteNames);
        if (name.isPresent()) {
          return name;
        }
      }
      for (Object v : map.values()) {
        Optional<String> name = find(v, login, siteNames);
        if (name.isPresent()) {
          return name;
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object v : list) {
        Optional<String> name = find(v, login, siteNames);
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasLogin(Map<?, ?> map, String login) {
    for (String key : LOGIN_KEYS) {
      if (map.get(key) instanceof String s && s.strip().equalsIgnoreCase(login)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The object's name for the person, when it is a full name of a person: a user object's "name" may repeat the
   * login, or name a company's account.
   */
  private static Optional<String> shownName(Map<?, ?> map, Set<String> siteNames) {
    for (String key : NAME_KEYS) {
      if (map.get(key) instanceof String s) {
        Optional<String> name = person(s, siteNames);
        if (name.isPresent()) {
          return name;
        }
      }
    }
    Optional<String> first = firstText(map, FIRST_NAME_KEYS);
    Optional<String> last = firstText(map, LAST_NAME_KEYS);
    return first.isPresent() && last.isPresent() ? person(first.get() + " " + last.get(), siteNames)
        : Optional.empty();
  }

  private static Optional<String> firstText(Map<?, ?> map, List<String> keys) {
    for (String key : keys) {
      if (map.get(key) instanceof String s && !s.isBlank()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The text as a person's full name ("Jane  Roe " is "Jane Roe"), if it is one. */
  private static Optional<String> person(String text, Set<String> siteNames) {
    String name = Texts.normalise(text).strip();
    return PageAuthors.FULL_NAME.matcher(name).matches()
        && AuthorNames.name(name, siteNames).equals(Optional.of(name)) ? Optional.of(name) : Optional.empty();
  }
}
