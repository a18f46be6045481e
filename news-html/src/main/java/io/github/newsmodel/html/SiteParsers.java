package io.github.newsmodel.html;

import io.github.newsmodel.core.internal.NewsStyle;
import io.github.newsmodel.core.internal.UrlHosts;
import io.github.newsmodel.html.internal.HostNames;
import io.github.newsmodel.html.internal.Once;
import io.github.newsmodel.html.internal.archive.Archives;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The site parsers to choose from, in order of registration.
 *
 * <p>A page goes to the parser with the longest host that matches the page's host (a host matches itself and its
 * subdomains); between parsers with the same host, the one registered first wins. So a parser of your own,
 * registered before the discovered ones, replaces a built-in parser for the same site:
 *
 * <pre>{@code
 * SiteParsers parsers = SiteParsers.builder()
 *     .addParsers(new MyAfterDawnParser())
 *     .addDiscovered()
 *     .build();
 * Article article = HtmlArticles.parse(html, url, ParseOptions.builder().siteParsers(parsers).build());
 * }</pre>
 *
 * <p>A parser is checked when it is registered: one whose {@link SiteParser#hosts()} holds no host, or a name that
 * no page's URL can have (a wildcard such as {@code *.example.com}, a leading dot, a space, a Unicode name rather
 * than its ASCII form), throws {@link IllegalArgumentException} naming the parser's class, since it would never be
 * used.
 */
@Value.Immutable
@NewsStyle
public abstract class SiteParsers {
  // Not a holder class: a failed lookup is not kept, so one broken parser on the class path cannot leave a class
  // that never initialises, and the next call tries again.
  private static final Once<SiteParsers> DISCOVERED =
      new Once<>("the discovered site parsers", () -> builder().addDiscovered().build());

  SiteParsers() {}

  /**
   * The parsers in order of registration.
   *
   * @return the parsers; may be empty, in which case every page goes to the generic extractor
   */
  public abstract List<SiteParser> parsers();

  /**
   * The parser for a host.
   *
   * @param host a host name such as {@code www.afterdawn.com}, in ASCII as a URL holds it; case and a trailing dot
   *     do not matter
   * @return the parser with the longest matching host, if any matches
   */
  public Optional<SiteParser> forHost(String host) {
    String h = normalise(Objects.requireNonNull(host, "host"));
    SiteParser best = null;
    int bestLength = -1;
    for (SiteParser parser : parsers()) {
      for (String covered : parser.hosts()) {
        String c = normalise(covered);
        boolean matches = h.equals(c) || h.endsWith("." + c);
        if (matches && c.length() > bestLength) {
          best = parser;
          bestLength = c.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The parser for a page's URL. For a web archive's address of a capture (the Wayback Machine's, or archive.today's
   * long one), the host of the archived page decides.
   *
   * @param url the page's URL
   * @return the parser with the longest matching host, if any matches; empty for a URL without a host
   */
  public Optional<SiteParser> forUrl(URI url) {
    URI page = Archives.capture(url).map(c -> c.original()).orElse(url);
    return UrlHosts.of(page).flatMap(this::forHost);
  }

  /**
   * The site parsers that {@link ServiceLoader} finds through the thread's context class loader: the built-in
   * ones and those of any library on the class path or module path. The lookup runs once it succeeds; later calls
   * return the same registry.
   *
   * <p>A lookup that fails is not kept: this call throws, and the next one looks again. A parser on the class path
   * that cannot be loaded or registered (a listed class that is missing, a constructor that throws, hosts that no
   * page can have) makes every call fail alike, and with it every parse with the default options; fix or remove
   * it, or give {@link ParseOptions#siteParsers()} a registry of your own, which needs no lookup.
   *
   * @return the discovered parsers
   * @throws IllegalStateException if a parser on the class path cannot be loaded or registered; the message names
   *     it and the cause, and the {@link java.util.ServiceConfigurationError} or
   *     {@link IllegalArgumentException} is the cause
   */
  public static SiteParsers discovered() {
    return DISCOVERED.get();
  }

  /**
   * A registry of exactly the given parsers, without discovery.
   *
   * @param parsers the parsers, in order of precedence for equal hosts
   * @return the registry
   * @throws IllegalArgumentException if a parser's {@link SiteParser#hosts()} is null or empty, or holds a name
   *     that is not a host name
   */
  public static SiteParsers of(SiteParser... parsers) {
    return builder().addParsers(parsers).build();
  }

  /**
   * Starts building a registry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    for (SiteParser parser : parsers()) {
      checkHosts(parser);
    }
  }

  /**
   * Refuses a parser whose hosts no page can have: it would never be chosen, and nothing would say why. A mistake
   * of the code that registers it, so not a {@link io.github.newsmodel.core.InvalidValueException}, which is for
   * bad input.
   */
  private static void checkHosts(SiteParser parser) {
    String name = "site parser " + parser.getClass().getName();
    Set<String> hosts = parser.hosts();
    // Someone else's parser may break its contract, and null would otherwise fail without the parser's name.
    if (hosts == null) {
      throw new IllegalArgumentException(name + " returned null from hosts()");
    }
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException(name + " names no host: hosts() is empty");
    }
    for (String host : hosts) {
      if (host == null) {
        throw new IllegalArgumentException(name + ": hosts() holds null");
      }
      Optional<String> problem = HostNames.problem(host);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(name + ": hosts() holds '" + host
            + "', which is not a host name such as 'example.com': " + problem.get());
      }
    }
  }

  private static String normalise(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  /** Builds a {@link SiteParsers} registry. */
  public static final class Builder extends ImmutableSiteParsers.Builder {
    Builder() {}

    /**
     * Adds the site parsers that {@link ServiceLoader} finds through the thread's context class loader. If one
     * cannot be loaded or registered, none is added.
     *
     * @return this builder
     * @throws IllegalStateException if a parser that {@link ServiceLoader} lists cannot be loaded or registered,
     *     as {@link SiteParsers#discovered()} says
     */
    public Builder addDiscovered() {
      return addAll(ServiceLoader.load(SiteParser.class));
    }

    /**
     * Adds the site parsers that {@link ServiceLoader} finds through the given class loader. If one cannot be
     * loaded or registered, none is added.
     *
     * @param loader the class loader to search
     * @return this builder
     * @throws IllegalStateException if a parser that {@link ServiceLoader} lists cannot be loaded or registered,
     *     as {@link SiteParsers#discovered()} says
     */
    public Builder addDiscovered(ClassLoader loader) {
      return addAll(ServiceLoader.load(SiteParser.class, loader));
    }

    // A parser on the class path is no argument of the caller's, so what is wrong with it is a state of the
    // environment, and the caller learns which parser it is and why from the one message.
    private Builder addAll(ServiceLoader<SiteParser> discovered) {
      List<SiteParser> found = new ArrayList<>();
      try {
        for (SiteParser parser : discovered) {
          checkHosts(parser);
          found.add(parser);
        }
      } catch (ServiceConfigurationError e) {
        throw new IllegalStateException("cannot load the site parsers that ServiceLoader finds: " + e.getMessage()
            + (e.getCause() == null ? "" : ": " + e.getCause()), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("cannot register the site parsers that ServiceLoader finds: "
            + e.getMessage(), e);
      }
      addAllParsers(found);
      return this;
    }
  }
}
