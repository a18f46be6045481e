package io.github.newsmodel.core;

/**
 * Who can read an {@link Article}, as its page declares: free to all, or behind a paywall. Pages declare it in two
 * vocabularies, which these values follow:
 *
 * <ul>
 *   <li>schema.org's {@code isAccessibleForFree} ({@code true} or {@code false}, on the article or on the parts of
 *       it, {@code hasPart}, that a paywall hides), which Google asks of paywalled pages: {@link #FREE} or
 *       {@link #PAYWALLED};
 *   <li>Open Graph's {@code article:content_tier} ({@code free}, {@code metered} or {@code locked}): {@link #FREE},
 *       {@link #METERED} or {@link #LOCKED}.
 * </ul>
 *
 * <p>{@link #METERED}, {@link #LOCKED} and {@link #PAYWALLED} all mean the article is not free to read:
 * {@code PAYWALLED} where the page does not say which kind of paywall, the other two where it does.
 */
public enum Access {
  /** Anyone can read the whole article: {@code isAccessibleForFree} true, {@code article:content_tier} free. */
  FREE,
  /**
   * A metered paywall: readers get a number of articles free in a period, then must subscribe
   * ({@code article:content_tier} metered).
   */
  METERED,
  /** Only subscribers can read the whole article ({@code article:content_tier} locked). */
  LOCKED,
  /**
   * The article is not free to read, and the page does not say whether metered or locked: {@code isAccessibleForFree}
   * false on the article or on a part of it.
   */
  PAYWALLED
}
