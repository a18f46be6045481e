/**
 * The newsmodel JSON format on Jackson 2: reading and writing articles, JSON Lines, a JSON Schema, and
 * schema.org JSON-LD output.
 *
 * <p>{@link io.github.newsmodel.json.NewsJsonModule} is provided as a Jackson module, so that
 * {@code ObjectMapper.findAndRegisterModules()} finds it on the module path as on the class path.
 */
module io.github.newsmodel.json {
  requires transitive io.github.newsmodel.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports io.github.newsmodel.json;

  provides com.fasterxml.jackson.databind.Module with io.github.newsmodel.json.NewsJsonModule;
}
