/**
 * Writes the newsmodel JSON format with Jackson's streaming generator: a writer per model type with a static
 * {@code write} method that the others call directly, so that nesting costs no serializer lookup, and {@link
 * io.github.newsmodel.json.internal.ser.WriterSerializer}, which makes any of them a Jackson serializer. The
 * output is the same whatever the configuration of the {@code ObjectMapper} (naming strategies, date settings)
 * apart from pretty printing. Not an API.
 */
@NullMarked
package io.github.newsmodel.json.internal.ser;

import org.jspecify.annotations.NullMarked;
