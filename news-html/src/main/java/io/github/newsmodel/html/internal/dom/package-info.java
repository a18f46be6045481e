/**
 * Reading values out of jsoup trees safely: text, URLs, body blocks, and whether an element was cut off by a
 * truncated page. Shared by every site parser and the generic extractor.
 */
@NullMarked
package io.github.newsmodel.html.internal.dom;

import org.jspecify.annotations.NullMarked;
