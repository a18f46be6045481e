package io.github.newsmodel.json;

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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates valid articles: Unicode text with astral and right-to-left characters, empty and long lists, times
 * from year 0001 to 9999 with offsets from -18:00 to +18:00, zones whose history gives odd offsets, and comment
 * threads many replies deep.
 */
final class ArticleArbitraries {
  private static final long MIN_SECOND = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
  private static final long MAX_STEP = 3L * 366 * 24 * 3600;
  /** Zones with half-hour, quarter-hour and extreme offsets, and local mean time in their early history. */
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Helsinki"), ZoneId.of("America/St_Johns"),
      ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Etc/GMT+12"), ZoneId.of("UTC"),
      ZoneId.of("America/Argentina/Buenos_Aires"), ZoneId.of("+05:30"), ZoneId.of("Australia/Lord_Howe"));
  private static final List<String> LANGUAGES = List.of("fi", "en", "en-GB", "sv-FI", "he", "ar-EG", "zh-Hant-TW",
      "sr-Latn-RS", "de-CH-1996", "ja-JP-u-ca-japanese", "es-419");

  private ArticleArbitraries() {}

  static Arbitrary<Article> articles() {
    Arbitrary<Article> article = Combinators.combine(metadata(), contents(), timing(), comments())
        .as((meta, contents, timing, comments) -> {
          Article.Builder b = Article.builder();
          meta.accept(b);
          contents.accept(b);
          timing.accept(b);
          b.comments(comments);
          return b;
        })
        .map(b -> {
          // An article needs a title or a body; the generators leave out both now and then.
          try {
            return b.build();
          } catch (io.github.newsmodel.core.InvalidValueException e) {
            return b.title("Fallback title").build();
          }
        });
    return article;
  }

  /** Text that is not blank, from many scripts, with astral characters and the odd control character. */
  static Arbitrary<String> text() {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
        Tuple.of(2, Arbitraries.integers().between(0xA0, 0x24F)),
        Tuple.of(2, Arbitraries.integers().between(0x05D0, 0x05EA)), // Hebrew, right to left
        Tuple.of(2, Arbitraries.integers().between(0x0621, 0x064A)), // Arabic, right to left
        Tuple.of(1, Arbitraries.of(0x200F, 0x202E, 0x2028, 0xFEFF, 0xFFFD)), // bidi marks and separators
        Tuple.of(2, Arbitraries.integers().between(0x1F600, 0x1F64F)), // emoji, outside the BMP
        Tuple.of(1, Arbitraries.integers().between(0x20000, 0x2A6DF)), // CJK extension B, outside the BMP
        Tuple.of(1, Arbitraries.of((int) '\n', (int) '\t', (int) '"', (int) '\\', (int) '<', 0x00, 0x1F)));
    return codePoint.list().ofMinSize(1).ofMaxSize(30)
        .map(ArticleArbitraries::fromCodePoints)
        .filter(s -> !s.isBlank());
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder s = new StringBuilder();
    codePoints.forEach(s::appendCodePoint);
    return s.toString();
  }

  static Arbitrary<URI> httpUrl() {
    Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTPS");
    Arbitrary<String> host = Arbitraries.of("example.com", "www.afterdawn.com", "xn--bcher-kva.example", "10.0.0.1",
        "[2001:db8::1]", "news.example.co.uk:8080");
    Arbitrary<String> path = Arbitraries.of("", "/", "/news/2007/05/24/allofmp3", "/ä/ö?q=1&r=ü", "/a%20b#frag",
        "/search?q=%E2%82%AC&page=2", "/長い/道");
    return Combinators.combine(scheme, host, path).as((s, h, p) -> URI.create(s + "://" + h + p));
  }

  private static Arbitrary<Author> author() {
    return Builders.withBuilder(Author::builder)
        .use(text()).inSetter(Author.Builder::name)
        .use(httpUrl()).withProbability(0.4).inSetter(Author.Builder::url)
        .use(httpUrl().list().uniqueElements().ofMaxSize(3)).inSetter(Author.Builder::profiles)
        .use(text()).withProbability(0.3).inSetter(Author.Builder::affiliation)
        .build(Author.Builder::build);
  }

  private static Arbitrary<Block> block() {
    Arbitrary<Block> paragraph = text().map(Paragraph::of);
    Arbitrary<Block> heading = Combinators.combine(Arbitraries.integers().between(1, 6), text()).as(Heading::of);
    Arbitrary<Block> quote = Combinators.combine(text(), text().optional())
        .as((t, c) -> c.map(cite -> Quote.of(t, cite)).orElseGet(() -> Quote.of(t)));
    Arbitrary<Block> list = Combinators.combine(Arbitraries.of(true, false), text().list().ofMinSize(1).ofMaxSize(6))
        .as((ordered, items) -> ItemList.builder().ordered(ordered).items(items).build());
    Arbitrary<Block> preformatted = text().map(t -> Preformatted.of("  " + t + "\n\tend"));
    return Arbitraries.oneOf(paragraph, heading, quote, list, image(), preformatted);
  }

  private static Arbitrary<Block> image() {
    return Builders.withBuilder(Image::builder)
        .use(httpUrl()).inSetter(Image.Builder::url)
        .use(text()).withProbability(0.5).inSetter(Image.Builder::alt)
        .use(text()).withProbability(0.5).inSetter(Image.Builder::caption)
        .build(Image.Builder::build);
  }

  /** An article body: empty, a few blocks, and now and then a long one. */
  private static Arbitrary<List<Block>> body() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, block().list().ofMaxSize(5)),
        Tuple.of(1, block().list().ofMinSize(100).ofMaxSize(200)));
  }

  private interface Part {
    void accept(Article.Builder b);
  }

  private static Arbitrary<Part> metadata() {
    return Combinators.combine(
            httpUrl().optional(0.7), httpUrl().optional(0.3), text().optional(0.9), text().optional(0.4),
            author().list().uniqueElements().ofMaxSize(3),
            text().list().uniqueElements().ofMaxSize(8), Arbitraries.of(LANGUAGES).optional(0.6),
            text().optional(0.5))
        .as((url, canonical, title, description, authors, tags, language, siteName) -> b -> {
          url.ifPresent(b::url);
          canonical.ifPresent(b::canonicalUrl);
          title.ifPresent(b::title);
          description.ifPresent(b::description);
          b.authors(authors).tags(tags);
          language.map(Locale::forLanguageTag).ifPresent(b::language);
          siteName.ifPresent(b::siteName);
        });
  }

  private static Arbitrary<Part> contents() {
    Arbitrary<Source> source = Builders.withBuilder(Source::builder)
        .use(Arbitraries.oneOf(httpUrl(), Arbitraries.of(URI.create("file:///tmp/page%20one.html"),
            URI.create("urn:uuid:6a1f3c0e-7c4b-4a8e-9a6e-2f9d9b1c0a11")))).inSetter(Source.Builder::uri)
        .use(text()).withProbability(0.5).inSetter(Source.Builder::recordId)
        .use(anyTime()).withProbability(0.5).inSetter(Source.Builder::capturedAt)
        .use(httpUrl()).withProbability(0.5).inSetter(Source.Builder::archiveUrl)
        .build(Source.Builder::build);
    Arbitrary<List<Image>> images = image().map(Image.class::cast).list().ofMaxSize(3);
    return Combinators.combine(body(), images, text().optional(0.4),
            Arbitraries.integers().greaterOrEqual(0).optional(0.5), Arbitraries.of(true, false).optional(0.5),
            source.optional(0.4))
        .as((body, imgs, section, count, open, src) -> b -> {
          b.body(body).images(imgs);
          section.ifPresent(b::section);
          count.ifPresent(b::commentCount);
          open.ifPresent(b::commentsOpen);
          src.ifPresent(b::source);
        });
  }

  /** The article's own times and edits, in order, with offsets as printed or from an assumed zone. */
  private static Arbitrary<Part> timing() {
    return Combinators.combine(placement(), Arbitraries.of(true, false), step().optional(0.5),
            edits().optional(0.3))
        .as((start, published, modifiedStep, edits) -> b -> {
          if (!published) {
            edits.ifPresent(e -> b.edits(e.apply(start.instant)));
            return;
          }
          b.publishedAt(start.time(start.instant));
          start.zone.ifPresent(b::assumedZone);
          modifiedStep.ifPresent(s -> b.modifiedAt(start.time(later(start.instant, s))));
          edits.ifPresent(e -> b.edits(e.apply(start.instant)));
        });
  }

  private static Arbitrary<List<Comment>> comments() {
    Arbitrary<CommentSeed> seed = Combinators.combine(text(), block().list().ofMinSize(1).ofMaxSize(3), author().optional(0.5), placement(),
            Arbitraries.of(true, false), edits().optional(0.3), Arbitraries.integers().between(-3, 1000),
            Arbitraries.of(true, false))
        .as(CommentSeed::new);
    Arbitrary<List<Comment>> flat = seed.list().ofMaxSize(6).map(s -> thread(s, false));
    Arbitrary<List<Comment>> deep = seed.list().ofMinSize(30).ofMaxSize(100).map(s -> thread(s, true));
    return Arbitraries.frequencyOf(Tuple.of(8, flat), Tuple.of(1, deep));
  }

  /** A comment before its place in the thread is known. */
  private static final class CommentSeed {
    final String id;
    final List<Block> body;
    final Optional<Author> author;
    final Placement placement;
    final boolean published;
    final Optional<EditsFrom> edits;
    final int replyChoice;
    final boolean numbered;

    CommentSeed(String id, List<Block> body, Optional<Author> author, Placement placement, boolean published,
        Optional<EditsFrom> edits, int replyChoice, boolean numbered) {
      this.id = id;
      this.body = body;
      this.author = author;
      this.placement = placement;
      this.published = published;
      this.edits = edits;
      this.replyChoice = replyChoice;
      this.numbered = numbered;
    }
  }

  /** Ids made unique by their position; replies name an earlier comment, or in a chain the one before. */
  private static List<Comment> thread(List<CommentSeed> seeds, boolean chain) {
    List<Comment> comments = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      CommentSeed s = seeds.get(i);
      String id = i + ":" + s.id;
      Comment.Builder c = Comment.builder().id(id).body(s.body);
      if (s.numbered) {
        c.number(i + 1);
      }
      s.author.ifPresent(c::author);
      if (s.published) {
        c.publishedAt(s.placement.time(s.placement.instant));
        s.placement.zone.ifPresent(c::assumedZone);
      }
      s.edits.ifPresent(e -> c.edits(e.apply(s.placement.instant)));
      if (i > 0 && (chain || s.replyChoice >= 0)) {
        c.replyTo(chain ? ids.get(i - 1) : ids.get(s.replyChoice % i));
      }
      comments.add(c.build());
      ids.add(id);
    }
    return comments;
  }

  /** Edits that start no earlier than a given instant and keep time order. */
  @FunctionalInterface
  private interface EditsFrom {
    List<EditRecord> apply(Instant start);
  }

  private static Arbitrary<EditsFrom> edits() {
    Arbitrary<EditSeed> edit = Combinators.combine(step(), placement(), author().optional(0.3), text().optional(0.6),
            Arbitraries.of(EditKind.class))
        .as(EditSeed::new);
    return edit.list().ofMinSize(1).ofMaxSize(4).map(seeds -> start -> {
      List<EditRecord> edits = new ArrayList<>();
      Instant at = start;
      for (EditSeed s : seeds) {
        at = later(at, s.step);
        EditRecord.Builder e = EditRecord.builder().editedAt(s.placement.time(at)).kind(s.kind);
        s.placement.zone.ifPresent(e::assumedZone);
        s.editor.ifPresent(e::editor);
        s.note.ifPresent(e::note);
        edits.add(e.build());
      }
      return edits;
    });
  }

  private static final class EditSeed {
    final long step;
    final Placement placement;
    final Optional<Author> editor;
    final Optional<String> note;
    final EditKind kind;

    EditSeed(long step, Placement placement, Optional<Author> editor, Optional<String> note, EditKind kind) {
      this.step = step;
      this.placement = placement;
      this.editor = editor;
      this.note = note;
      this.kind = kind;
    }
  }

  /** An instant and how its owner shows times: with a printed offset, or with an offset from an assumed zone. */
  private static final class Placement {
    final Instant instant;
    final ZoneOffset offset;
    final Optional<ZoneId> zone;

    Placement(Instant instant, ZoneOffset offset, Optional<ZoneId> zone) {
      this.instant = instant;
      this.offset = offset;
      this.zone = zone;
    }

    OffsetDateTime time(Instant at) {
      return zone.map(z -> at.atZone(z).toOffsetDateTime()).orElseGet(() -> at.atOffset(offset));
    }
  }

  private static Arbitrary<Placement> placement() {
    return Combinators.combine(instant(), offset(), Arbitraries.of(ZONES).optional(0.3)).as(Placement::new);
  }

  private static Arbitrary<OffsetDateTime> anyTime() {
    return placement().map(p -> p.time(p.instant));
  }

  /** From 0001-01-01 to 9999-12-31 UTC, with whole seconds, milliseconds or nanoseconds. */
  private static Arbitrary<Instant> instant() {
    Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)),
        Tuple.of(1, Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)),
        Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
    return Combinators.combine(Arbitraries.longs().between(MIN_SECOND, MAX_SECOND), nanos)
        .as(Instant::ofEpochSecond);
  }

  /** Whole minutes from -18:00 to +18:00, now and then with seconds. */
  private static Arbitrary<ZoneOffset> offset() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> ZoneOffset.ofTotalSeconds(m * 60))),
        Tuple.of(1, Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds)));
  }

  private static Arbitrary<Long> step() {
    return Arbitraries.longs().between(0, MAX_STEP);
  }

  private static Instant later(Instant at, long seconds) {
    return at.getEpochSecond() > MAX_SECOND - seconds ? at : at.plusSeconds(seconds);
  }
}
