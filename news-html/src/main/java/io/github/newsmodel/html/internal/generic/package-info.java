/**
 * The generic extractor, for pages of sites that have no site parser: {@link
 * io.github.newsmodel.html.internal.generic.GenericExtractor} composes the readers of the page's metadata
 * ({@link io.github.newsmodel.html.internal.generic.ArticleMetadata}: title, authors, dates, site, language), each
 * of which documents the order of strength of its sources, its main text
 * ({@link io.github.newsmodel.html.internal.content}) and its reader comments
 * ({@link io.github.newsmodel.html.internal.comments}).
 */
@NullMarked
package io.github.newsmodel.html.internal.generic;

import org.jspecify.annotations.NullMarked;
