/**
 * Reads the newsmodel JSON format over Jackson's streaming parser: a reader per model type with a static
 * {@code read} method that the others call directly, and {@link
 * io.github.newsmodel.json.internal.deser.ReaderDeserializer}, which makes any of them a Jackson deserializer.
 * Every problem becomes a
 * {@link io.github.newsmodel.json.NewsJsonException} whose path comes from the parser's own context, so that a
 * problem found while building a value is reported where the value is. Not an API.
 */
@NullMarked
package io.github.newsmodel.json.internal.deser;

import org.jspecify.annotations.NullMarked;
