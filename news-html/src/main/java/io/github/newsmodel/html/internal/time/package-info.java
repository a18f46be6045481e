/**
 * Reading the dates and times that pages print, and turning local times into offset times in a site's zone.
 * Shared by every site parser and the generic extractor.
 */
@NullMarked
package io.github.newsmodel.html.internal.time;

import org.jspecify.annotations.NullMarked;
