package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.json.internal.EnumNames;

/**
 * Reads an {@link EditKind} that is the key of a map of the user's, such as a count of edits by kind
 * ({@code {"correction": 3}}), spelt as the format spells the kind everywhere else.
 */
public final class EditKindKeyDeserializer extends KeyDeserializer {
  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) {
    EditKind kind = EnumNames.EDIT_KINDS.of(key);
    if (kind == null) {
      throw Values.problem(ctxt.getParser(), EnumNames.EDIT_KINDS.refusal(key));
    }
    return kind;
  }
}
