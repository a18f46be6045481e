package io.github.newsmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.newsmodel.core.Article;
import io.github.newsmodel.json.internal.Jackson;
import io.github.newsmodel.json.internal.JacksonVersion;
import io.github.newsmodel.json.internal.Opener;
import io.github.newsmodel.json.internal.ld.HtmlSafeEscapes;
import io.github.newsmodel.json.internal.ld.SchemaOrgWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes an article as schema.org JSON-LD: the {@code NewsArticle} structured data that search engines read
 * from a page. Output only; it is not the newsmodel format and cannot be read back.
 *
 * <p>Every output, not only {@link #scriptElement}, can go inside a page's
 * {@code <script type="application/ld+json">} element as it is: {@code <}, {@code >} and {@code &} are written as
 * the JSON escapes <code>&#92;u003C</code>, <code>&#92;u003E</code> and <code>&#92;u0026</code>, which JSON readers
 * read back as the same characters, so that no text, such as a reader's comment holding {@code </script>} or
 * {@code <!--}, can end the element or open an HTML comment, and the output is well-formed in XHTML too.
 *
 * <pre>{@code
 * String tag = JsonLd.scriptElement(article);
 * // <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",...}</script>
 * }</pre>
 *
 * <p>The mapping:
 *
 * <ul>
 *   <li>{@code url} and {@code mainEntityOfPage}: the canonical URL, or else the URL;
 *   <li>{@code headline}, {@code description}, {@code articleSection}, {@code keywords} (the tags),
 *       {@code inLanguage}, {@code articleBody} (the text);
 *   <li>{@code image}: {@code ImageObject}s of the article's images, or else of its body's images, each with its
 *       {@code url}, {@code caption} and {@code creditText} (the credit);
 *   <li>{@code author}: a {@code Person} with {@code name}, {@code url}, {@code sameAs} (the profiles) and an
 *       {@code Organization} as {@code affiliation};
 *   <li>{@code datePublished}; {@code dateModified}: the modification time, or else the last edit's time. A time
 *       in a historical local mean time, whose offset has seconds (+01:39:49), which ISO 8601 cannot write, is
 *       written in UTC;
 *   <li>{@code correction}: a {@code CorrectionComment} for each edit of the correction kind, of the article and of
 *       each comment, with its note (and its reason, where the note does not hold it) as {@code text}, its time as
 *       {@code datePublished} and its editor as {@code author}: schema.org's term for corrections. Updates and
 *       edits of unknown kind have none; {@code dateModified} stands for them;
 *   <li>{@code isAccessibleForFree}: {@code true} for a free article, {@code false} for a metered, locked or
 *       paywalled one (schema.org does not tell these apart); absent when the access is unknown;
 *   <li>{@code publisher}: an {@code Organization} named after the site;
 *   <li>{@code commentCount}: the declared count, or the number of comments present where that is larger;
 *   <li>{@code comment}: a {@code Comment} each, with {@code position} (the number), {@code author},
 *       {@code dateCreated} and {@code datePublished} (the same time: schema.org's examples give the first,
 *       Google reads the second), {@code dateModified} (its last edit), {@code text} (none for a comment of only an
 *       image without a caption, nor for a removed comment, which schema.org has no word for: it stays for the
 *       replies' {@code parentItem}), {@code image} (the images of its body, as above), and {@code parentItem} pointing
 *       at the comment it replies to. Each comment is a blank node, {@code "@id": "_:comment-1"} for the first of
 *       the list and so on, which exists only for {@code parentItem} to point at: it is not the page's anchor
 *       of the comment, which newsmodel cannot know (a comment's id may be the page's own or one the parser
 *       derived), and like any blank node label it means nothing outside the document;
 *   <li>{@code archivedAt}: the web archive copy the article was read from.
 * </ul>
 *
 * Absent values are left out. Times keep their offsets. A lone surrogate in a text (not Unicode, such as a page's
 * JSON escape of half an emoji), which the newsmodel format keeps, is written as U+FFFD, the replacement character.
 */
public final class JsonLd {
  private static final JsonFactory FACTORY = factory();

  private JsonLd() {}

  private static JsonFactory factory() {
    // Before StreamReadConstraints is named, which a jackson-core before 2.15 does not have.
    JacksonVersion.requireSupported();
    return Jackson.factory(StreamReadConstraints.defaults());
  }

  /**
   * Writes the article as compact JSON-LD.
   *
   * @param article the article
   * @return the JSON-LD object
   */
  public static String write(Article article) {
    return toString(article, false);
  }

  /**
   * Writes the article as indented JSON-LD, for people to read.
   *
   * @param article the article
   * @return the JSON-LD object
   */
  public static String writePretty(Article article) {
    return toString(article, true);
  }

  /**
   * Writes the article as an HTML {@code <script type="application/ld+json">} element, ready to put in a page's
   * head. Every {@code <}, {@code >} and {@code &} inside is escaped, as in every output, so that no text of the
   * article can end the element early.
   *
   * @param article the article
   * @return the script element
   */
  public static String scriptElement(Article article) {
    return "<script type=\"application/ld+json\">" + toString(article, false) + "</script>";
  }

  /**
   * Writes the article as compact JSON-LD to a writer, and flushes it.
   *
   * @param article the article
   * @param out the writer; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Article article, Writer out) {
    generate(article, () -> FACTORY.createGenerator(out), false);
  }

  /**
   * Writes the article as compact JSON-LD in UTF-8 to a stream, and flushes it.
   *
   * @param article the article
   * @param out the stream; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Article article, OutputStream out) {
    generate(article, () -> FACTORY.createGenerator(out), false);
  }

  private static String toString(Article article, boolean pretty) {
    StringWriter out = new StringWriter();
    generate(article, () -> FACTORY.createGenerator(out), pretty);
    return out.toString();
  }

  private static void generate(Article article, Opener<JsonGenerator> opener, boolean pretty) {
    Objects.requireNonNull(article, "article");
    try (JsonGenerator g = opener.open()) {
      if (pretty) {
        Jackson.indent(g);
      }
      // In every output: JSON-LD is written to be put in a page, by this class or by hand or a template, and the
      // text of readers' comments is anyone's.
      g.setCharacterEscapes(new HtmlSafeEscapes());
      SchemaOrgWriter.write(article, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
