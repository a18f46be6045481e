package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The public API is what module-info exports, and it shows no generated or internal type. */
class ApiSurfaceTest {
  private static final List<Class<?>> API = List.of(HtmlArticles.class, CommentFrames.class, ParseOptions.class,
      ParseOptions.Builder.class, PageContext.class, PageContext.Builder.class, SiteParser.class, SiteParsers.class,
      SiteParsers.Builder.class, PageParseException.class, NotAnArticleException.class, PageLimitException.class,
      SiteParserException.class);

  private static Path classes() throws URISyntaxException {
    return Path.of(HtmlArticles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static ModuleDescriptor module() throws IOException, URISyntaxException {
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void noPublicMethodMentionsAGeneratedOrInternalClass() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : API) {
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Throwable.class) {
          continue;
        }
        Stream.concat(Stream.of(m.getGenericReturnType()), Arrays.stream(m.getGenericParameterTypes()))
            .map(Type::getTypeName)
            .filter(name -> name.contains(".Immutable") || name.contains(".internal."))
            .forEach(name -> leaks.add(type.getSimpleName() + "." + m.getName() + " uses " + name));
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void accessorsCarryNoGetPrefix() {
    for (Class<?> type : API) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())) {
          assertThat(m.getName()).as(type.getSimpleName()).doesNotStartWith("get");
        }
      }
    }
  }

  @Test
  void theModuleExportsOnlyTheApiAndProvidesWhatServiceLoaderFilesList() throws Exception {
    ModuleDescriptor module = module();

    assertThat(module.exports()).filteredOn(e -> !e.isQualified()).extracting(Exports::source)
        .containsExactly("io.github.newsmodel.html");
    // The command line shares how a saved page is read, and no other module sees an internal package.
    assertThat(module.exports()).filteredOn(Exports::isQualified).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("io.github.newsmodel.html.internal.io");
      assertThat(e.targets()).containsExactly("io.github.newsmodel.cli");
    });
    assertThat(module.uses()).containsExactly(SiteParser.class.getName());
    String listed = Files.readString(classes().resolve("META-INF/services/" + SiteParser.class.getName()),
        StandardCharsets.UTF_8);
    assertThat(module.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(SiteParser.class.getName());
      assertThat(p.providers()).containsExactlyInAnyOrderElementsOf(listed.lines().map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    });
    assertThat(module.provides()).extracting(Provides::service).containsOnly(SiteParser.class.getName());
  }

  @Test
  void everyPackageIsNullMarked() throws Exception {
    for (String pkg : module().packages()) {
      Class<?> info = Class.forName(pkg + ".package-info");
      assertThat(info.isAnnotationPresent(NullMarked.class)).as(pkg).isTrue();
    }
  }

  /**
   * Every overload that reads a page can meet a limit, and a caller who catches {@link PageLimitException} apart
   * from other failures (to raise the limit, or to count bombs) must learn so from the overload they call.
   */
  @Test
  void everyParseOverloadDocumentsPageLimitException() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/newsmodel/html/HtmlArticles.java"),
        StandardCharsets.UTF_8);
    Matcher overload = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static Article parse\\(([^)]*)\\)",
        Pattern.DOTALL).matcher(source);
    List<String> documented = new ArrayList<>();
    List<String> undocumented = new ArrayList<>();
    while (overload.find()) {
      (overload.group(1).contains("@throws PageLimitException") ? documented : undocumented).add(overload.group(2));
    }
    long overloads = Arrays.stream(HtmlArticles.class.getMethods()).filter(m -> m.getName().equals("parse")).count();
    assertThat(undocumented).isEmpty();
    assertThat(documented).hasSize((int) overloads);
  }

  /** Builder setters are declared by generated builders, which must be public for reflection to reach them. */
  @Test
  void everyBuilderMethodCanBeLookedUpFromAnyModule() {
    List<String> refused = new ArrayList<>();
    for (Class<?> type : API) {
      if (!type.getSimpleName().equals("Builder")) {
        continue;
      }
      for (Method m : type.getMethods()) {
        try {
          MethodHandles.publicLookup().unreflect(m);
        } catch (IllegalAccessException e) {
          refused.add(type.getName() + "." + m.getName() + " (declared by " + m.getDeclaringClass().getName() + ")");
        }
      }
    }
    assertThat(refused).isEmpty();
  }
}
