package io.github.newsmodel.json.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Names a model value by its public type when a mapper wraps the root value ({@code WRAP_ROOT_VALUE}). Jackson
 * names it by its runtime class otherwise, the generated {@code ImmutableArticle}, which the same mapper then
 * refuses to unwrap as an {@code Article}.
 */
public final class RootNames extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;
  /** The types that name a root value, the more specific before any that it implements. */
  private static final List<Class<?>> TYPES = List.of(Article.class, Comment.class, Author.class, EditRecord.class,
      Source.class, Paragraph.class, Heading.class, Quote.class, ItemList.class, Image.class, Preformatted.class);

  private final Version version;

  /**
   * Creates the introspector.
   *
   * @param version the version of the module that registers it
   */
  public RootNames(Version version) {
    this.version = version;
  }

  @Override
  public @Nullable PropertyName findRootName(AnnotatedClass ac) {
    for (Class<?> type : TYPES) {
      if (type.isAssignableFrom(ac.getRawType())) {
        return PropertyName.construct(type.getSimpleName());
      }
    }
    return null;
  }

  @Override
  public Version version() {
    return version;
  }
}
