/** Writing a run's results: articles, error records, progress and the summary. */
@NullMarked
package io.github.newsmodel.cli.internal.output;

import org.jspecify.annotations.NullMarked;
