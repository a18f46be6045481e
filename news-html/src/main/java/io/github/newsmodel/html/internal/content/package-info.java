/**
 * Finds the main text of any page and reads it into body blocks: one measuring pass over the tree, a choice of
 * the element that holds the article, and a reading of that element that leaves boilerplate out. See
 * {@link io.github.newsmodel.html.internal.content.MainContent}.
 */
@NullMarked
package io.github.newsmodel.html.internal.content;

import org.jspecify.annotations.NullMarked;
