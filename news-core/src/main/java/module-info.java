/**
 * The newsmodel core: immutable {@link io.github.newsmodel.core.Article} values and their parts.
 *
 * <p>This module has no dependency on Jackson or jsoup; the HTML parsers and the JSON format live in
 * their own modules.
 */
@SuppressWarnings("module") // the qualified export names sibling modules that are built after this one
module io.github.newsmodel.core {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;

  exports io.github.newsmodel.core;
  exports io.github.newsmodel.core.internal to
      io.github.newsmodel.html,
      io.github.newsmodel.json,
      io.github.newsmodel.cli;
}
