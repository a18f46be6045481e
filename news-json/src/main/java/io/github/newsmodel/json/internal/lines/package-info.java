/**
 * Splits JSON Lines input into lines of bounded length, over bytes or chars, without holding more than one line.
 * Not an API.
 */
@NullMarked
package io.github.newsmodel.json.internal.lines;

import org.jspecify.annotations.NullMarked;
