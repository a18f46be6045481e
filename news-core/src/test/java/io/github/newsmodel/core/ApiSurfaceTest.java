package io.github.newsmodel.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generated Immutable* classes are an implementation detail and never show in the public API. */
class ApiSurfaceTest {
  private static final List<Class<?>> API = List.of(Article.class, Article.Builder.class, Author.class,
      Author.Builder.class, Comment.class, Comment.Builder.class, EditRecord.class, EditRecord.Builder.class,
      Source.class, Source.Builder.class, Paragraph.class, Heading.class, Quote.class, Quote.Builder.class,
      ItemList.class, ItemList.Builder.class, Image.class, Image.Builder.class, Preformatted.class);

  @Test
  void noPublicMethodMentionsAGeneratedClass() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : API) {
      for (Method m : type.getMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
          continue;
        }
        Stream.concat(Stream.of(m.getGenericReturnType()), Arrays.stream(m.getGenericParameterTypes()))
            .map(Type::getTypeName)
            .filter(name -> name.contains(".Immutable"))
            .forEach(name -> leaks.add(type.getSimpleName() + "." + m.getName() + " uses " + name));
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void generatedClassesAreNotPublic() throws ClassNotFoundException {
    for (String name : List.of("ImmutableArticle", "ImmutableComment", "ImmutableAuthor")) {
      Class<?> generated = Class.forName("io.github.newsmodel.core." + name);
      assertThat(Modifier.isPublic(generated.getModifiers())).as(name).isFalse();
    }
  }

  /**
   * A builder's setters are declared by the generated builder it extends. Were that class not public, they could
   * be called only from compiled Java: reflection, and the dynamic languages and tools built on it, would be
   * refused access.
   */
  @Test
  void everyBuilderMethodCanBeLookedUpFromAnyModule() {
    List<String> refused = new ArrayList<>();
    for (Class<?> type : API) {
      if (!type.getSimpleName().equals("Builder")) {
        continue;
      }
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == Object.class) {
          continue;
        }
        try {
          MethodHandles.publicLookup().unreflect(m);
        } catch (IllegalAccessException e) {
          refused.add(type.getName() + "." + m.getName() + " (declared by " + m.getDeclaringClass().getName() + ")");
        }
      }
    }
    assertThat(refused).isEmpty();
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
}
