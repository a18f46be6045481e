/**
 * The parser of Reddit (reddit.com) threads, which reads the post and its comments from whichever of Reddit's
 * interfaces the page shows: the first one's markup (to 2018, and old.reddit.com since), the page state of the app
 * of 2018 to 2023, or the custom elements of the app of 2023 on. Other Reddit pages go to the generic extractor.
 */
@NullMarked
package io.github.newsmodel.html.internal.sites.reddit;

import org.jspecify.annotations.NullMarked;
