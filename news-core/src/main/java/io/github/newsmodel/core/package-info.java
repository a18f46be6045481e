/**
 * Immutable values that describe a news article: its metadata, body, reader comments and edit history.
 *
 * <p>Every value is built with a fluent builder ({@code Article.builder()}) or a small factory
 * ({@code Paragraph.of("...")}), is deeply immutable, and is validated when built: an instance that
 * exists is valid. Collections are never null and absent values are {@link java.util.Optional}.
 * A broken invariant throws {@link io.github.newsmodel.core.InvalidValueException}, whose
 * {@link io.github.newsmodel.core.InvalidValueException#path() path} names the field.
 *
 * <p>All times are {@link java.time.OffsetDateTime}. When a page printed a time without an offset, the
 * parser applied the site's zone and records it in the owning value's {@code assumedZone()}.
 */
@NullMarked
package io.github.newsmodel.core;

import org.jspecify.annotations.NullMarked;
