/**
 * The newsmodel JSON format: {@link io.github.newsmodel.json.NewsJson} writes and reads articles, one a document,
 * many as one JSON array, or many as JSON Lines; {@link io.github.newsmodel.json.NewsJsonModule} plugs the format into an
 * {@code ObjectMapper} of your own; {@link io.github.newsmodel.json.JsonLd} writes schema.org JSON-LD.
 *
 * <p>The format is versioned and documented in {@code FORMAT.md}, with a JSON Schema at
 * {@link io.github.newsmodel.json.NewsJson#schema()}. Bad input throws
 * {@link io.github.newsmodel.json.NewsJsonException}, which names the JSON path of the problem.
 */
@NullMarked
package io.github.newsmodel.json;

import org.jspecify.annotations.NullMarked;
