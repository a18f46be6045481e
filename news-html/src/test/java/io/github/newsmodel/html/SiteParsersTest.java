package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.NewsModelException;
import io.github.newsmodel.html.internal.sites.afterdawn.AfterDawnParser;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteParsersTest {
  private static final SiteParsers DISCOVERED = SiteParsers.discovered();

  private static String nameOf(Optional<SiteParser> parser) {
    return parser.map(p -> p.getClass().getSimpleName()).orElse("none");
  }

  /** A parser for tests that names its hosts and nothing else. */
  private record Named(String name, Set<String> hosts) implements SiteParser {
    @Override
    public ZoneId zone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Article parse(Document page, PageContext context) {
      return Article.builder().title(name).build();
    }
  }

  @Test
  void discoversTheBuiltInParsersAndThoseOfOtherLibraries() {
    assertThat(DISCOVERED.parsers()).extracting(p -> p.getClass().getSimpleName())
        .contains("AfterDawnParser", "RedditParser", "ExampleSiteParser");
    assertThat(SiteParsers.discovered()).isSameAs(DISCOVERED);
    assertThat(SiteParsers.builder().addDiscovered(getClass().getClassLoader()).build().parsers())
        .hasSameSizeAs(DISCOVERED.parsers());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"afterdawn.com", "www.afterdawn.com", "WWW.AfterDawn.COM", "www.afterdawn.com.",
      "forums.afterdawn.com"})
  void aHostCoversItselfAndItsSubdomains(String host) {
    assertThat(nameOf(DISCOVERED.forHost(host))).isEqualTo("AfterDawnParser");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"notafterdawn.com", "afterdawn.com.evil.example", "afterdawn.fi", "com", ""})
  void otherHostsAreNotCovered(String host) {
    assertThat(DISCOVERED.forHost(host)).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // the mistake under test
  void aNullHostIsNamedInTheException() {
    String host = null;

    assertThatThrownBy(() -> DISCOVERED.forHost(host)).isInstanceOf(NullPointerException.class).hasMessage("host");
  }

  @Test
  void aUrlIsMatchedByItsHostAndAnArchiveUrlByTheArchivedHost() {
    assertThat(nameOf(DISCOVERED.forUrl(Pages.ALLOFMP3))).isEqualTo("AfterDawnParser");
    assertThat(nameOf(DISCOVERED.forUrl(Pages.ALLOFMP3_WAYBACK))).isEqualTo("AfterDawnParser");
    assertThat(nameOf(DISCOVERED.forUrl(URI.create("https://web.archive.org/web/2012/http://www.example.test/"))))
        .isEqualTo("ExampleSiteParser");
    assertThat(DISCOVERED.forUrl(URI.create("file:///tmp/page.html"))).isEmpty();
  }

  @Test
  void theLongestMatchingHostWinsAndThenTheFirstRegistered() {
    SiteParsers parsers = SiteParsers.of(
        new Named("site", Set.of("example.test")),
        new Named("news", Set.of("news.example.test")),
        new Named("late", Set.of("example.test")));

    assertThat(parsers.forHost("news.example.test")).hasValueSatisfying(p -> assertThat(p.hosts())
        .containsExactly("news.example.test"));
    assertThat(parsers.forHost("www.example.test").map(p -> ((Named) p).name())).hasValue("site");
  }

  @Test
  void anExplicitParserRegisteredFirstReplacesABuiltInOne() {
    SiteParsers parsers = SiteParsers.builder()
        .addParsers(new Named("mine", Set.of("afterdawn.com")))
        .addDiscovered()
        .build();

    Article article = HtmlArticles.parse("<title>x</title>", Pages.ALLOFMP3,
        ParseOptions.builder().siteParsers(parsers).build());

    assertThat(article.title()).hasValue("mine");
  }

  @Test
  void aDiscoveredParserOfAnotherLibraryIsUsedByDefault() {
    Article article = HtmlArticles.parse("<h1>Hello</h1>", URI.create("https://www.example.test/a"));

    assertThat(article.title()).hasValue("example: Hello");
  }

  @Test
  void aPageThatTheExampleParserCannotReadIsNoArticleNotAJsoupFailure() {
    // Found by fuzzing: the example asked jsoup for the <h1> with expectFirst, which throws where there is none.
    assertThatThrownBy(() -> HtmlArticles.parse("<title>No headline</title><p>Text.</p>",
        URI.create("https://www.example.test/no-headline")))
        .isInstanceOf(NotAnArticleException.class)
        .hasMessage("https://www.example.test/no-headline at 'html > body': no headline (h1)");
  }

  /** A parser for tests whose zone and article are given, null included. */
  private static final class Broken implements SiteParser {
    private final Supplier<@Nullable ZoneId> zone;
    private final Supplier<@Nullable Article> article;

    Broken(Supplier<@Nullable ZoneId> zone, Supplier<@Nullable Article> article) {
      this.zone = zone;
      this.article = article;
    }

    @Override
    public Set<String> hosts() {
      return Set.of("broken.example.test");
    }

    @Override
    @SuppressWarnings("NullAway") // the broken contract under test
    public ZoneId zone() {
      return zone.get();
    }

    @Override
    @SuppressWarnings("NullAway") // the broken contract under test
    public Article parse(Document page, PageContext context) {
      return article.get();
    }
  }

  private static final URI BROKEN_PAGE = URI.create("https://broken.example.test/a");

  private static Article parseWith(SiteParser parser, Optional<ZoneId> assumedZone) {
    return HtmlArticles.parse("<h1>A</h1>", BROKEN_PAGE,
        ParseOptions.builder().siteParsers(SiteParsers.of(parser)).assumedZone(assumedZone).build());
  }

  @Test
  void aBugOfASiteParserIsNamedWithThePageAndNotTakenForABadPage() {
    Broken buggy = new Broken(() -> ZoneOffset.UTC, () -> {
      throw new IllegalStateException("no comments list");
    });

    assertThatThrownBy(() -> parseWith(buggy, Optional.empty()))
        .isExactlyInstanceOf(SiteParserException.class)
        .isNotInstanceOf(NewsModelException.class)
        .hasMessage(BROKEN_PAGE + ": site parser " + Broken.class.getName()
            + " threw java.lang.IllegalStateException: no comments list")
        .hasCauseExactlyInstanceOf(IllegalStateException.class)
        .satisfies(e -> {
          assertThat(((SiteParserException) e).page()).isEqualTo(BROKEN_PAGE);
          assertThat(((SiteParserException) e).parser()).isEqualTo(Broken.class.getName());
        });
  }

  @Test
  void aSiteParserThatReturnsNoArticleIsNamedWithThePage() {
    Broken returnsNull = new Broken(() -> ZoneOffset.UTC, () -> null);

    assertThatThrownBy(() -> parseWith(returnsNull, Optional.empty()))
        .isExactlyInstanceOf(SiteParserException.class)
        .hasMessage(BROKEN_PAGE + ": site parser " + Broken.class.getName()
            + " returned null from parse(Document, PageContext)")
        .hasNoCause();
  }

  @Test
  void aSiteParserWithoutAZoneIsNamedWithThePageUnlessTheCallerGivesOne() {
    Broken noZone = new Broken(() -> null, () -> Article.builder().title("A").build());

    assertThatThrownBy(() -> parseWith(noZone, Optional.empty()))
        .isExactlyInstanceOf(SiteParserException.class)
        .hasMessage(BROKEN_PAGE + ": site parser " + Broken.class.getName() + " returned null from zone()");
    assertThat(parseWith(noZone, Optional.of(ZoneOffset.UTC)).title()).as("the parser's zone is not needed")
        .hasValue("A");
  }

  @Test
  void aSiteParserWhoseZoneThrowsIsNamedWithThePage() {
    Broken unknownZone = new Broken(() -> ZoneId.of("Europe/Atlantis"), () -> Article.builder().title("A").build());

    assertThatThrownBy(() -> parseWith(unknownZone, Optional.empty()))
        .isExactlyInstanceOf(SiteParserException.class)
        .hasMessageStartingWith(BROKEN_PAGE + ": site parser " + Broken.class.getName()
            + " threw java.time.zone.ZoneRulesException: Unknown time-zone ID: Europe/Atlantis")
        .hasCauseInstanceOf(DateTimeException.class);
  }

  @Test
  void aPageParseExceptionOfASiteParserReachesTheCallerAsItIs() {
    PageParseException own = new PageParseException(BROKEN_PAGE, "div.story", "no story text");
    Broken rejecting = new Broken(() -> ZoneOffset.UTC, () -> {
      throw own;
    });

    assertThatThrownBy(() -> parseWith(rejecting, Optional.empty())).isSameAs(own);
  }

  @Test
  void withoutParsersEveryPageGoesToTheGenericExtractor() {
    ParseOptions helsinki = ParseOptions.builder().assumedZone(AfterDawnParser.ZONE).build();
    Article site = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid.html"), Pages.ALLOFMP3, helsinki);
    Article generic = HtmlArticles.parse(Pages.text("afterdawn-allofmp3-ifpi-raid.html"), Pages.ALLOFMP3,
        ParseOptions.builder().from(helsinki).siteParsers(SiteParsers.of()).build());

    assertThat(generic.title()).hasValue("AllofMP3 calls IFPI raid a publicity stunt");
    // The generic extractor finds what the site parser reads, without knowing the site.
    assertThat(generic.authors()).extracting(Author::name).as("not the 'Google+' profile link beside the name")
        .isEqualTo(site.authors().stream().map(Author::name).toList());
    assertThat(generic.publishedAt()).isEqualTo(site.publishedAt());
    assertThat(site.body()).filteredOn(b -> !(b instanceof Image))
        .allSatisfy(b -> assertThat(generic.text()).contains(b.text()));
    assertThat(generic.commentCount()).isEqualTo(site.commentCount());
    assertThat(generic.commentsOpen()).isEqualTo(site.commentsOpen());
    assertThat(generic.comments()).extracting(Comment::number).isEqualTo(site.comments().stream()
        .map(Comment::number).toList());
    assertThat(generic.comments()).extracting(Comment::text).isEqualTo(site.comments().stream()
        .map(Comment::text).toList());
    assertThat(generic.comments()).extracting(Comment::publishedAt).isEqualTo(site.comments().stream()
        .map(Comment::publishedAt).toList());
    assertThat(generic.comments().get(1).edits()).extracting(e -> e.editedAt().orElseThrow())
        .isEqualTo(site.comments().get(1).edits().stream().map(e -> e.editedAt().orElseThrow()).toList());
  }

  @Test
  void aParserMustNameHosts() {
    Set<String> withNull = new HashSet<>(Arrays.asList("a.test", null));
    String named = "site parser " + Named.class.getName();

    assertThatThrownBy(() -> SiteParsers.of(new Named("none", Set.of())))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(named + " names no host: hosts() is empty");
    assertThatThrownBy(() -> SiteParsers.of(new Named("a", Set.of("a.test")), new Named("null", nullHosts())))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(named + " returned null from hosts()");
    assertThatThrownBy(() -> SiteParsers.of(new Named("a", withNull)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(named + ": hosts() holds null");
  }

  @SuppressWarnings("NullAway") // the broken contract under test
  private static Set<String> nullHosts() {
    return null;
  }

  /** Hosts that no page's URL can have: the parser would never be chosen. */
  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', textBlock = """
      *.example.com        | a host covers its subdomains already, so give 'example.com'
      .example.com         | a host covers its subdomains already, so give 'example.com'
      *example.com         | label '*example' holds '*', and a label holds only letters, digits, hyphens and underscores
      exa mple.com         | label 'exa mple' holds ' ', and a label holds only letters, digits, hyphens and underscores
      ' example.com'       | label ' example' holds ' ', and a label holds only letters, digits, hyphens and underscores
      http://example.com/  | label 'http://example' holds ':', and a label holds only letters, digits, hyphens and underscores
      example.com:8080     | label 'com:8080' holds ':', and a label holds only letters, digits, hyphens and underscores
      ''                   | it is empty
      example..com         | it has an empty label
      example.com..        | it has an empty label
      -news.example.com    | label '-news' starts or ends with a hyphen
      example.123          | its last label, '123', does not start with a letter, and it is no IPv4 address
      1.2.3.456            | its last label, '456', does not start with a letter, and it is no IPv4 address
      bücher.example       | give an internationalised name in its ASCII form (punycode), such as 'xn--bcher-kva.example' for 'bücher.example'
      """)
  void aHostThatNoPageCanHaveIsRefusedNamingTheParser(String host, String problem) {
    assertThatThrownBy(() -> SiteParsers.of(new Named("a", Set.of("a.test")), new Named("b", Set.of(host))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("site parser " + Named.class.getName() + ": hosts() holds '" + host
            + "', which is not a host name such as 'example.com': " + problem);
  }

  @Test
  void aHostIsAtMost253CharactersInLabelsOfAtMost63() {
    String label63 = "a".repeat(63);
    String longest = String.join(".", label63, label63, label63, "a".repeat(61));

    assertThat(SiteParsers.of(new Named("long", Set.of(longest))).forHost(longest)).isPresent();
    assertThatThrownBy(() -> SiteParsers.of(new Named("long", Set.of("a" + longest))))
        .hasMessageEndingWith("it is longer than 253 characters");
    assertThatThrownBy(() -> SiteParsers.of(new Named("long", Set.of("a" + label63 + ".test"))))
        .hasMessageEndingWith("label 'a" + label63 + "' is longer than 63 characters");
  }

  /** Every host a parser may name is one that a URL can have, underscores and all, so that pages reach it. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"example.com", "Example.COM", "example.com.", "xn--bcher-kva.example", "localhost",
      "1example.com", "news-1.ex--ample.com", "127.0.0.1", "my_blog.example.com", "_dmarc.example.com"})
  void aHostThatAUrlCanHaveIsAcceptedAndReachesThePagesOfItsUrls(String host) {
    SiteParsers parsers = SiteParsers.of(new Named("mine", Set.of(host)));

    assertThat(parsers.forUrl(URI.create("http://" + host + "/news/a")).map(p -> ((Named) p).name()))
        .hasValue("mine");
  }
}
