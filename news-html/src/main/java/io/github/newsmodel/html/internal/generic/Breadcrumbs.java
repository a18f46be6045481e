package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.jsonld.LdNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The path of sections down to the article that a page declares as a schema.org {@code BreadcrumbList} in JSON-LD:
 * "Home › Meine Welt › Gesundheit › Was bringen Alternativen?". Its last step above the article is the section the
 * article is filed under.
 */
final class Breadcrumbs {
  private static final Set<String> LIST = Set.of("BreadcrumbList");
  /** The shortest title that a longer crumb may end with and still be the article: shorter ones are words. */
  private static final int MIN_TITLE = 20;
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.{3})\\s*$");

  private Breadcrumbs() {}

  /**
   * The section of the first breadcrumb list: the name of its last item that is not the article itself, when the
   * list has more than the site's home page above the article. The last item is the article when it links to the
   * page, or when its name is the title or the title cut short ("Quintal dentro do apê: três dicas...").
   *
   * @param ld the page's JSON-LD
   * @param title the article's title, if known
   * @param pageUrls the page's own URL and its canonical URL
   * @return the section's name, if declared
   */
  static Optional<String> section(JsonLd ld, Optional<String> title, List<URI> pageUrls) {
    for (LdNode list : ld.ofType(LIST)) {
      List<LdNode> items = new ArrayList<>(list.nodes("itemListElement"));
      // An item without a position keeps its place in the list: the sort is stable.
      items.sort(Comparator.comparingInt(i -> i.count("position").orElse(Integer.MAX_VALUE)));
      List<String> names = new ArrayList<>();
      boolean lastIsPage = false;
      for (LdNode item : items) {
        Optional<LdNode> thing = item.nodes("item").stream().findFirst();
        Optional<String> name = item.text("name").or(() -> thing.flatMap(n -> n.text("name")));
        if (name.isPresent()) {
          names.add(name.get());
          Optional<String> url = item.text("item").or(() -> thing.flatMap(n -> n.id().or(() -> n.text("url"))));
          // Spelt as breadcrumbs often spell it: with http for https, or a trailing slash.
          lastIsPage = url.map(ArticleLd::comparable).map(u -> pageUrls.stream().map(ArticleLd::comparable)
              .anyMatch(u::equals)).orElse(false);
        }
      }
      if (!names.isEmpty() && (lastIsPage || title.map(t -> isTitle(names.get(names.size() - 1), t)).orElse(false))) {
        names.remove(names.size() - 1);
      }
      return names.size() >= 2 ? Optional.of(names.get(names.size() - 1)) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether a crumb's name is the title: the same, the title with its kicker ("Influencer Marketing: Was sich …"
   * for the headline "Was sich …"), or its start cut short by an ellipsis.
   */
  private static boolean isTitle(String name, String title) {
    String titleKey = AuthorNames.key(title);
    String nameKey = AuthorNames.key(ELLIPSIS.matcher(name).replaceFirst(""));
    return nameKey.equals(titleKey) || titleKey.length() >= MIN_TITLE && nameKey.endsWith(titleKey)
        || !nameKey.isEmpty() && ELLIPSIS.matcher(name).find() && titleKey.startsWith(nameKey);
  }
}
