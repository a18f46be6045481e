package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the headline. The declared titles, strongest first, are the JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, the Microdata {@code headline}, Dublin Core, Parse.ly and Sailthru titles and the
 * {@code <title>}, each without the site's name ({@link TitleParts}). The headline the page shows, its
 * {@code <h1>}, wins over them when it agrees with one: when a declared title holds it, or when they share a
 * word, since sites often shorten or rephrase the title for search engines and social cards. An {@code <h1>} that
 * names the site, or that agrees with no declared title (a logo, a section name), is passed over; one that holds
 * a whole declared title and more (a kicker such as "Politics | ...") gives way to that declared title.
 *
 * @param text the headline, if any
 * @param headline the element that shows it: the {@code <h1>}, or a lower heading that shows a declared title
 */
record PageTitle(Optional<String> text, Optional<Element> headline) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");
  private static final int MAX_LENGTH = 400;

  static PageTitle choose(Document page, MetaTags meta, ArticleLd ld, Microdata md, Set<String> siteNames,
      Optional<String> host, PageRegions regions) {
    List<String> declaredRaw = new ArrayList<>();
    ld.articleText("headline").ifPresent(declaredRaw::add);
    meta.first("og:title").ifPresent(declaredRaw::add);
    meta.first("twitter:title").ifPresent(declaredRaw::add);
    md.headline().ifPresent(declaredRaw::add);
    meta.first("dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title").ifPresent(declaredRaw::add);
    Texts.completeText(page.selectFirst("head > title")).or(() -> Texts.completeText(page.selectFirst("title")))
        .ifPresent(declaredRaw::add);
    List<String> declared = declaredRaw.stream().map(t -> TitleParts.clean(t, siteNames, host))
        .filter(t -> !t.isBlank() && t.length() <= MAX_LENGTH).distinct().toList();

    for (Element h1 : page.select("h1")) {
      Optional<String> text = Texts.shortText(h1, MAX_LENGTH);
      if (text.isEmpty() || AuthorNames.key(text.get()).isEmpty() || regions.inOtherContent(h1)
          || TitleParts.isSite(text.get(), siteNames, host) || isLogo(h1, text.get(), declaredRaw)) {
        continue;
      }
      if (declared.isEmpty()) {
        return new PageTitle(text, Optional.of(h1));
      }
      String key = AuthorNames.key(text.get());
      for (String d : declared) {
        if (inAPartOfItsOwn(h1, key, AuthorNames.key(d))) {
          return new PageTitle(Optional.of(d), Optional.of(h1)); // the h1 adds a kicker or a date to the title
        }
      }
      if (declared.stream().anyMatch(d -> AuthorNames.key(d).equals(key))) {
        return new PageTitle(text, Optional.of(h1)); // the declared title, as the page shows it
      }
      Optional<String> main = mainPart(h1).filter(m -> declaredRaw.stream().anyMatch(d -> sharesAWord(m, d)));
      if (main.isPresent()) {
        return new PageTitle(main, Optional.of(h1));
      }
      for (String d : declaredRaw) {
        if (AuthorNames.key(d).contains(key) || sharesAWord(text.get(), d)) {
          return new PageTitle(text, Optional.of(h1));
        }
      }
    }
    // No <h1> shows the headline; a heading of another level may, and its place tells where the date is.
    for (Element h : page.select("h2, h3")) {
      Optional<String> text = Texts.shortText(h, MAX_LENGTH);
      if (text.isPresent() && !regions.inOtherContent(h)
          && declared.stream().anyMatch(d -> AuthorNames.key(d).equals(AuthorNames.key(text.get())))) {
        return new PageTitle(declared.stream().findFirst(), Optional.of(h));
      }
    }
    return new PageTitle(declared.stream().findFirst(), Optional.empty());
  }

  /**
   * Whether the headline element holds the declared title and, in an element of its own, something more: a
   * kicker above the headline ("Interne Unterlagen im Netz"), or a date or category line after it. A longer
   * headline in one run of text ("Saftiger Zitronenkuchen vom Blech: einfach köstlich!") is the headline itself.
   */
  private static boolean inAPartOfItsOwn(Element h1, String key, String declaredKey) {
    if (key.length() <= declaredKey.length() || !key.contains(declaredKey)) {
      return false;
    }
    for (Element e : h1.getAllElements()) {
      if (e == h1) {
        continue;
      }
      String part = AuthorNames.key(e.text());
      if (!part.isEmpty() && (key.equals(part + declaredKey) || key.equals(declaredKey + part))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The headline of a heading made of parts, each in an element of its own and nothing between them but
   * punctuation: a kicker and the headline ("<span>Kicker</span>: <span>Headline</span>"). The longest part is
   * the headline.
   */
  private static Optional<String> mainPart(Element h1) {
    if (h1.children().size() < 2 || !AuthorNames.key(h1.ownText()).isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (Element child : h1.children()) {
      Texts.nonBlank(child.text()).filter(t -> !AuthorNames.key(t).isEmpty()).ifPresent(parts::add);
    }
    if (parts.size() < 2) {
      return Optional.empty();
    }
    return parts.stream().max((a, b) -> a.length() - b.length());
  }

  /**
   * A heading that links to the home page, or that spells a part of the title that is not the headline (the
   * site's name, as in "Story - Salon.com"), is the site's logo.
   */
  private static boolean isLogo(Element h1, String text, List<String> declaredRaw) {
    for (Element a : h1.select("a[href]")) {
      String path = a.attr("href").replaceFirst("^https?://[^/]+", "");
      if (a.attr("rel").equalsIgnoreCase("home") || path.isEmpty() || path.equals("/")) {
        return true;
      }
    }
    String key = AuthorNames.key(text);
    if (key.length() < 3) {
      return false;
    }
    for (String title : declaredRaw) {
      List<String> affixes = TitleParts.affixes(title);
      for (String affix : affixes) {
        if (AuthorNames.key(affix).startsWith(key)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sharesAWord(String a, String b) {
    Set<String> words = words(a);
    words.retainAll(words(b));
    return !words.isEmpty();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
