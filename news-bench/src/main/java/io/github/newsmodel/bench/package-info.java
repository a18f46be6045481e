/**
 * JMH benchmarks of newsmodel beside plain jsoup and Jackson and the peer extractors Readability4J and boilerpipe.
 * Run them with {@code java -jar news-bench/target/news-bench.jar}; {@code BENCHMARKS.md} at the project root
 * gives the command behind each figure.
 */
@NullMarked
package io.github.newsmodel.bench;

import org.jspecify.annotations.NullMarked;
