package io.github.newsmodel.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import io.github.newsmodel.json.internal.deser.ArticleDeserializer;
import io.github.newsmodel.json.internal.deser.AuthorDeserializer;
import io.github.newsmodel.json.internal.deser.BlockDeserializer;
import io.github.newsmodel.json.internal.deser.CommentDeserializer;
import io.github.newsmodel.json.internal.deser.EditRecordDeserializer;
import io.github.newsmodel.json.internal.deser.SourceDeserializer;
import io.github.newsmodel.json.internal.ser.ArticleSerializer;
import io.github.newsmodel.json.internal.ser.AuthorSerializer;
import io.github.newsmodel.json.internal.ser.BlockSerializer;
import io.github.newsmodel.json.internal.ser.CommentSerializer;
import io.github.newsmodel.json.internal.ser.EditRecordSerializer;
import io.github.newsmodel.json.internal.ser.SourceSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * handles {@link Article}, {@link Comment}, {@link Author}, {@link EditRecord}, {@link Source} and every
 * {@link Block}, and writes the same JSON whatever the mapper's settings, apart from pretty printing: the format
 * is a contract, not a matter of configuration.
 *
 * <p>Errors in the content (a wrong type, a missing field, a broken invariant, an unsupported format version)
 * throw {@link NewsJsonException} with the JSON path; malformed JSON throws Jackson's own exceptions, and an
 * {@code ObjectMapper} may wrap any exception found inside a collection of yours in a
 * {@code JsonMappingException}. {@link NewsJson} turns all of them into {@link NewsJsonException} and enforces
 * {@link JsonLimits}: prefer it unless you need Article inside your own types.
 */
public final class NewsJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The name Jackson knows this module by. */
  public static final String NAME = "newsmodel-json";

  /** Creates the module. */
  public NewsJsonModule() {
    super(NAME, buildVersion());
    addSerializer(Article.class, new ArticleSerializer());
    addSerializer(Comment.class, new CommentSerializer());
    addSerializer(Author.class, new AuthorSerializer());
    addSerializer(EditRecord.class, new EditRecordSerializer());
    addSerializer(Source.class, new SourceSerializer());
    addSerializer(Block.class, new BlockSerializer());

    addDeserializer(Article.class, new ArticleDeserializer());
    addDeserializer(Comment.class, new CommentDeserializer());
    addDeserializer(Author.class, new AuthorDeserializer());
    addDeserializer(EditRecord.class, new EditRecordDeserializer());
    addDeserializer(Source.class, new SourceDeserializer());
    addDeserializer(Block.class, new BlockDeserializer<>(Block.class));
    addDeserializer(Paragraph.class, new BlockDeserializer<>(Paragraph.class));
    addDeserializer(Heading.class, new BlockDeserializer<>(Heading.class));
    addDeserializer(Quote.class, new BlockDeserializer<>(Quote.class));
    addDeserializer(ItemList.class, new BlockDeserializer<>(ItemList.class));
    addDeserializer(Image.class, new BlockDeserializer<>(Image.class));
    addDeserializer(Preformatted.class, new BlockDeserializer<>(Preformatted.class));
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
