package io.github.newsmodel.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.json.internal.EnumNames;
import io.github.newsmodel.json.internal.RootNames;
import io.github.newsmodel.json.internal.deser.ArticleReader;
import io.github.newsmodel.json.internal.deser.AuthorReader;
import io.github.newsmodel.json.internal.deser.BlockReader;
import io.github.newsmodel.json.internal.deser.CommentReader;
import io.github.newsmodel.json.internal.deser.EditKindKeyDeserializer;
import io.github.newsmodel.json.internal.deser.EditRecordReader;
import io.github.newsmodel.json.internal.deser.ReaderDeserializer;
import io.github.newsmodel.json.internal.deser.SourceReader;
import io.github.newsmodel.json.internal.ser.ArticleWriter;
import io.github.newsmodel.json.internal.ser.AuthorWriter;
import io.github.newsmodel.json.internal.ser.BlockWriter;
import io.github.newsmodel.json.internal.ser.CommentWriter;
import io.github.newsmodel.json.internal.ser.EditRecordWriter;
import io.github.newsmodel.json.internal.ser.SourceWriter;
import io.github.newsmodel.json.internal.ser.WriterSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * A Jackson module that reads and writes the newsmodel types in the newsmodel JSON format, for use in an
 * {@code ObjectMapper} of your own:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new NewsJsonModule()).build();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);
 * }</pre>
 *
 * <p>The module is registered as a service, so {@code ObjectMapper.findAndRegisterModules()} finds it too. It
 * handles {@link Article}, {@link Comment}, {@link Author}, {@link EditRecord}, {@link Source}, every
 * {@link Block}, {@link EditKind} ({@code "correction"}, as a value and as a map's key) and {@link Access}
 * ({@code "metered"}, as a value), and writes the same JSON
 * whatever the mapper's settings, apart from pretty printing: the format is a contract, not a matter of
 * configuration. A root value that the mapper wraps ({@code WRAP_ROOT_VALUE}) is named by its public type,
 * {@code {"Article": {...}}}.
 *
 * <p>Errors in the content (a wrong type, a missing field, a broken invariant, an unsupported format version)
 * throw {@link NewsJsonException} with the JSON path; malformed JSON throws Jackson's own exceptions, and an
 * {@code ObjectMapper} may wrap any exception found inside a type of yours (a collection, a record, a bean) in a
 * {@code JsonMappingException}. Under default typing, a value is written beside its type id in Jackson's wrapper
 * array, and the id names the public model type. Jackson asks for a type id by the value's runtime class, and the
 * model's classes are final: a mapper with {@code DefaultTyping.EVERYTHING} writes one for an article at the root,
 * but under {@code NON_FINAL} and the narrower kinds, write it with {@code mapper.writerFor(Article.class)} and read
 * it as {@code Article.class}. {@link NewsJson} turns all of them into {@link NewsJsonException} and enforces
 * {@link JsonLimits}: prefer it unless you need Article inside your own types.
 */
public final class NewsJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The name Jackson knows this module by. */
  public static final String NAME = "newsmodel-json";

  /** Creates the module. */
  public NewsJsonModule() {
    super(NAME, buildVersion());
    addSerializer(Article.class, new WriterSerializer<>(Article.class, ArticleWriter::write));
    addSerializer(Comment.class, new WriterSerializer<>(Comment.class, CommentWriter::write));
    addSerializer(Author.class, new WriterSerializer<>(Author.class, AuthorWriter::write));
    addSerializer(EditRecord.class, new WriterSerializer<>(EditRecord.class, EditRecordWriter::write));
    addSerializer(Source.class, new WriterSerializer<>(Source.class, SourceWriter::write));
    // Jackson finds this one for every block class, through the Block interface they implement.
    addSerializer(Block.class, new WriterSerializer<>(Block.class, BlockWriter::write));

    addDeserializer(Article.class, new ReaderDeserializer<>(Article.class, ArticleReader::read));
    addDeserializer(Comment.class, new ReaderDeserializer<>(Comment.class, CommentReader::read));
    addDeserializer(Author.class, new ReaderDeserializer<>(Author.class, AuthorReader::read));
    addDeserializer(EditRecord.class, new ReaderDeserializer<>(EditRecord.class, EditRecordReader::read));
    addDeserializer(Source.class, new ReaderDeserializer<>(Source.class, SourceReader::read));
    // The format spells a kind in lower case, as an edit's "kind" field does, not as the constant.
    addSerializer(EditKind.class, new WriterSerializer<>(EditKind.class,
        (k, g) -> g.writeString(EnumNames.EDIT_KINDS.name(k))));
    addDeserializer(EditKind.class, new ReaderDeserializer<>(EditKind.class, EditRecordReader::kind));
    // So as a map key, {"correction": 3}: Jackson would write and read the constant's name there.
    addKeySerializer(EditKind.class, new WriterSerializer<>(EditKind.class,
        (k, g) -> g.writeFieldName(EnumNames.EDIT_KINDS.name(k))));
    addKeyDeserializer(EditKind.class, new EditKindKeyDeserializer());
    // An article's access, on its own, as its "access" field spells it: "metered".
    addSerializer(Access.class, new WriterSerializer<>(Access.class,
        (a, g) -> g.writeString(EnumNames.ACCESS.name(a))));
    addDeserializer(Access.class, new ReaderDeserializer<>(Access.class, ArticleReader::access));
    // Jackson looks deserializers up by the exact class, so each block class needs its own.
    for (Class<? extends Block> type : List.of(Block.class, Paragraph.class, Heading.class, Quote.class,
        ItemList.class, Image.class, Preformatted.class)) {
      addBlockDeserializer(type);
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new RootNames(version()));
  }

  private <T extends Block> void addBlockDeserializer(Class<T> type) {
    addDeserializer(type, new ReaderDeserializer<>(type, p -> BlockReader.read(p, type)));
  }

  /** The build's own version, from a resource that Maven fills in, so that it never goes stale. */
  private static Version buildVersion() {
    Properties properties = new Properties();
    try (InputStream in = NewsJsonModule.class.getResourceAsStream("news-json.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }
}
