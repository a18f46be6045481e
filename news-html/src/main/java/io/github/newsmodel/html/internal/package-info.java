/**
 * The implementation of news-html. Not an API: free to change in any release. Sub-packages hold the shared
 * pieces that every parser uses (time, dom, archive, charset), the generic extractor and the site parsers.
 */
@NullMarked
package io.github.newsmodel.html.internal;

import org.jspecify.annotations.NullMarked;
