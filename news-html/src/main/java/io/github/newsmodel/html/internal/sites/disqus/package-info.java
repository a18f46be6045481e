/**
 * The parser of Disqus's comment embed (disqus.com/embed/comments/), the page a news site's article loads in a frame
 * to show its readers' comments, which holds the thread as JSON. Archives keep it beside the article: a crawler
 * that ran the article's scripts stored the frame's page as a record of its own.
 */
@NullMarked
package io.github.newsmodel.html.internal.sites.disqus;

import org.jspecify.annotations.NullMarked;
