/** Parsers that turn news pages into {@link io.github.newsmodel.core.Article}s. */
module io.github.newsmodel.html {
  requires transitive io.github.newsmodel.core;
  requires org.jsoup;
}
