package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.jsonld.JsonLd;
import io.github.newsmodel.html.internal.jsonld.LdNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON-LD nodes that describe the article itself, strongest first. A page's JSON-LD also describes its site,
 * its breadcrumbs, its authors and, often, other articles (related links, lists), so the nodes are ranked:
 *
 * <ol>
 *   <li>by kind: article types ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, their subtypes and
 *       kin), then other works ({@code Recipe}, {@code VideoObject}, {@code Review}, ...), then web pages
 *       ({@code WebPage}, {@code ItemPage}, ...);
 *   <li>within a kind, a node that names the page's own URL ({@code url}, {@code @id} or
 *       {@code mainEntityOfPage}) first, then the least nested, then the first in the page.
 * </ol>
 *
 * <p>A value is read from the first ranked node that has it, so that a {@code WebPage} can supply the date that
 * its {@code NewsArticle} left out.
 */
final class ArticleLd {
  static final Set<String> ARTICLES = Set.of("Article", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
      "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "SatiricalArticle",
      "ScholarlyArticle", "TechArticle", "Report", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
      "DiscussionForumPosting", "MedicalScholarlyArticle", "APIReference");
  static final Set<String> WORKS = Set.of("Recipe", "HowTo", "Review", "VideoObject", "AudioObject", "PodcastEpisode",
      "CreativeWork", "Episode", "Book", "Course", "Guide");
  static final Set<String> PAGES = Set.of("WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage",
      "QAPage", "FAQPage", "MedicalWebPage", "RealEstateListing", "SearchResultsPage");
  static final Set<String> ORGANISATIONS = Set.of("Organization", "NewsMediaOrganization", "Corporation",
      "LocalBusiness", "EducationalOrganization", "GovernmentOrganization", "NGO", "OnlineBusiness",
      "MediaOrganization", "Brand", "WebSite", "Project", "SportsOrganization", "Library");

  private final JsonLd ld;
  private final List<LdNode> ranked;

  private ArticleLd(JsonLd ld, List<LdNode> ranked) {
    this.ld = ld;
    this.ranked = ranked;
  }

  static ArticleLd of(JsonLd ld, List<URI> pageUrls) {
    List<String> own = pageUrls.stream().map(ArticleLd::comparable).toList();
    List<LdNode> ranked = new ArrayList<>();
    for (Set<String> kind : List.of(ARTICLES, WORKS, PAGES)) {
      List<LdNode> nodes = new ArrayList<>(ld.ofType(kind));
      nodes.sort(Comparator.comparing((LdNode n) -> !namesPage(n, own)).thenComparingInt(LdNode::depth));
      ranked.addAll(nodes.stream().filter(n -> !ranked.contains(n)).toList());
    }
    return new ArticleLd(ld, List.copyOf(ranked));
  }

  /** Whether any node describes the article: one of the article types or other works. */
  boolean hasArticle() {
    return !ranked.isEmpty() && !ranked.get(0).isA(PAGES);
  }

  /** The ranked nodes. */
  List<LdNode> nodes() {
    return ranked;
  }

  /** The first text of the property in the ranked nodes. */
  Optional<String> text(String property) {
    return first(n -> n.text(property));
  }

  /** The first text of the property, in the article and work nodes only, not the web pages. */
  Optional<String> articleText(String property) {
    for (LdNode n : ranked) {
      if (!n.isA(PAGES)) {
        Optional<String> v = n.text(property);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  /** The name of the site: the publisher of the strongest node that names one, else a WebSite node. */
  Optional<String> publisherName() {
    Optional<String> publisher = first(n -> {
      for (LdNode p : n.nodes("publisher")) {
        Optional<String> name = p.text("name");
        if (name.isPresent()) {
          return name;
        }
      }
      return n.nodes("publisher").isEmpty() ? n.text("publisher") : Optional.empty();
    });
    return publisher;
  }

  /** The name of a {@code WebSite} node. */
  Optional<String> webSiteName() {
    return ld.ofType(Set.of("WebSite")).stream().map(n -> n.text("name")).flatMap(Optional::stream).findFirst();
  }

  /** The author nodes and plain author names of the strongest node that has any. */
  List<Object> authors() {
    for (LdNode n : ranked) {
      List<Object> out = new ArrayList<>();
      for (String property : List.of("author", "creator")) {
        out.addAll(n.nodes(property));
        out.addAll(n.texts(property));
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    return List.of();
  }

  private <T> Optional<T> first(Function<LdNode, Optional<T>> read) {
    for (LdNode n : ranked) {
      Optional<T> v = read.apply(n);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static boolean namesPage(LdNode node, List<String> own) {
    List<String> names = new ArrayList<>(node.texts("url"));
    node.id().ifPresent(names::add);
    names.addAll(node.texts("mainEntityOfPage"));
    node.nodes("mainEntityOfPage").forEach(m -> {
      m.id().ifPresent(names::add);
      names.addAll(m.texts("url"));
    });
    return names.stream().map(ArticleLd::comparable).anyMatch(own::contains);
  }

  /** A URL without scheme, "www.", fragment, query and trailing slash, lower-cased: what two spellings share. */
  static String comparable(Object url) {
    String u = url.toString().trim().toLowerCase(Locale.ROOT);
    u = u.startsWith("https://") ? u.substring(8) : u.startsWith("http://") ? u.substring(7) : u;
    u = u.startsWith("www.") ? u.substring(4) : u;
    int cut = u.indexOf('#');
    if (cut >= 0) {
      u = u.substring(0, cut);
    }
    cut = u.indexOf('?');
    if (cut >= 0) {
      u = u.substring(0, cut);
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }
}
