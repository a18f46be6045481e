package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The tags and categories that the page shows with the article as links marked by their relation: {@code rel="tag"}
 * for a tag and {@code rel="category tag"} for a category, as WordPress and many blog engines mark them (the
 * relation comes from the microformats' rel-tag). Blogs seldom declare their tags in {@code <meta>} or JSON-LD, so
 * these links are often the only place the page names them. Links in a sidebar's tag cloud, in lists of other
 * articles or in comments are not the article's ({@link PageRegions}).
 */
final class PageTags {
  /** The longest text of a tag's link: a longer one is a teaser's title, not a tag. */
  private static final int MAX_TAG = 60;

  private final PageLinks links;
  private final PageRegions regions;
  private @Nullable List<String> tags;
  private List<String> categories = List.of();

  private PageTags(PageLinks links, PageRegions regions) {
    this.links = links;
    this.regions = regions;
  }

  /**
   * The tag and category links of the article, read when first asked for: a page that declares its tags and its
   * section needs no pass over its links.
   *
   * @param links the page's links
   * @param regions the parts of the page around the article
   * @return the tags and categories, each once, in page order
   */
  static PageTags of(PageLinks links, PageRegions regions) {
    return new PageTags(links, regions);
  }

  private void read() {
    if (tags != null) {
      return;
    }
    Map<String, String> tags = new LinkedHashMap<>();
    Map<String, String> categories = new LinkedHashMap<>();
    for (int i = 0, n = links.all().size(); i < n; i++) {
      String rel = links.rel(i);
      if (rel.isEmpty()) {
        continue; // most links: nothing to split
      }
      Element a = links.all().get(i);
      boolean tag = false;
      boolean category = false;
      for (String token : Texts.tokens(rel.toLowerCase(Locale.ROOT))) {
        tag |= token.equals("tag");
        category |= token.equals("category");
      }
      if (!tag || regions.inOtherContentThanFooters(a)) {
        continue;
      }
      Optional<String> text = Texts.shortText(a, MAX_TAG);
      if (text.isPresent()) {
        (category ? categories : tags).putIfAbsent(text.get().toLowerCase(Locale.ROOT), text.get());
      }
    }
    this.tags = List.copyOf(tags.values());
    this.categories = List.copyOf(categories.values());
  }

  /** The tags, such as "iMac" and "Lightroom": links marked {@code rel="tag"} alone. */
  List<String> tags() {
    read();
    return Objects.requireNonNull(tags);
  }

  /** The categories, such as "Mac": links marked {@code rel="category tag"}. */
  List<String> categories() {
    read();
    return categories;
  }
}
