package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Access;
import io.github.newsmodel.html.internal.jsonld.LdNode;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the article is free to read, as the page declares it for search engines, from three sources in the order
 * of strength that {@link ArticleMetadata} gives structured data:
 *
 * <ol>
 *   <li>JSON-LD: {@code isAccessibleForFree} of the strongest {@link ArticleLd} node that declares it or a part
 *       (after the strongest, only nodes of their own, not those nested in another's property),
 *       where a {@code hasPart} marked {@code false} (the {@code WebPageElement} a paywall hides, by its
 *       {@code cssSelector}) makes the article not free whatever its own value, and a part marked free says nothing;
 *   <li>{@code <meta property="article:content_tier">}: {@code free}, {@code metered} or {@code locked};
 *   <li>Microdata: {@code itemprop="isAccessibleForFree"} of the article, and of its {@code hasPart} items.
 * </ol>
 *
 * <p>The strongest source that declares anything says whether the article is free. Where it says not free, a
 * content tier of {@code metered} or {@code locked} names the kind of paywall, which {@code isAccessibleForFree}
 * cannot ({@link Access#METERED}, {@link Access#LOCKED}); without one it is {@link Access#PAYWALLED}. So a page
 * whose JSON-LD says {@code false} and whose content tier says {@code free} is {@code PAYWALLED}, and one whose
 * JSON-LD says {@code true} and whose tier says {@code metered} is {@code FREE}. Values are {@code true} and
 * {@code false} as JSON booleans or as strings in any case ({@code "False"}); any other value declares nothing.
 */
final class PageAccess {
  private static final String PROPERTY = "isAccessibleForFree";

  private PageAccess() {}

  /**
   * Reads the article's access.
   *
   * @param ld the article's JSON-LD nodes
   * @param tags the page's {@code <meta>} elements
   * @param md the article's Microdata
   * @return the access, if any source declares it
   */
  static Optional<Access> of(ArticleLd ld, MetaTags tags, Microdata md) {
    Optional<Access> tier = tags.first("article:content_tier", "og:article:content_tier").flatMap(PageAccess::tier);
    Optional<Boolean> free = jsonLd(ld).or(() -> tier.map(t -> t == Access.FREE)).or(() -> microdata(md));
    if (free.isEmpty()) {
      return Optional.empty();
    }
    return free.get() ? Optional.of(Access.FREE)
        : Optional.of(tier.filter(t -> t != Access.FREE).orElse(Access.PAYWALLED));
  }

  /**
   * The first ranked node that declares its own access or has a part marked not free: false if either says not
   * free. A part marked free says nothing of the rest of the article. After the strongest node, only nodes of their
   * own are read, not those nested in another's property: the {@code isPartOf} product of a subscription, typed
   * {@code CreativeWork}, is not the article.
   */
  private static Optional<Boolean> jsonLd(ArticleLd ld) {
    for (LdNode node : ld.nodes()) {
      if (node.depth() > 0 && node != ld.nodes().get(0)) {
        continue;
      }
      for (LdNode part : node.nodes("hasPart")) {
        if (part.flag(PROPERTY).filter(free -> !free).isPresent()) {
          return Optional.of(false);
        }
      }
      Optional<Boolean> own = node.flag(PROPERTY);
      if (own.isPresent()) {
        return own;
      }
    }
    return Optional.empty();
  }

  private static Optional<Boolean> microdata(Microdata md) {
    return md.hasPartNotFree() ? Optional.of(false) : md.accessibleForFree();
  }

  /** The content tier's three values, in any case; another declares nothing. */
  private static Optional<Access> tier(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "free" -> Optional.of(Access.FREE);
      case "metered" -> Optional.of(Access.METERED);
      case "locked" -> Optional.of(Access.LOCKED);
      default -> Optional.empty();
    };
  }
}
