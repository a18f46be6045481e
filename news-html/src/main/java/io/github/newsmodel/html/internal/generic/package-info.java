/**
 * The generic extractor, for pages of sites that have no site parser. For now it reads the title and the standard
 * metadata; the main text and the reader comments come next.
 */
@NullMarked
package io.github.newsmodel.html.internal.generic;

import org.jspecify.annotations.NullMarked;
