/** Writes the evaluation corpora into a WARC file, the input of the command-line benchmarks. */
@NullMarked
package io.github.newsmodel.bench.warc;

import org.jspecify.annotations.NullMarked;
