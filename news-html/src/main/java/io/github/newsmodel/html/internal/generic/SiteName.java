package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The publication's name. Strongest first: the JSON-LD {@code publisher} of the article, {@code og:site_name},
 * the Microdata {@code publisher}, a JSON-LD {@code WebSite}, {@code application-name} and
 * {@code apple-mobile-web-app-title}, and the part of the {@code <title>} that spells the host's name. A name
 * with a tagline ("Example News - All the news") is cut to the part that spells the host's name, when one does.
 *
 * @param name the chosen name, if any
 * @param all every name the page gives its site, for telling the site apart from authors and headlines
 */
record SiteName(Optional<String> name, Set<String> all) {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|»:•·-]|–|—)\\s+");
  /** The query for the {@code <title>}, parsed once: parsing it costs more than running it. */
  private static final Evaluator TITLE = QueryParser.parse("title");

  static SiteName of(Document page, MetaTags meta, ArticleLd ld, Microdata md, Optional<String> host) {
    List<String> names = new ArrayList<>();
    ld.publisherName().ifPresent(names::add);
    meta.first("og:site_name").ifPresent(names::add);
    md.publisherName().ifPresent(names::add);
    ld.webSiteName().ifPresent(names::add);
    meta.first("application-name", "apple-mobile-web-app-title").ifPresent(names::add);
    Texts.completeText(page.selectFirst(TITLE)).flatMap(t -> TitleParts.siteAffix(t, host)).ifPresent(names::add);
    Set<String> all = new LinkedHashSet<>();
    for (String n : names) {
      all.add(n);
      all.add(shortened(n, host));
    }
    return new SiteName(names.stream().map(n -> shortened(n, host)).filter(n -> n.length() <= 100).findFirst(),
        Set.copyOf(all));
  }

  private static String shortened(String name, Optional<String> host) {
    String[] parts = SEPARATOR.split(name);
    if (parts.length > 1) {
      for (String part : parts) {
        if (TitleParts.isSite(part, Set.of(), host)) {
          return part.trim();
        }
      }
    }
    return name;
  }
}
