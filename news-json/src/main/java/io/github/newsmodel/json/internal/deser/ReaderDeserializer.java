package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * The Jackson deserializer of one model type: it hands the parser to that type's reader, such as
 * {@link ArticleReader#read}.
 *
 * @param <T> the model type
 */
public final class ReaderDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Reads one value of the type. */
  private final Values.ValueReader<? extends T> reader;

  /**
   * Creates the deserializer of a type.
   *
   * @param type the model type
   * @param reader reads one value of the type
   */
  public ReaderDeserializer(Class<T> type, Values.ValueReader<? extends T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return reader.read(p);
  }
}
