/** Placeholder: the news-json API arrives with its issue. */
@NullMarked
package io.github.newsmodel.json;

import org.jspecify.annotations.NullMarked;
