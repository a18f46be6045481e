/**
 * Scores the extractor against the evaluation corpora in {@code ../shared/corpora}, the way each corpus's
 * {@code SOURCE.md} describes, and gates CI on floors so that quality can only go up.
 *
 * <p>Run it with {@code ./evaluate} from the project root; see {@link io.github.newsmodel.bench.eval.Evaluate}.
 */
@NullMarked
package io.github.newsmodel.bench.eval;

import org.jspecify.annotations.NullMarked;
