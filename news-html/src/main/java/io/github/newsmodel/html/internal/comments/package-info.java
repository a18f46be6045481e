/**
 * Reader comments from the static markup of any page: WordPress, Drupal, Disqus's static fallback, phpBB- and
 * vBulletin-style posts, schema.org {@code Comment} in Microdata or JSON-LD, and generic {@code .comment}
 * containers. Each comment keeps its author, time, text (quotes as quote blocks), reply parent and edit notices.
 * See {@link io.github.newsmodel.html.internal.comments.ReaderComments}.
 */
@NullMarked
package io.github.newsmodel.html.internal.comments;

import org.jspecify.annotations.NullMarked;
