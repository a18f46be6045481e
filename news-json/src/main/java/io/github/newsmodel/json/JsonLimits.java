package io.github.newsmodel.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.newsmodel.core.internal.Checks;
import io.github.newsmodel.core.internal.NewsStyle;
import org.immutables.value.Value;

/**
 * Bounds on the JSON that {@link NewsJson} reads, so that hostile or broken input fails fast with a
 * {@link NewsJsonException} instead of exhausting memory or the stack. Enforced by Jackson's
 * {@link StreamReadConstraints}.
 *
 * <p>The defaults are far below what would hurt a server, and above what the text of the largest page news-html
 * reads by default (16 MiB) becomes, so that the standard reader reads back what {@code news parse} writes of a
 * real page. A page built to grow (thousands of images whose relative URLs resolve against a long base URL) can
 * still become more; read such output with raised limits:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>the format needs</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>7 (article, comments, comment, edits, edit, editor,
 *       profiles)</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>16 MiB (16,777,216 chars)</td><td>the longest paragraph or
 *       preformatted block: up to all the text of a page, which news-html reads up to 16 MiB</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>128 MiB</td><td>one whole article with its comments: a page's
 *       text is written twice (the blocks and the derived {@code text}), and a letter of one byte in the page,
 *       such as Thai in windows-874, takes three in UTF-8, so up to 96 MiB for a page of 16 MiB</td></tr>
 * </table>
 *
 * <pre>{@code
 * NewsJson json = NewsJson.create(JsonLimits.builder().maxDocumentLength(1 << 20).build());
 * }</pre>
 */
@Value.Immutable
@NewsStyle
public abstract class JsonLimits implements WithJsonLimits {
  /** The default of {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /**
   * The default of {@link #maxStringLength()}: 16 Mi chars, as many as the largest page news-html reads by default
   * ({@code ParseOptions.DEFAULT_MAX_PAGE_SIZE}) can hold, since one paragraph may be all of a page's text.
   */
  public static final int DEFAULT_MAX_STRING_LENGTH = 16 * 1024 * 1024;
  /**
   * The default of {@link #maxDocumentLength()}: 128 MiB, above the 96 MiB of UTF-8 that the text of a 16 MiB page
   * can become, written twice, at three bytes a letter.
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 128L * 1024 * 1024;

  private static final JsonLimits DEFAULTS = builder().build();

  JsonLimits() {}

  /**
   * How deeply objects and arrays may nest.
   *
   * @return the maximum depth; {@value #DEFAULT_MAX_NESTING_DEPTH} unless set
   */
  public abstract int maxNestingDepth();

  /**
   * How long one string value may be, in chars. The derived {@code text} fields are skipped unread, so this
   * bounds single paragraphs, not whole bodies.
   *
   * @return the maximum length; {@value #DEFAULT_MAX_STRING_LENGTH} unless set
   */
  public abstract int maxStringLength();

  /**
   * How long one document may be: in bytes when reading bytes, in chars when reading chars. For JSON Lines this
   * bounds each line, so a reader never holds more than one line of this length.
   *
   * @return the maximum length; {@value #DEFAULT_MAX_DOCUMENT_LENGTH} unless set
   */
  public abstract long maxDocumentLength();

  /**
   * The same limits as Jackson constraints, for an {@code ObjectMapper} of your own that uses
   * {@link NewsJsonModule}: {@code JsonFactory.builder().streamReadConstraints(limits.toStreamReadConstraints())}.
   *
   * @return the constraints; Jackson's defaults apply to whatever these limits do not cover
   */
  public StreamReadConstraints toStreamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth())
        .maxStringLength(maxStringLength())
        .maxDocumentLength(maxDocumentLength())
        .build();
  }

  /**
   * The default limits.
   *
   * @return the limits of the table above
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Starts building limits; anything not set keeps its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.atLeast("maxNestingDepth", maxNestingDepth(), 1);
    Checks.atLeast("maxStringLength", maxStringLength(), 1);
    Checks.atLeast("maxDocumentLength", maxDocumentLength(), 1);
  }

  /** Builds {@link JsonLimits}; every limit starts at its default. */
  public static final class Builder extends ImmutableJsonLimits.Builder {
    // Defaults are preset here rather than with @Value.Default, which the library's style supports for one
    // attribute of a type only.
    Builder() {
      maxNestingDepth(DEFAULT_MAX_NESTING_DEPTH);
      maxStringLength(DEFAULT_MAX_STRING_LENGTH);
      maxDocumentLength(DEFAULT_MAX_DOCUMENT_LENGTH);
    }
  }
}
