package io.github.newsmodel.core.internal;

import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.InvalidValueException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The invariant checks that the value types run in their {@code @Value.Check} methods.
 *
 * <p>Each check names the field path and quotes the rejected value, so that a failure deep inside a batch of
 * pages still says exactly what was wrong.
 */
public final class Checks {
  private static final int MAX_QUOTED_LENGTH = 80;

  private Checks() {}

  /**
   * Rejects a blank string: the model expresses "no value" as an absent Optional, never as {@code ""}.
   *
   * @param path the field path
   * @param value the value to check
   */
  public static void notBlank(String path, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(path, "must not be blank (leave it absent instead), got " + quote(value));
    }
  }

  /**
   * Rejects a present but blank string.
   *
   * @param path the field path
   * @param value the optional value to check
   */
  public static void notBlank(String path, Optional<String> value) {
    value.ifPresent(v -> notBlank(path, v));
  }

  /**
   * Rejects blank elements and duplicates in a list of strings.
   *
   * @param path the field path of the list
   * @param values the list to check
   */
  public static void distinctNotBlank(String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      notBlank(path + "[" + i + "]", values.get(i));
    }
    distinct(path, values);
  }

  /**
   * Rejects duplicate elements.
   *
   * @param path the field path of the list
   * @param values the list to check
   */
  public static void distinct(String path, List<?> values) {
    distinct(path, values, v -> v);
  }

  /**
   * Rejects duplicate elements, naming one by what a reader knows it by rather than by its {@code toString}.
   *
   * @param <T> the type of the elements
   * @param path the field path of the list
   * @param values the list to check
   * @param shown what the message quotes of a duplicate, such as an author's name
   */
  public static <T> void distinct(String path, List<T> values, Function<? super T, ?> shown) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        throw new InvalidValueException(path + "[" + i + "]",
            "duplicates an earlier element " + quote(shown.apply(values.get(i))));
      }
    }
  }

  /**
   * Requires an absolute http or https URL with a host ({@link UrlHosts}) and a port in range.
   *
   * @param path the field path
   * @param url the URL to check
   */
  public static void httpUrl(String path, URI url) {
    String scheme = url.getScheme();
    boolean http = scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    if (!url.isAbsolute() || !http || UrlHosts.of(url).isEmpty()) {
      throw new InvalidValueException(path, "must be an absolute http or https URL, got " + quote(url));
    }
  }

  /**
   * Requires an absolute http or https URL when the value is present.
   *
   * @param path the field path
   * @param url the optional URL to check
   */
  public static void httpUrl(String path, Optional<URI> url) {
    url.ifPresent(u -> httpUrl(path, u));
  }

  /**
   * Requires every URL of a list to be an absolute http or https URL, and no URL twice.
   *
   * @param path the field path of the list
   * @param urls the URLs to check
   */
  public static void httpUrls(String path, List<URI> urls) {
    for (int i = 0; i < urls.size(); i++) {
      httpUrl(path + "[" + i + "]", urls.get(i));
    }
    distinct(path, urls);
  }

  /**
   * Requires an absolute URI of any scheme, such as {@code file:}, {@code http:} or {@code urn:}.
   *
   * @param path the field path
   * @param uri the URI to check
   */
  public static void absoluteUri(String path, URI uri) {
    if (!uri.isAbsolute()) {
      throw new InvalidValueException(path, "must be an absolute URI, got " + quote(uri));
    }
  }

  /**
   * Requires a language that a BCP 47 tag stands for: one with a language subtag, which its tag gives back. A
   * {@code Locale} made from parts that no tag can hold (a four-letter language "1234", the country "USA" of
   * {@code new Locale("en", "USA")}) would be written as another language, or as "und", which no reader takes.
   *
   * @param path the field path
   * @param language the language to check
   */
  public static void language(String path, Locale language) {
    String tag = language.toLanguageTag();
    if (language.getLanguage().isEmpty() || tag.equals("und") || tag.startsWith("und-")) {
      throw new InvalidValueException(path, "must be a BCP 47 tag with a language subtag, got " + quote(tag)
          + (language.toString().isEmpty() || language.toString().equals(tag.replace('-', '_')) ? ""
          : " for the locale " + quote(language.toString())));
    }
    if (!isTagged(language)) {
      throw new InvalidValueException(path, "must be a language that a BCP 47 tag stands for, got the locale "
          + quote(language.toString()) + ", whose tag " + quote(tag) + " stands for " + quote(Locale.forLanguageTag(tag)
          .toString()));
    }
  }

  /**
   * Whether a language is what its BCP 47 tag stands for, so that writing the tag and reading it back gives it
   * again.
   *
   * @param language the language
   * @return true if {@code Locale.forLanguageTag(language.toLanguageTag())} equals it
   */
  public static boolean isTagged(Locale language) {
    return Locale.forLanguageTag(language.toLanguageTag()).equals(language);
  }

  /**
   * Requires an integer of at least {@code min}: a count, a number, or a limit in bytes.
   *
   * @param path the field path
   * @param value the value to check
   * @param min the smallest allowed value
   */
  public static void atLeast(String path, long value, long min) {
    if (value < min) {
      throw new InvalidValueException(path, "must be at least " + min + ", got " + value);
    }
  }

  /**
   * Requires that {@code later} is not before {@code earlier}, compared as instants.
   *
   * @param path the field path of {@code later}
   * @param later the time that must not come first
   * @param earlierName how to name {@code earlier} in the message, such as {@code "the comment's publishedAt"}
   * @param earlier the time that must come first
   */
  public static void notBefore(String path, OffsetDateTime later, String earlierName, OffsetDateTime earlier) {
    if (later.toInstant().isBefore(earlier.toInstant())) {
      throw new InvalidValueException(path, quote(later) + " is before " + earlierName + " " + quote(earlier));
    }
  }

  /**
   * Requires that a time assumed to be in {@code zone} carries the offset that the zone had at that local time. A
   * local time that the zone skips, as 00:00 where daylight saving time began at midnight, carries the offset
   * before the skip ({@link java.time.zone.ZoneRules#getOffset(java.time.LocalDateTime)}): a date-only time sits at
   * 00:00 even on such a day, and its date stays the date the page gave.
   *
   * @param path the field path of the time
   * @param time the time whose offset was assumed
   * @param zone the zone that was assumed
   */
  public static void offsetOfZone(String path, OffsetDateTime time, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    LocalDateTime local = time.toLocalDateTime();
    boolean skipped = rules.getValidOffsets(local).isEmpty();
    if (skipped ? !rules.getOffset(local).equals(time.getOffset()) : !rules.isValidOffset(local, time.getOffset())) {
      throw new InvalidValueException(path, "offset of " + quote(time) + " is not the offset of the assumed zone "
          + zone + " at that local time");
    }
  }

  /**
   * Requires that the assumed zone applies to at least one of the value's own times, and agrees with each.
   *
   * @param path the field path of the zone, such as {@code assumedZone}
   * @param zone the assumed zone, if any
   * @param times the value's own times, by field path; absent ones are skipped
   */
  public static void assumedZone(String path, Optional<ZoneId> zone, TimeField... times) {
    if (zone.isEmpty()) {
      return;
    }
    boolean any = false;
    for (TimeField t : times) {
      if (t.time().isPresent()) {
        any = true;
        offsetOfZone(t.path(), t.time().get(), zone.get());
      }
    }
    if (!any) {
      throw new InvalidValueException(path, "is " + quote(zone.get()) + " but there is no time it applies to");
    }
  }

  /**
   * Requires that a time marked as date-only exists and sits at local midnight, the only time of day that the
   * model uses for "some time that day".
   *
   * @param path the field path of the time
   * @param time the time, if present
   * @param dateOnly whether the time is marked as date-only
   */
  public static void dateOnly(String path, Optional<OffsetDateTime> time, boolean dateOnly) {
    if (!dateOnly) {
      return;
    }
    if (time.isEmpty()) {
      throw new InvalidValueException(path + "DateOnly", "is true but there is no " + path);
    }
    if (!time.get().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      throw new InvalidValueException(path, quote(time.get()) + " is marked date-only but is not at 00:00");
    }
  }

  /**
   * A named optional time, for {@link #assumedZone}.
   *
   * @param path the field path of the time
   * @param time the time, if present
   */
  public record TimeField(String path, Optional<OffsetDateTime> time) {}

  /**
   * Requires the edits that have a time in time order, none before the publication of what they edit. Edits without
   * a time may stand anywhere among them.
   *
   * @param path the field path of the edit list
   * @param edits the edits, oldest first
   * @param publishedName how to name the publication time in a message
   * @param publishedAt the publication time of the edited article or comment, if known
   */
  public static void edits(String path, List<EditRecord> edits, String publishedName,
      Optional<OffsetDateTime> publishedAt) {
    OffsetDateTime previous = null;
    for (int i = 0; i < edits.size(); i++) {
      Optional<OffsetDateTime> at = edits.get(i).editedAt();
      if (at.isEmpty()) {
        continue;
      }
      OffsetDateTime editedAt = at.get();
      String editPath = path + "[" + i + "].editedAt";
      if (publishedAt.isPresent()) {
        notBefore(editPath, editedAt, publishedName, publishedAt.get());
      }
      if (previous != null) {
        notBefore(editPath, editedAt, "the previous edit's editedAt", previous);
      }
      previous = editedAt;
    }
  }

  /**
   * Requires a non-empty collection.
   *
   * @param path the field path
   * @param values the collection to check
   */
  public static void notEmpty(String path, Collection<?> values) {
    if (values.isEmpty()) {
      throw new InvalidValueException(path, "must not be empty");
    }
  }

  /**
   * Quotes a value for an error message: single quotes, control characters escaped, long values cut.
   *
   * @param value the value to quote
   * @return the quoted value
   */
  public static String quote(Object value) {
    String s = String.valueOf(value);
    StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_QUOTED_LENGTH) + 8).append('\'');
    int limit = Math.min(s.length(), MAX_QUOTED_LENGTH);
    if (limit < s.length() && Character.isHighSurrogate(s.charAt(limit - 1))) {
      limit--; // never half a character, which no output encoding could write
    }
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (s.length() > limit) {
      out.append("...(").append(s.length()).append(" chars)");
    }
    return out.append('\'').toString();
  }
}
