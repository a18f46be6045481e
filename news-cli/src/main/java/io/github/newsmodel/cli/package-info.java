/** Placeholder: the news-cli API arrives with its issue. */
@NullMarked
package io.github.newsmodel.cli;

import org.jspecify.annotations.NullMarked;
