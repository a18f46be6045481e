/**
 * The {@code news} command line. {@link io.github.newsmodel.cli.News} is its entry point; everything else is
 * internal.
 */
@NullMarked
package io.github.newsmodel.cli;

import org.jspecify.annotations.NullMarked;
