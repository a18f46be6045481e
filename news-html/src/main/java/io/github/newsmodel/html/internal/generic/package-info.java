/**
 * The generic extractor, for pages of sites that have no site parser: the standard metadata, the main text
 * ({@link io.github.newsmodel.html.internal.content}) and the reader comments
 * ({@link io.github.newsmodel.html.internal.comments}).
 */
@NullMarked
package io.github.newsmodel.html.internal.generic;

import org.jspecify.annotations.NullMarked;
