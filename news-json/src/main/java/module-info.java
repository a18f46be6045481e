/** The newsmodel JSON format on Jackson. */
module io.github.newsmodel.json {
  requires transitive io.github.newsmodel.core;
  requires transitive com.fasterxml.jackson.databind;
}
