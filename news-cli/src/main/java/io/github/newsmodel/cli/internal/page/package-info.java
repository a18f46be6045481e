/** What a run passes around: a page to parse, where it came from, its outcome, and the counts of the run. */
@NullMarked
package io.github.newsmodel.cli.internal.page;

import org.jspecify.annotations.NullMarked;
