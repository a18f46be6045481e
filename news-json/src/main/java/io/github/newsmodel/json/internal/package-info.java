/**
 * Implementation of the newsmodel JSON format: shared helpers for times and JSON paths. Not an API: nothing
 * here is exported, and everything may change in any release.
 */
@NullMarked
package io.github.newsmodel.json.internal;

import org.jspecify.annotations.NullMarked;
