package io.github.newsmodel.json;

import io.github.newsmodel.core.Access;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Preformatted;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.core.Source;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Generates valid articles from a seed: Unicode text with astral and right-to-left characters, empty and long lists,
 * times from year 0001 to 9999 with offsets from -18:00 to +18:00, zones whose history gives odd offsets, dates
 * without a time, and comment threads many replies deep. The same seed always gives the same article, so a failure
 * is reproduced by its seed.
 */
final class RandomArticles {
  private static final long MIN_SECOND = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
  private static final long MAX_STEP = 3L * 366 * 24 * 3600;
  /** Zones with half-hour, quarter-hour and extreme offsets, and local mean time in their early history. */
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Helsinki"), ZoneId.of("America/St_Johns"),
      ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Etc/GMT+12"), ZoneId.of("UTC"),
      ZoneId.of("America/Argentina/Buenos_Aires"), ZoneId.of("+05:30"), ZoneId.of("Australia/Lord_Howe"));
  private static final List<String> LANGUAGES = List.of("fi", "en", "en-GB", "sv-FI", "he", "ar-EG", "zh-Hant-TW",
      "sr-Latn-RS", "de-CH-1996", "ja-JP-u-ca-japanese", "es-419");
  private static final List<String> HOSTS = List.of("example.com", "www.afterdawn.com", "xn--bcher-kva.example",
      "10.0.0.1", "[2001:db8::1]", "news.example.co.uk:8080");
  private static final List<String> PATHS = List.of("", "/", "/news/2007/05/24/allofmp3", "/ä/ö?q=1&r=ü",
      "/a%20b#frag", "/search?q=%E2%82%AC&page=2", "/長い/道");
  private static final int[] ODD_CHARACTERS = {0x200F, 0x202E, 0x2028, 0xFEFF, 0xFFFD};
  private static final int[] CONTROL_AND_SYNTAX = {'\n', '\t', '"', '\\', '<', 0x00, 0x1F};

  private final SplittableRandom random;

  private RandomArticles(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * The article of a seed.
   *
   * @param seed any number
   * @return a valid article, always the same for the same seed
   */
  static Article article(long seed) {
    return new RandomArticles(seed).article();
  }

  private Article article() {
    Article.Builder b = Article.builder();
    maybe(0.7, this::httpUrl).ifPresent(b::url);
    maybe(0.3, this::httpUrl).ifPresent(b::canonicalUrl);
    Optional<String> title = maybe(0.9, this::text);
    title.ifPresent(b::title);
    maybe(0.4, this::text).ifPresent(b::description);
    b.authors(distinct(3, this::author));
    b.tags(distinct(8, this::text));
    maybe(0.6, () -> Locale.forLanguageTag(pick(LANGUAGES))).ifPresent(b::language);
    maybe(0.5, this::text).ifPresent(b::siteName);
    List<Block> body = body();
    b.body(body);
    b.images(list(0, 3, this::image));
    maybe(0.4, this::text).ifPresent(b::section);
    maybe(0.5, () -> random.nextInt(Integer.MAX_VALUE)).ifPresent(b::commentCount);
    maybe(0.5, random::nextBoolean).ifPresent(b::commentsOpen);
    maybe(0.3, () -> pick(List.of(Access.values()))).ifPresent(b::access);
    maybe(0.4, this::source).ifPresent(b::source);
    timing(b);
    b.comments(comments());
    if (title.isEmpty() && body.isEmpty()) {
      b.title("Fallback title"); // an article needs one or the other
    }
    return b.build();
  }

  // --- text, URLs and small values ---

  /** Text that is not blank, from many scripts, with astral characters and the odd control character. */
  private String text() {
    while (true) {
      int length = 1 + random.nextInt(30);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        s.appendCodePoint(codePoint());
      }
      if (!s.toString().isBlank()) {
        return s.toString();
      }
    }
  }

  private int codePoint() {
    int kind = random.nextInt(17);
    if (kind < 6) {
      return between(0x20, 0x7E);
    } else if (kind < 8) {
      return between(0xA0, 0x24F);
    } else if (kind < 10) {
      return between(0x05D0, 0x05EA); // Hebrew, right to left
    } else if (kind < 12) {
      return between(0x0621, 0x064A); // Arabic, right to left
    } else if (kind < 13) {
      return ODD_CHARACTERS[random.nextInt(ODD_CHARACTERS.length)]; // bidi marks and separators
    } else if (kind < 15) {
      return between(0x1F600, 0x1F64F); // emoji, outside the BMP
    } else if (kind < 16) {
      return between(0x20000, 0x2A6DF); // CJK extension B, outside the BMP
    }
    return CONTROL_AND_SYNTAX[random.nextInt(CONTROL_AND_SYNTAX.length)];
  }

  private URI httpUrl() {
    return URI.create(pick(List.of("http", "https", "HTTPS")) + "://" + pick(HOSTS) + pick(PATHS));
  }

  private Author author() {
    Author.Builder a = Author.builder().name(text());
    maybe(0.4, this::httpUrl).ifPresent(a::url);
    a.profiles(distinct(3, this::httpUrl));
    maybe(0.3, this::text).ifPresent(a::affiliation);
    return a.build();
  }

  private Source source() {
    Source.Builder s = Source.builder().uri(random.nextInt(3) > 0 ? httpUrl()
        : pick(List.of(URI.create("file:///tmp/page%20one.html"),
            URI.create("urn:uuid:6a1f3c0e-7c4b-4a8e-9a6e-2f9d9b1c0a11"))));
    maybe(0.5, this::text).ifPresent(s::recordId);
    maybe(0.2, this::text).ifPresent(s::payloadRecordId);
    maybe(0.5, () -> placement().time(instant())).ifPresent(s::capturedAt);
    maybe(0.5, this::httpUrl).ifPresent(s::archiveUrl);
    return s.build();
  }

  // --- blocks ---

  private Block block() {
    switch (random.nextInt(6)) {
      case 0:
        return Paragraph.of(text());
      case 1:
        return Heading.of(between(1, 6), text());
      case 2:
        return random.nextBoolean() ? Quote.of(text(), text()) : Quote.of(text());
      case 3:
        return ItemList.builder().ordered(random.nextBoolean()).items(list(1, 6, this::text)).build();
      case 4:
        return image();
      default:
        return Preformatted.of("  " + text() + "\n\tend");
    }
  }

  private Image image() {
    Image.Builder i = Image.builder().url(httpUrl());
    maybe(0.5, this::text).ifPresent(i::alt);
    maybe(0.5, this::text).ifPresent(i::caption);
    maybe(0.3, this::text).ifPresent(i::credit);
    return i.build();
  }

  /** An article body: empty, a few blocks, and now and then a long one. */
  private List<Block> body() {
    return random.nextInt(10) == 0 ? list(100, 200, this::block) : list(0, 5, this::block);
  }

  // --- times ---

  /** An instant and how its owner shows times: with a printed offset, or with an offset from an assumed zone. */
  private static final class Placement {
    final ZoneOffset offset;
    final Optional<ZoneId> zone;

    Placement(ZoneOffset offset, Optional<ZoneId> zone) {
      this.offset = offset;
      this.zone = zone;
    }

    OffsetDateTime time(Instant at) {
      return zone.map(z -> at.atZone(z).toOffsetDateTime()).orElseGet(() -> at.atOffset(offset));
    }

    /** The same day at 00:00 and the same offset, if that is a time the owner could show; for date-only times. */
    Optional<OffsetDateTime> startOfDay(OffsetDateTime time) {
      LocalDateTime midnight = time.toLocalDate().atStartOfDay();
      if (zone.isPresent() && !zone.get().getRules().isValidOffset(midnight, time.getOffset())) {
        return Optional.empty();
      }
      return Optional.of(OffsetDateTime.of(midnight, time.getOffset()));
    }
  }

  private Placement placement() {
    return new Placement(offset(), maybe(0.3, () -> pick(ZONES)));
  }

  /** From 0001-01-01 to 9999-12-31 UTC, with whole seconds, milliseconds or nanoseconds. */
  private Instant instant() {
    long second = random.nextLong(MIN_SECOND, MAX_SECOND + 1);
    int kind = random.nextInt(5);
    int nanos = kind < 3 ? 0 : kind == 3 ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000);
    return Instant.ofEpochSecond(second, nanos);
  }

  /** Whole minutes from -18:00 to +18:00, now and then with seconds. */
  private ZoneOffset offset() {
    return random.nextInt(10) == 0 ? ZoneOffset.ofTotalSeconds(between(-18 * 3600, 18 * 3600))
        : ZoneOffset.ofTotalSeconds(between(-18 * 60, 18 * 60) * 60);
  }

  private static Instant later(Instant at, long seconds) {
    return at.getEpochSecond() > MAX_SECOND - seconds ? at : at.plusSeconds(seconds);
  }

  /** The time of an owner that shows it, now and then only as a date. */
  private Dated dated(Placement placement, Instant at) {
    OffsetDateTime time = placement.time(at);
    if (random.nextInt(7) == 0) {
      Optional<OffsetDateTime> day = placement.startOfDay(time);
      if (day.isPresent()) {
        return new Dated(day.get(), true);
      }
    }
    return new Dated(time, false);
  }

  private record Dated(OffsetDateTime time, boolean dateOnly) {}

  /** The article's own times and edits, in order, with offsets as printed or from an assumed zone. */
  private void timing(Article.Builder b) {
    Placement start = placement();
    Instant at = instant();
    if (!random.nextBoolean()) {
      maybe(0.3, () -> edits(at, Optional.empty())).ifPresent(b::edits);
      return;
    }
    Dated published = dated(start, at);
    b.publishedAt(published.time()).publishedAtDateOnly(published.dateOnly());
    start.zone.ifPresent(b::assumedZone);
    if (random.nextBoolean()) {
      b.modifiedAt(start.time(later(at, random.nextLong(MAX_STEP + 1))));
    }
    maybe(0.3, () -> edits(at, Optional.of(published.time()))).ifPresent(b::edits);
  }

  /** Edits from {@code start} on, in time order, none before {@code notBefore}. */
  private List<EditRecord> edits(Instant start, Optional<OffsetDateTime> notBefore) {
    List<EditRecord> edits = new ArrayList<>();
    Instant at = start;
    Optional<OffsetDateTime> bound = notBefore;
    int count = between(1, 4);
    for (int i = 0; i < count; i++) {
      at = later(at, random.nextLong(MAX_STEP + 1));
      Placement placement = placement();
      Dated edited = dated(placement, at);
      if (edited.dateOnly() && bound.isPresent() && edited.time().toInstant().isBefore(bound.get().toInstant())) {
        edited = new Dated(placement.time(at), false); // the day's start would come before what it edits
      }
      EditRecord.Builder e = EditRecord.builder().editedAt(edited.time()).editedAtDateOnly(edited.dateOnly())
          .kind(pick(List.of(EditKind.values())));
      placement.zone.ifPresent(e::assumedZone);
      maybe(0.3, this::author).ifPresent(e::editor);
      maybe(0.6, this::text).ifPresent(e::note);
      maybe(0.3, this::text).ifPresent(e::reason);
      edits.add(e.build());
      bound = Optional.of(edited.time());
    }
    if (random.nextInt(8) == 0) {
      // a bare "(edited)" without its time, which only format version 2 holds, anywhere among the timed ones
      edits.add(random.nextInt(edits.size() + 1), EditRecord.builder().note(text()).kind(EditKind.UPDATE).build());
    }
    return edits;
  }

  // --- comments ---

  /** Often none, mostly a few, now and then a chain of 30 to 100 replies. */
  private List<Comment> comments() {
    if (random.nextInt(4) == 0) {
      return List.of();
    }
    boolean deep = random.nextInt(8) == 0;
    int count = deep ? between(30, 100) : between(1, 6);
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = i + ":" + text();
      Comment.Builder c = Comment.builder().id(id).body(list(1, 3, this::block));
      if (random.nextInt(12) == 0) {
        c.removed(true).body(List.of()); // a removed comment has no body
      }
      if (random.nextBoolean()) {
        c.number(i + 1);
      }
      maybe(0.5, this::author).ifPresent(c::author);
      Placement placement = placement();
      Instant at = instant();
      Optional<OffsetDateTime> published = Optional.empty();
      if (random.nextBoolean()) {
        Dated dated = dated(placement, at);
        c.publishedAt(dated.time()).publishedAtDateOnly(dated.dateOnly());
        placement.zone.ifPresent(c::assumedZone);
        published = Optional.of(dated.time());
      }
      if (random.nextInt(10) < 3) {
        c.edits(edits(at, published));
      }
      if (i > 0 && (deep || random.nextInt(4) > 0)) {
        c.replyTo(comments.get(deep ? i - 1 : random.nextInt(i)).id());
      }
      comments.add(c.build());
    }
    return comments;
  }

  // --- helpers ---

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> Optional<T> maybe(double probability, Supplier<T> value) {
    return random.nextDouble() < probability ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> List<T> list(int min, int max, Supplier<T> element) {
    int size = between(min, max);
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(element.get());
    }
    return out;
  }

  private <T> List<T> distinct(int max, Supplier<T> element) {
    return List.copyOf(new LinkedHashSet<>(list(0, max, element)));
  }
}
