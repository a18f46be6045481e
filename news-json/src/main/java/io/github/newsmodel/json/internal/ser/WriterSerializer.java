package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The Jackson serializer of one model type: it hands the generator to that type's writer, such as
 * {@link ArticleWriter#write}.
 *
 * @param <T> the model type
 */
public final class WriterSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Writes one value of the type. */
  private final Fields.ElementWriter<? super T> writer;

  /**
   * Creates the serializer of a type.
   *
   * @param type the model type
   * @param writer writes one value of the type
   */
  public WriterSerializer(Class<T> type, Fields.ElementWriter<? super T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    writer.write(value, g);
  }
}
