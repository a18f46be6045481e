package io.github.newsmodel.json.internal.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
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
    write(value, g);
  }

  /**
   * Writes a value with its type id, as a mapper with default typing asks (a Redis or session serializer). The
   * writer writes a whole object, so the id goes beside it (Jackson's wrapper array), never into it, whatever
   * inclusion the mapper asks for; and it names the public model type, not the generated class that a reader
   * could not be given.
   */
  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    WritableTypeId id = typeSer.writeTypePrefix(g, typeSer.typeId(value, handledType(),
        JsonToken.VALUE_EMBEDDED_OBJECT));
    write(value, g);
    typeSer.writeTypeSuffix(g, id);
  }

  /**
   * Writes the format whatever the mapper's generator was told: a number written as a string would be refused
   * by the format's own reader ("formatVersion": "1").
   */
  private void write(T value, JsonGenerator g) throws IOException {
    JsonGenerator.Feature numbersAsStrings = JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature();
    if (!g.isEnabled(numbersAsStrings)) {
      writer.write(value, g);
      return;
    }
    g.disable(numbersAsStrings);
    try {
      writer.write(value, g);
    } finally {
      g.enable(numbersAsStrings);
    }
  }
}
