/**
 * Jackson deserializers that read the newsmodel JSON format, one per model type, over the streaming parser.
 * Each has a static {@code read} method that the others call directly. Every problem becomes a
 * {@link io.github.newsmodel.json.NewsJsonException} whose path comes from the parser's own context, so that a
 * problem found while building a value is reported where the value is. Not an API.
 */
@NullMarked
package io.github.newsmodel.json.internal.deser;

import org.jspecify.annotations.NullMarked;
