/**
 * Immutable values that describe a news article: its metadata, body, reader comments and edit history.
 *
 * <p>Every value is built with a fluent builder ({@code Article.builder()}) or a small factory
 * ({@code Paragraph.of("...")}), is deeply immutable, and is validated when built: an instance that
 * exists is valid. Collections are never null and absent values are {@link java.util.Optional}.
 * A broken invariant throws {@link io.github.newsmodel.core.InvalidValueException}, whose
 * {@link io.github.newsmodel.core.InvalidValueException#path() path} names the field.
 *
 * <h2 id="builders">Builders</h2>
 *
 * <p>Each type's {@code Builder} has these methods, which its Javadoc page lists by name only (they are declared
 * by a generated class that is no part of the API):
 * <ul>
 *   <li>for each attribute {@code x}, a setter {@code x(value)}; for an optional one also {@code x(Optional)},
 *       and for an {@code OptionalInt} one {@code x(int)} and {@code x(OptionalInt)};
 *   <li>for each list {@code xs}, {@code addXs(element)}, {@code addXs(elements...)} and
 *       {@code addAllXs(Iterable)}, which add, and {@code xs(Iterable)}, which replaces;
 *   <li>{@code from(value)}, which copies every attribute of a value, to change some and build again;
 *   <li>{@code build()}, which checks the invariants and throws
 *       {@link io.github.newsmodel.core.InvalidValueException} naming the field, including a required one not
 *       set.
 * </ul>
 * A {@code null} argument, a mistake of the calling code rather than bad input, throws
 * {@link java.lang.NullPointerException} naming the attribute. The values' {@code with*} methods make a changed
 * copy of one attribute; they are for compiled code, as reflection cannot reach them, while the builders'
 * methods can also be called through reflection.
 *
 * <p>Values are equal when all their attributes are: times compare as {@link java.time.OffsetDateTime#equals}
 * does, so the same instant at another offset makes another value. A string "not blank" is one that
 * {@link java.lang.String#isBlank()} calls so: a no-break space counts as text there, and the parsers never
 * give one alone.
 *
 * <p>All times are {@link java.time.OffsetDateTime}. When a page printed a time without an offset, the
 * parser applied the site's zone and records it in the owning value's {@code assumedZone()}.
 */
@NullMarked
package io.github.newsmodel.core;

import org.jspecify.annotations.NullMarked;
