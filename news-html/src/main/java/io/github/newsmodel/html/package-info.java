/** Placeholder: the news-html API arrives with its issue. */
@NullMarked
package io.github.newsmodel.html;

import org.jspecify.annotations.NullMarked;
