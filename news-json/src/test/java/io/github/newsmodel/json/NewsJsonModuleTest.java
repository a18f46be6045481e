package io.github.newsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Source;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module works in an ObjectMapper of the user's own, found by service lookup. */
class NewsJsonModuleTest {

  @Test
  void findAndRegisterModulesFindsIt() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(NewsJsonModule.NAME);
  }

  @Test
  void aFoundModuleWritesAndReadsTheFormat() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    String json = mapper.writeValueAsString(Articles.full());

    assertThat(json).isEqualTo(NewsJson.standard().write(Articles.full()));
    assertThat(mapper.readValue(json, Article.class)).isEqualTo(Articles.full());
  }

  @Test
  void theModuleReportsTheBuildVersion() {
    NewsJsonModule module = new NewsJsonModule();

    assertThat(module.getModuleName()).isEqualTo("newsmodel-json");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.newsmodel");
    assertThat(module.version().getArtifactId()).isEqualTo("news-json");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void theMappersSettingsDoNotChangeTheFormatApartFromIndentation() throws Exception {
    ObjectMapper odd = JsonMapper.builder()
        .addModule(new NewsJsonModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
    ObjectMapper plain = new ObjectMapper();

    String json = odd.writeValueAsString(Articles.full());

    assertThat(json).contains("\n");
    assertThat(plain.readTree(json)).isEqualTo(plain.readTree(NewsJson.standard().write(Articles.full())));
    assertThat(odd.readValue(json, Article.class)).isEqualTo(Articles.full());
  }

  @Test
  void numbersStayNumbersWhenTheMapperWritesNumbersAsStrings() throws Exception {
    ObjectMapper strings = JsonMapper.builder().addModule(new NewsJsonModule())
        .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build();

    String json = strings.writeValueAsString(Map.of("article", Articles.full(), "count", 2));

    assertThat(json).contains("\"formatVersion\":1,").contains("\"count\":\"2\"");
    assertThat(strings.readTree(json).get("article")).isEqualTo(
        new ObjectMapper().readTree(NewsJson.standard().write(Articles.full())));
  }

  @Test
  void aMapWhoseNumbersAreLongsConvertsToAnArticle() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Map<String, Object> stored = Map.of("formatVersion", 1L, "title", "T", "commentCount", 3L);

    Article article = mapper.convertValue(stored, Article.class);

    assertThat(article.title()).hasValue("T");
    assertThat(article.commentCount()).hasValue(3);
  }

  @Test
  void aLongOutsideTheRangeOfAnIntIsStillRefused() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Map<String, Object> stored = Map.of("formatVersion", 1L, "title", "T", "commentCount", 1L << 40);

    Throwable e = catchThrowable(() -> mapper.convertValue(stored, Article.class));

    assertThat(e).isInstanceOf(NewsJsonException.class)
        .hasMessage("$.commentCount: 1099511627776 is out of range, expected an integer from -2147483648 to"
            + " 2147483647");
  }

  @Test
  void defaultTypingWritesTheModelTypeBesideTheValueAndReadsItBack() throws Exception {
    for (ObjectMapper.DefaultTyping typing : List.of(ObjectMapper.DefaultTyping.NON_FINAL,
        ObjectMapper.DefaultTyping.EVERYTHING)) {
      for (JsonTypeInfo.As inclusion : List.of(JsonTypeInfo.As.WRAPPER_ARRAY, JsonTypeInfo.As.PROPERTY)) {
        ObjectMapper typed = JsonMapper.builder().addModule(new NewsJsonModule())
            .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                typing, inclusion)
            .build();
        Map<String, Object> session = new java.util.HashMap<>(Map.of("article", Articles.full()));

        String json = typed.writeValueAsString(session);
        Object back = typed.readValue(json, Object.class);

        assertThat(json).as(typing + " " + inclusion).contains("\"io.github.newsmodel.core.Article\"")
            .doesNotContain("Immutable");
        assertThat(back).as(typing + " " + inclusion).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) back).get("article")).as(typing + " " + inclusion).isEqualTo(Articles.full());
      }
    }
  }

  @Test
  void anArticleAtTheRootCarriesItsTypeIdUnderEveryTypingWhenWrittenAsItsType() throws Exception {
    for (ObjectMapper.DefaultTyping typing : ObjectMapper.DefaultTyping.values()) {
      ObjectMapper typed = JsonMapper.builder().addModule(new NewsJsonModule())
          .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
              typing, JsonTypeInfo.As.PROPERTY)
          .build();

      String json = typed.writerFor(Article.class).writeValueAsString(Articles.full());

      assertThat(typed.readValue(json, Article.class)).as(typing.name()).isEqualTo(Articles.full());
      if (typing == ObjectMapper.DefaultTyping.EVERYTHING) {
        assertThat(typed.readValue(typed.writeValueAsString(Articles.full()), Object.class))
            .isEqualTo(Articles.full());
      }
    }
  }

  @Test
  void aWrappedRootValueIsNamedByItsPublicTypeAndUnwraps() throws Exception {
    ObjectMapper wrapping = JsonMapper.builder().addModule(new NewsJsonModule())
        .enable(SerializationFeature.WRAP_ROOT_VALUE).enable(DeserializationFeature.UNWRAP_ROOT_VALUE).build();
    Article full = Articles.full();

    String json = wrapping.writeValueAsString(full);

    assertThat(json).startsWith("{\"Article\":").doesNotContain("Immutable");
    assertThat(wrapping.readValue(json, Article.class)).isEqualTo(full);
    Comment comment = full.comments().get(0);
    assertThat(wrapping.writeValueAsString(comment)).startsWith("{\"Comment\":");
    assertThat(wrapping.readValue(wrapping.writeValueAsString(comment), Comment.class)).isEqualTo(comment);
    assertThat(wrapping.writeValueAsString(Paragraph.of("P"))).startsWith("{\"Paragraph\":");
    assertThat(wrapping.writeValueAsString(Map.of("a", 1))).as("other types keep Jackson's names")
        .startsWith("{\"Map");
  }

  @Test
  void anAccessIsSpeltAsTheFormatSpellsIt() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new NewsJsonModule()).build();

    assertThat(mapper.writeValueAsString(Access.METERED)).isEqualTo("\"metered\"");
    assertThat(mapper.readValue("\"paywalled\"", Access.class)).isEqualTo(Access.PAYWALLED);
    assertThat(catchThrowable(() -> mapper.readValue("\"FREE\"", Access.class)))
        .isInstanceOf(NewsJsonException.class)
        .hasMessage("$: 'FREE' is not an access; expected one of free, metered, locked, paywalled");
  }

  @Test
  void anEditKindIsSpeltAsTheFormatSpellsIt() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new NewsJsonModule()).build();

    assertThat(mapper.writeValueAsString(EditKind.CORRECTION)).isEqualTo("\"correction\"");
    assertThat(mapper.readValue("\"correction\"", EditKind.class)).isEqualTo(EditKind.CORRECTION);
    assertThat(catchThrowable(() -> mapper.readValue("\"CORRECTION\"", EditKind.class)))
        .isInstanceOf(NewsJsonException.class)
        .hasMessage("$: 'CORRECTION' is not an edit kind; expected one of update, correction, unknown");
  }

  @Test
  void anEditKindAsAMapKeyIsSpeltAsTheFormatSpellsIt() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new NewsJsonModule()).build();
    Map<EditKind, Integer> byKind = new EnumMap<>(EditKind.class);
    byKind.put(EditKind.UPDATE, 2);
    byKind.put(EditKind.CORRECTION, 1);
    TypeReference<Map<EditKind, Integer>> type = new TypeReference<>() {};

    String json = mapper.writeValueAsString(byKind);

    assertThat(json).isEqualTo("{\"update\":2,\"correction\":1}");
    assertThat(mapper.readValue(json, type)).isEqualTo(byKind);
    assertThat(catchThrowable(() -> mapper.readValue("{\"update\":2,\"CORRECTION\":1}", type)))
        .isInstanceOf(NewsJsonException.class)
        .hasMessage("$.CORRECTION: 'CORRECTION' is not an edit kind; expected one of update, correction, unknown");
  }

  @Test
  void articlesAndTheirPartsWorkInsideTheUsersOwnTypes() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new NewsJsonModule()).build();
    Map<String, Object> envelope = Map.of("articles", List.of(Articles.full(), Articles.minimal()));

    JsonNode tree = mapper.valueToTree(envelope);
    List<Article> back = mapper.convertValue(tree.get("articles"), new TypeReference<List<Article>>() {});

    assertThat(back).containsExactly(Articles.full(), Articles.minimal());
  }

  @Test
  void everyModelTypeHasItsOwnSerializerAndDeserializer() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new NewsJsonModule()).build();
    Article full = Articles.full();
    Comment comment = full.comments().get(0);
    EditRecord edit = full.edits().get(0);
    Author author = full.authors().get(0);
    Source source = full.source().orElseThrow();

    assertThat(mapper.readValue(mapper.writeValueAsString(comment), Comment.class)).isEqualTo(comment);
    assertThat(mapper.readValue(mapper.writeValueAsString(edit), EditRecord.class)).isEqualTo(edit);
    assertThat(mapper.readValue(mapper.writeValueAsString(author), Author.class)).isEqualTo(author);
    assertThat(mapper.readValue(mapper.writeValueAsString(source), Source.class)).isEqualTo(source);
    for (Block block : full.body()) {
      String json = mapper.writeValueAsString(block);
      assertThat(mapper.readValue(json, Block.class)).isEqualTo(block);
      assertThat(mapper.readValue(json, block.getClass().getSuperclass())).isEqualTo(block);
    }
  }

  @Test
  void aConcreteBlockClassImpliesItsTypeAndRefusesAnother() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new NewsJsonModule()).build();

    assertThat(mapper.readValue("{\"text\": \"P\"}", Paragraph.class)).isEqualTo(Paragraph.of("P"));
    assertThat(mapper.readValue("{\"url\": \"https://x.org/i.png\"}", Image.class)).isNotNull();
    Throwable wrong = catchThrowable(() -> mapper.readValue("{\"type\": \"paragraph\", \"text\": \"P\"}",
        Heading.class));
    assertThat(wrong).isInstanceOf(NewsJsonException.class).hasMessage("$: expected a heading block, got paragraph");
  }

  @Test
  void contentErrorsAreNewsJsonExceptionsAndInsideACollectionJacksonAddsItsPath() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new NewsJsonModule()).build();

    Throwable top = catchThrowable(() -> mapper.readValue("{\"formatVersion\": 1, \"url\": \"/a\", \"title\": \"T\"}",
        Article.class));
    Throwable nested = catchThrowable(() -> mapper.readValue(
        "[{\"formatVersion\": 1, \"title\": \"T\"}, {\"formatVersion\": 1, \"url\": \"/a\", \"title\": \"T\"}]",
        new TypeReference<List<Article>>() {}));

    assertThat(top).isInstanceOf(NewsJsonException.class).hasMessage(
        "$.url: must be an absolute http or https URL, got '/a'");
    assertThat(nested).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(NewsJsonException.class);
    assertThat(nested.getCause()).hasMessage("$[1].url: must be an absolute http or https URL, got '/a'");
  }

  @Test
  void theModuleDescriptorProvidesTheModuleAndExportsOnlyTheApi() throws Exception {
    // Tests run on the class path, so the descriptor is read from the compiled classes of this module.
    Path classes = Path.of(NewsJsonModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }

    assertThat(descriptor.name()).isEqualTo("io.github.newsmodel.json");
    assertThat(descriptor.exports().stream().map(Exports::source).collect(Collectors.toSet()))
        .containsExactly("io.github.newsmodel.json");
    assertThat(descriptor.provides()).extracting(Provides::service, Provides::providers)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("com.fasterxml.jackson.databind.Module",
            List.of(NewsJsonModule.class.getName())));
  }
}
