package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.internal.UrlHosts;
import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.dom.Urls;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The publication's name. Strongest first: the JSON-LD {@code publisher} of the article, {@code og:site_name},
 * the Microdata {@code publisher}, a JSON-LD {@code WebSite}, {@code application-name} and
 * {@code apple-mobile-web-app-title}, and the part of the {@code <title>} that spells the host's name, else the part
 * that a link to the home page shows, as a header's site name does ({@code <a href="/">חדשות המפרץ</a>}). A name
 * with a tagline ("Example News - All the news") is cut to the part that spells the host's name, when one does. A
 * company's legal name as the publisher ("Example Verlag GmbH") gives way to a site name the page declares without
 * a legal form ({@code og:site_name} and the like), not to one read off its titles.
 *
 * @param name the chosen name, if any
 * @param all every name the page gives its site, for telling the site apart from authors and headlines
 */
record SiteName(Optional<String> name, Set<String> all) {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|»:•·-]|–|—)\\s+");
  /** The legal form that ends a company's name: the publisher's, not the publication's. */
  private static final Pattern LEGAL_FORM = Pattern.compile("(?i)[\\s,](?:gmbh|ag|se|kg|gbr|e\\.\\s?v\\.|inc\\.?"
      + "|ltd\\.?|llc|plc|s\\.\\s?a\\.?|s\\.\\s?l\\.?|srl|s\\.r\\.l\\.|b\\.v\\.|oy|ab|as|a/s|corp\\.?)(?:\\s*&\\s*co\\.?"
      + "(?:\\s*kg)?)?$");
  /** The words that a link to the home page shows when it does not show the site's name. */
  private static final Pattern HOME = Pattern.compile("(?iu)home|homepage|startseite|start|accueil|inicio|index"
      + "|главная|首页|ホーム|홈|الرئيسية|ראשי|דף הבית|หน้าแรก|ana sayfa|anasayfa|trang chủ|beranda");

  static SiteName of(PageElements elements, MetaTags meta, ArticleLd ld, Microdata md, Optional<String> host) {
    List<String> names = new ArrayList<>();
    ld.publisherName().ifPresent(names::add);
    meta.first("og:site_name").ifPresent(names::add);
    md.publisherName().ifPresent(names::add);
    ld.webSiteName().ifPresent(names::add);
    meta.first("application-name", "apple-mobile-web-app-title").ifPresent(names::add);
    int declared = names.size();
    Optional<String> title = Texts.completeText(PageTitle.firstTitle(elements));
    title.flatMap(t -> TitleParts.siteAffix(t, host)).or(() -> title.flatMap(t -> boardLinked(t, elements)))
        .or(() -> title.flatMap(t -> homeLinked(outerPartsOrWhole(t), elements, host)))
        .ifPresent(names::add);
    Set<String> all = new LinkedHashSet<>();
    List<String> usable = new ArrayList<>();
    for (String n : names) {
      String shortened = shortened(n, host);
      all.add(n);
      all.add(shortened);
      if (shortened.length() <= 100) {
        usable.add(shortened);
      }
    }
    Optional<String> name = usable.stream().findFirst();
    if (name.isPresent() && LEGAL_FORM.matcher(name.get()).find()) {
      // A company's legal name as the publisher ("BF Blogform Social Media GmbH") gives way to the name the page
      // declares for its site ("Deutsche Wirtschafts Nachrichten" in og:site_name); a name read off the titles is
      // too weak to overrule it.
      name = names.subList(0, declared).stream().map(n -> shortened(n, host))
          .filter(n -> n.length() <= 100 && !LEGAL_FORM.matcher(n).find()).findFirst().or(() -> usable.stream()
          .findFirst());
    }
    return new SiteName(name, Set.copyOf(all));
  }

  /**
   * The parts of a title that may name the site ({@link TitleParts#outerParts}), or a title of one part whole: a
   * page titled with its site's name alone, as the logo's link home shows it ("The Daily Planet"), declares no
   * headline of its own.
   */
  private static List<String> outerPartsOrWhole(String title) {
    List<String> parts = TitleParts.outerParts(title);
    return parts.isEmpty() ? List.of(Texts.normalise(title)) : parts;
  }

  /**
   * Invision Power Board 1 and 2's "Board -> Topic": the board's name, where a link of the page shows it too, as
   * the board's navigation strip does. A title such as "Vim -> Neovim" has no link "Vim", and names no site.
   */
  private static Optional<String> boardLinked(String title, PageElements elements) {
    int arrow = title.indexOf(" -> ");
    if (arrow <= 0) {
      return Optional.empty(); // nearly every title
    }
    String board = title.substring(0, arrow).strip();
    for (Element a : elements.byTag("a")) {
      if (board.equals(Texts.normalise(a.text()))) {
        return Optional.of(board);
      }
    }
    return Optional.empty();
  }

  /**
   * The first of a title's outer parts that a link to the site's home page shows, as a logo or the site's name in
   * the header does: {@code /}, or the host's root. Read only when no part spells the host. Only links that show
   * one of the parts are resolved: resolving every link of a page cost more than the rest of the site's name.
   */
  private static Optional<String> homeLinked(List<String> parts, PageElements elements, Optional<String> host) {
    if (parts.isEmpty() || host.isEmpty()) {
      return Optional.empty();
    }
    String site = Urls.siteHost(host.get());
    Set<String> shown = new HashSet<>();
    for (Element a : elements.byTag("a")) {
      if (!mayLeadHome(a.attr("href"))) {
        continue; // most links: their address alone says they are no home link, whose text need not be read
      }
      String text = Texts.normalise(a.text());
      if (!text.isEmpty() && parts.contains(text) && !shown.contains(text) && !HOME.matcher(text).matches()
          && isHome(a, site)) {
        shown.add(text);
      }
    }
    return parts.stream().filter(shown::contains).findFirst();
  }

  /**
   * Whether a link may lead to a home page by its address alone, as {@link #isHome} would tell: false for a plain
   * absolute URL with a path beyond "/", and for a relative one of plain characters, without a scheme, host, query or
   * fragment, whose last segment is a name (not empty, "." or ".."), as that segment ends the path it resolves to.
   */
  static boolean mayLeadHome(String href) {
    if (Urls.plainAbsolute(href)) {
      int slash = href.indexOf('/', href.indexOf("//") + 2);
      return slash < 0 || slash == href.length() - 1;
    }
    int n = href.length();
    if (n == 0 || href.startsWith("//")) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = href.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~/=&+,;%!$'()*@".indexOf(c) >= 0)) {
        return true; // a scheme, query, fragment, space or another character that resolving may read otherwise
      }
    }
    String segment = href.substring(href.lastIndexOf('/') + 1);
    return segment.isEmpty() || segment.equals(".") || segment.equals("..");
  }

  private static boolean isHome(Element a, String site) {
    return a.attr("href").strip().equals("/") || Urls.http(a, "href").filter(u -> (u.getRawPath() == null
        || u.getRawPath().isEmpty() || u.getRawPath().equals("/")) && u.getRawQuery() == null
        && UrlHosts.of(u).map(Urls::siteHost).filter(site::equals).isPresent()).isPresent();
  }

  private static String shortened(String name, Optional<String> host) {
    if (!TitleParts.holdsSeparator(name)) {
      return name; // no separator of SEPARATOR's, so no tagline to cut off: most names, read without the pattern
    }
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
