package io.github.newsmodel.core;

import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.Checks.TimeField;
import io.github.newsmodel.core.internal.NewsStyle;
import io.github.newsmodel.core.internal.Texts;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A news article: its metadata, its body, its reader comments and its edit history.
 *
 * <p>Build one with {@link #builder()}; change a copy with the {@code with*} methods. Every instance is valid:
 * URLs are absolute http or https, no string is blank, comment ids are unique, replies name an earlier comment,
 * edits are in time order, and there is a title or a body.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .title("AllofMP3 calls IFPI raid a publicity stunt")
 *     .addAuthors(Author.of("Andre Yoskowitz"))
 *     .publishedAt(OffsetDateTime.parse("2007-05-24T13:52+03:00"))
 *     .addBody(Paragraph.of("The Russian music download store AllofMP3 called out the IFPI today."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class Article implements WithArticle {
  Article() {}

  /**
   * The URL the page was served from.
   *
   * @return the absolute http or https URL, if known
   */
  public abstract Optional<URI> url();

  /**
   * The URL the page declares as its canonical address ({@code <link rel=canonical>}, {@code og:url}).
   *
   * @return the absolute http or https URL, if declared
   */
  public abstract Optional<URI> canonicalUrl();

  /**
   * The headline, without the site-name suffix of the HTML title.
   *
   * @return the title, if found
   */
  public abstract Optional<String> title();

  /**
   * The article's summary or standfirst, as declared in its metadata.
   *
   * @return the description, if found
   */
  public abstract Optional<String> description();

  /**
   * The people who wrote the article, in byline order.
   *
   * @return the authors without duplicates; empty if none are named
   */
  public abstract List<Author> authors();

  /**
   * When the article was first published.
   *
   * @return the publication time, if found
   */
  public abstract Optional<OffsetDateTime> publishedAt();

  /**
   * When the article was last changed, as declared by the page.
   *
   * @return the modification time, never before {@link #publishedAt()}; absent if not declared
   */
  public abstract Optional<OffsetDateTime> modifiedAt();

  /**
   * The name of the publication, such as "AfterDawn".
   *
   * @return the site name, if found
   */
  public abstract Optional<String> siteName();

  /**
   * The section of the site the article belongs to, such as "Tech news".
   *
   * @return the section, if found
   */
  public abstract Optional<String> section();

  /**
   * Keywords and tags the page attaches to the article.
   *
   * @return distinct tags in page order; empty if none
   */
  public abstract List<String> tags();

  /**
   * The language of the article, as a BCP 47 tag ({@link Locale#toLanguageTag()}).
   *
   * @return the language, if declared or detected
   */
  public abstract Optional<Locale> language();

  /**
   * The article's main text as blocks: paragraphs, headings, quotes, lists, images and preformatted text.
   * Navigation, advertising, related links and comments are not part of it.
   *
   * @return the blocks in reading order; empty if no body was found
   */
  public abstract List<Block> body();

  /**
   * The body as plain text, blocks separated by a blank line: the article's running text, without the captions of
   * its images, which describe the pictures rather than tell the story and stay in each {@link Image} block. A body
   * whose only text is in captions, such as a photo gallery's, gives its captions.
   *
   * @return the text of the article; empty if the body holds no text
   */
  @Value.Lazy
  public String text() {
    return Texts.joinRunning(body());
  }

  /**
   * Images that represent the article as a whole, such as its social-card or schema.org image. Images inside
   * the text are {@link Image} blocks of the {@link #body()}.
   *
   * @return the images; empty if none
   */
  public abstract List<Image> images();

  /**
   * The number of comments the page declares. It can exceed the comments present on the page, which may show
   * only the first page of a long thread.
   *
   * @return the declared count, at least 0, if the page declares one
   */
  public abstract OptionalInt commentCount();

  /**
   * Whether readers can still post comments.
   *
   * @return true if the comment form is open, false if the page says comments are closed; absent if unknown
   */
  public abstract Optional<Boolean> commentsOpen();

  /**
   * Whether the article is free to read or behind a paywall, as the page declares it for search engines and
   * crawlers (schema.org {@code isAccessibleForFree}, {@code article:content_tier}).
   *
   * @return the access, if the page declares it
   */
  public abstract Optional<Access> access();

  /**
   * The reader comments present on the page, in page order; a reply always comes after its parent.
   *
   * @return the comments; empty if none were found
   */
  public abstract List<Comment> comments();

  /**
   * Updates and corrections of the article itself, oldest first.
   *
   * @return the edits; empty if the page reports none
   */
  public abstract List<EditRecord> edits();

  /**
   * Where the page came from and when it was captured.
   *
   * @return the source, if the caller or the parser knows it
   */
  public abstract Optional<Source> source();

  /**
   * The zone the parser applied because the page printed {@link #publishedAt()} or {@link #modifiedAt()}
   * without an offset. Comments and edits record their own assumption. The value keeps one zone for both times,
   * so each present time must have the zone's offset at its instant: a time the page gave with another offset is
   * converted to the zone before it is set ({@code withOffsetSameInstant}). A date-only time on a day whose midnight
   * the zone skips, as São Paulo's did when daylight saving time began, carries the offset before the skip.
   *
   * @return the assumed zone, or empty if the offsets came from the page
   */
  public abstract Optional<ZoneId> assumedZone();

  /**
   * Whether the page gave only the date of {@link #publishedAt()}, not its time of day. The time is then 00:00 at the
   * page's (or the assumed) offset and means "some time that day": read it with {@code toLocalDate()}, since
   * converting it to another offset can change the date.
   *
   * @return true if only the date is known; false if the page gave a time of day or there is no time
   */
  @Value.Default
  public boolean publishedAtDateOnly() {
    return false;
  }

  /**
   * Whether the page gave only the date of {@link #modifiedAt()}, not its time of day. The time is then 00:00 at the
   * page's (or the assumed) offset and means "some time that day": read it with {@code toLocalDate()}, since
   * converting it to another offset can change the date.
   *
   * @return true if only the date is known; false if the page gave a time of day or there is no time
   */
  @Value.Default
  public boolean modifiedAtDateOnly() {
    return false;
  }

  /**
   * Starts building an article.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (title().isEmpty() && body().isEmpty()) {
      throw new InvalidValueException("title", "an article needs a title or a body, and has neither");
    }
    Checks.httpUrl("url", url());
    Checks.httpUrl("canonicalUrl", canonicalUrl());
    Checks.notBlank("title", title());
    Checks.notBlank("description", description());
    Checks.distinct("authors", authors(), Author::name);
    Checks.notBlank("siteName", siteName());
    Checks.notBlank("section", section());
    Checks.distinctNotBlank("tags", tags());
    language().ifPresent(l -> Checks.language("language", l));
    commentCount().ifPresent(n -> Checks.atLeast("commentCount", n, 0));
    if (publishedAt().isPresent() && modifiedAt().isPresent()) {
      Checks.notBefore("modifiedAt", modifiedAt().get(), "publishedAt", publishedAt().get());
    }
    Checks.edits("edits", edits(), "the article's publishedAt", publishedAt());
    Checks.assumedZone("assumedZone", assumedZone(),
        new TimeField("publishedAt", publishedAt()), new TimeField("modifiedAt", modifiedAt()));
    Checks.dateOnly("publishedAt", publishedAt(), publishedAtDateOnly());
    Checks.dateOnly("modifiedAt", modifiedAt(), modifiedAtDateOnly());
    checkThread();
  }

  /** Ids and numbers are unique, and a reply names an earlier comment, which also rules out cycles. */
  private void checkThread() {
    Set<String> earlierIds = new HashSet<>();
    Map<Integer, String> numbers = new HashMap<>();
    for (int i = 0; i < comments().size(); i++) {
      Comment comment = comments().get(i);
      String path = "comments[" + i + "]";
      if (comment.replyTo().isPresent() && !earlierIds.contains(comment.replyTo().get())) {
        throw new InvalidValueException(path + ".replyTo",
            Checks.quote(comment.replyTo().get()) + " names no earlier comment");
      }
      if (!earlierIds.add(comment.id())) {
        throw new InvalidValueException(path + ".id", "duplicates the id of an earlier comment, "
            + Checks.quote(comment.id()));
      }
      if (comment.number().isPresent()) {
        String other = numbers.putIfAbsent(comment.number().getAsInt(), comment.id());
        if (other != null) {
          throw new InvalidValueException(path + ".number", comment.number().getAsInt()
              + " is also the number of comment " + Checks.quote(other));
        }
      }
    }
  }

  /**
   * Builds an {@link Article}; it needs at least a title or a body. Its methods are described in the package's
   * <a href="package-summary.html#builders">Builders</a>.
   */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
