package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.newsmodel.core.Article;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site parser on the class path that cannot be loaded or registered makes discovery fail with a message that
 * names it, every time it is tried, and never leaves a class of the library that cannot be initialised.
 */
class DiscoveryFailureTest {
  private static final String PAGE = "<title>A page</title><h1>Hello</h1>";

  @TempDir
  Path services;

  /** A class loader that finds the test's classes and, besides their providers, the given ones. */
  private URLClassLoader listing(String... providers) throws IOException {
    return new URLClassLoader(new URL[] {serviceFile(providers)}, getClass().getClassLoader());
  }

  private URL serviceFile(String... providers) throws IOException {
    Path file = services.resolve("META-INF/services/" + SiteParser.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", providers) + "\n", StandardCharsets.UTF_8);
    return services.toUri().toURL();
  }

  @Test
  void aProviderWhoseConstructorThrowsIsNamedWithItsCause() throws IOException {
    SiteParsers.Builder builder = SiteParsers.builder();

    try (URLClassLoader loader = listing(BrokenProviders.Throwing.class.getName())) {
      assertThatThrownBy(() -> builder.addDiscovered(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot load the site parsers that ServiceLoader finds: " + SiteParser.class.getName()
              + ": Provider " + BrokenProviders.Throwing.class.getName() + " could not be instantiated: "
              + "java.lang.IllegalStateException: no configuration for Throwing")
          .hasCauseInstanceOf(ServiceConfigurationError.class);
    }
    assertThat(builder.build().parsers()).as("none of the parsers found before it").isEmpty();
  }

  @Test
  void aProviderThatIsNotThereIsNamed() throws IOException {
    try (URLClassLoader loader = listing("com.example.RemovedParser")) {
      assertThatThrownBy(() -> SiteParsers.builder().addDiscovered(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("cannot load the site parsers that ServiceLoader finds: ")
          .hasMessageContaining("Provider com.example.RemovedParser not found");
    }
  }

  @Test
  void aProviderWithAHostNoPageCanHaveIsNamed() throws IOException {
    try (URLClassLoader loader = listing(BrokenProviders.Wildcard.class.getName())) {
      assertThatThrownBy(() -> SiteParsers.builder().addDiscovered(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot register the site parsers that ServiceLoader finds: site parser "
              + BrokenProviders.Wildcard.class.getName() + ": hosts() holds '*.wildcard.test', which is not a host"
              + " name such as 'example.com': a host covers its subdomains already, so give 'wildcard.test'")
          .hasCauseInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * The default options discover the parsers on first use. A failure there once made the holder classes of
   * {@link SiteParsers} and {@link ParseOptions} unusable: the first parse threw the {@link ServiceConfigurationError},
   * and every later one a {@link NoClassDefFoundError} that named neither the parser nor the cause.
   */
  @Test
  void everyParseWithTheDefaultsNamesTheBrokenProviderAndNoneLeavesAClassUnusable() throws Exception {
    try (URLClassLoader library = isolatedLibrary(BrokenProviders.Throwing.class.getName())) {
      for (int call = 1; call <= 3; call++) {
        Throwable thrown = catchThrowable(() -> parseWithDefaults(library, "https://www.example.test/a"));

        assertThat(thrown).as("call %d", call)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Provider " + BrokenProviders.Throwing.class.getName()
                + " could not be instantiated: java.lang.IllegalStateException: no configuration for Throwing");
      }
    }
  }

  @Test
  void aDiscoveryThatFailedIsTriedAgainOnTheNextCall() throws Throwable {
    try (URLClassLoader library = isolatedLibrary(BrokenProviders.FailsOnce.class.getName())) {
      assertThat(catchThrowable(() -> parseWithDefaults(library, "https://www.example.test/a")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("configuration not there yet");

      assertThat(parseWithDefaults(library, "https://www.example.test/a")).hasValue("example: Hello");
      assertThat(parseWithDefaults(library, "https://broken.test/a")).as("the provider that failed before")
          .hasValue("A page");
    }
  }

  /**
   * A fresh copy of news-html, news-core and jsoup, with the test's providers and the given ones, so that the
   * discovery of the default options runs here for the first time, whatever other tests ran in this JVM.
   */
  private URLClassLoader isolatedLibrary(String... providers) throws Exception {
    List<Class<?>> roots = List.of(HtmlArticles.class, Article.class, Jsoup.class, BrokenProviders.class);
    URL[] urls = new URL[roots.size() + 1];
    for (int i = 0; i < roots.size(); i++) {
      urls[i] = roots.get(i).getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
    }
    urls[roots.size()] = serviceFile(providers);
    URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    assertThat(Class.forName(HtmlArticles.class.getName(), false, loader)).isNotSameAs(HtmlArticles.class);
    return loader;
  }

  /** {@code HtmlArticles.parse(PAGE, url)} of the isolated library, as the thread's context class loader sees it. */
  private static Optional<Object> parseWithDefaults(ClassLoader library, String url) throws Throwable {
    Method parse = Class.forName(HtmlArticles.class.getName(), true, library)
        .getMethod("parse", String.class, URI.class);
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(library);
    try {
      Object article = parse.invoke(null, PAGE, URI.create(url));
      Optional<?> title = (Optional<?>) Class.forName(Article.class.getName(), true, library).getMethod("title")
          .invoke(article);
      return title.map(Object.class::cast);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } finally {
      thread.setContextClassLoader(context);
    }
  }
}
