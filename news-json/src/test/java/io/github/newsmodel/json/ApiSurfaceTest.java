package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Neither internals nor generated Immutables classes show in the public API of news-json. */
class ApiSurfaceTest {
  private static final List<Class<?>> API = List.of(NewsJson.class, NewsJsonModule.class, NewsJsonException.class,
      JsonLimits.class, JsonLimits.Builder.class, JsonLinesReader.class, JsonLinesWriter.class, JsonLd.class);

  @Test
  void noPublicSignatureMentionsAnInternalOrGeneratedClass() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : API) {
      List<Executable> members = new ArrayList<>(Arrays.asList(type.getMethods()));
      members.addAll(Arrays.asList(type.getConstructors()));
      for (Executable m : members) {
        if (m.getDeclaringClass().getPackageName().startsWith("java.")
            || m.getDeclaringClass().getPackageName().startsWith("com.fasterxml.")) {
          continue;
        }
        Stream<Type> types = Arrays.stream(m.getGenericParameterTypes());
        if (m instanceof Method) {
          types = Stream.concat(Stream.of(((Method) m).getGenericReturnType()), types);
        }
        types.map(Type::getTypeName)
            .filter(name -> name.contains(".internal.") || name.contains(".Immutable"))
            .forEach(name -> leaks.add(type.getSimpleName() + "." + m.getName() + " uses " + name));
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void theReadersAndWritersCannotBeMadeOutsideTheFacade() {
    for (Class<?> type : List.of(JsonLinesReader.class, JsonLinesWriter.class)) {
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        assertThat(Modifier.isPublic(c.getModifiers())).as(type.getSimpleName()).isFalse();
      }
    }
  }

  @Test
  void noPublicMethodDeclaresACheckedException() {
    List<String> checked = new ArrayList<>();
    for (Class<?> type : API) {
      List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
      members.addAll(Arrays.asList(type.getDeclaredConstructors()));
      for (Executable m : members) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        Arrays.stream(m.getExceptionTypes())
            .filter(e -> !RuntimeException.class.isAssignableFrom(e) && !Error.class.isAssignableFrom(e))
            .forEach(e -> checked.add(type.getSimpleName() + "." + m.getName() + " throws " + e.getSimpleName()));
      }
    }
    assertThat(checked).isEmpty();
  }

  @Test
  void accessorsCarryNoGetOrIsPrefix() {
    for (Class<?> type : API) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && type != NewsJsonModule.class) {
          assertThat(m.getName()).as(type.getSimpleName())
              .doesNotStartWith("get")
              .doesNotMatch("is[A-Z].*");
        }
      }
    }
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
