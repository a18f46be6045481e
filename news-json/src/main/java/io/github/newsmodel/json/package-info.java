/**
 * The newsmodel JSON format: {@link io.github.newsmodel.json.NewsJson} writes and reads articles, one a document,
 * many as one JSON array, or many as JSON Lines; {@link io.github.newsmodel.json.NewsJsonModule} plugs the format into an
 * {@code ObjectMapper} of your own; {@link io.github.newsmodel.json.JsonLd} writes schema.org JSON-LD.
 *
 * <p>The format is versioned and documented in {@code FORMAT.md}, with a JSON Schema at
 * {@link io.github.newsmodel.json.NewsJson#schema()}. Bad input throws
 * {@link io.github.newsmodel.json.NewsJsonException}, which names the JSON path of the problem.
 *
 * <p>news-json runs on Jackson 2.17.0 or newer, whichever version your build resolves (a framework's BOM may pin
 * an older one than newsmodel is built with). An older jackson-core is refused, when {@code NewsJson} or
 * {@code JsonLd} is first used, with an {@link IllegalStateException} that names both versions. Before jackson-core
 * 2.20.1, output to an {@code OutputStream} may write a character beyond U+FFFF, such as an emoji, as an escaped
 * surrogate pair (<code>&#92;uD83D&#92;uDC4D</code>): always before 2.18, at some buffer boundaries from 2.18 to
 * 2.20.0. That is JSON which reads back the same, but not the form the format prescribes; output to a
 * {@code String} or a {@code Writer} is not affected. jackson-core 2.21.0 and 2.21.1 refuse an escaped surrogate
 * pair in a field name of bytes they read, a bug of theirs: avoid those two.
 */
@NullMarked
package io.github.newsmodel.json;

import org.jspecify.annotations.NullMarked;
