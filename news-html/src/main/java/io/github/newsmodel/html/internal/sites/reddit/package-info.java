/**
 * The parser of Reddit (reddit.com) threads, which reads the post and its comments from the page state of
 * Reddit's web app of 2018 to 2023, and leaves other Reddit pages to the generic extractor.
 */
@NullMarked
package io.github.newsmodel.html.internal.sites.reddit;

import org.jspecify.annotations.NullMarked;
