/** The command line's commands, options and console. */
@NullMarked
package io.github.newsmodel.cli.internal;

import org.jspecify.annotations.NullMarked;
