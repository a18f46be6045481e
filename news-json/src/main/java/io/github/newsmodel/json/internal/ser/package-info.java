/**
 * Jackson serializers that write the newsmodel JSON format, one per model type. Each has a static
 * {@code write} method that the others call directly, so that nesting costs no serializer lookup, and that
 * writes the same JSON whatever the configuration of the {@code ObjectMapper} (naming strategies, date
 * settings) apart from pretty printing. Not an API.
 */
@NullMarked
package io.github.newsmodel.json.internal.ser;

import org.jspecify.annotations.NullMarked;
