/** Running a parse: the ordered, bounded pipeline of worker threads. */
@NullMarked
package io.github.newsmodel.cli.internal.run;

import org.jspecify.annotations.NullMarked;
