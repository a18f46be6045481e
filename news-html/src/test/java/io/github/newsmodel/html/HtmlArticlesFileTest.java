package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HtmlArticles#parse(Path, ParseOptions)}: saved pages, gzip-compressed, cut off or unreadable; and the
 * {@link InputStream} overload, which reads compressed bytes the same way.
 */
class HtmlArticlesFileTest {
  /** A page in windows-1252 that declares its canonical URL and has relative links and three comments. */
  private static final String FIXTURE = "saved-cafe-ferry-refit.html";
  private static final URI LIVE = URI.create("https://harbourgazette.example.com/news/2024/06/cafe-ferry-refit");
  private static final byte[] PAGE = Pages.bytes(FIXTURE);

  @TempDir
  Path dir;

  @Test
  void aSavedPageIsTheLivePageWithoutItsUrlAndWithTheFileAsItsSource() throws IOException {
    Path file = write("cafe-ferry.html", PAGE);

    Article saved = HtmlArticles.parse(file);

    Article live = HtmlArticles.parse(new ByteArrayInputStream(PAGE), LIVE);
    assertThat(saved.url()).isEmpty();
    assertThat(saved.canonicalUrl()).contains(LIVE);
    assertThat(saved.source()).contains(Source.of(file.toUri()));
    // The relative links and images resolve against the canonical URL, as they do on the live page.
    assertThat(saved.withUrl(LIVE).withSource(Optional.empty())).isEqualTo(live);
    assertThat(saved.body()).filteredOn(Image.class::isInstance).map(block -> ((Image) block).url().toString())
        .containsExactly("https://harbourgazette.example.com/images/2024/cafe-ferry.jpg");
  }

  @Test
  void theCharsetIsReadFromThePageAsForAStream() throws IOException {
    Path file = write("cafe-ferry.html", PAGE);

    Article saved = HtmlArticles.parse(file);

    assertThat(saved.title()).contains("Café ferry gets a €2 million refit");
    assertThat(saved.comments()).extracting(c -> c.author().map(Author::name).orElseThrow())
        .containsExactly("Pádraig O.", "Tessa Ward", "Harbourmaster’s niece");
    assertThat(saved).isEqualTo(HtmlArticles.parse(new ByteArrayInputStream(PAGE), file.toUri()));
  }

  @Test
  void theCallersCharsetOverridesThePagesDeclaration() throws IOException {
    Path file = write("cafe-ferry.html", PAGE);

    Article saved = HtmlArticles.parse(file, ParseOptions.builder().charset("ISO-8859-15").build());

    // ISO-8859-15 reads the 0x80 that windows-1252 makes the euro sign as a control character (its euro is 0xA4).
    assertThat(saved.title()).hasValueSatisfying(title -> assertThat(title).startsWith("Café ferry gets a ")
        .doesNotContain("€"));
  }

  @Test
  void aGzipFileIsReadByItsMagicNumberWhateverItsName() throws IOException {
    Article plain = HtmlArticles.parse(write("cafe-ferry.html", PAGE));
    Path gz = write("cafe-ferry.html.gz", gzip(PAGE, Deflater.DEFAULT_COMPRESSION));
    Path gzipNamedHtml = write("packed.html", gzip(PAGE, Deflater.DEFAULT_COMPRESSION));
    Path plainNamedGz = write("not-packed.html.gz", PAGE);

    for (Path file : new Path[] {gz, gzipNamedHtml, plainNamedGz}) {
      Article article = HtmlArticles.parse(file);

      assertThat(article.source()).as(file.toString()).contains(Source.of(file.toUri()));
      assertThat(article.withSource(plain.source().orElseThrow())).as(file.toString()).isEqualTo(plain);
    }
  }

  @Test
  void aCutOffGzipFileIsReadAsTheTruncatedPageItBegan() throws IOException {
    // Stored (uncompressed) deflate blocks put the cut at a known place in the page: inside the third comment.
    byte[] stored = gzip(PAGE, Deflater.NO_COMPRESSION);
    int third = indexOf(PAGE, "The new engines were ordered");
    Path cut = write("cut.html.gz", Arrays.copyOf(stored, third + 40));

    Article article = HtmlArticles.parse(cut);

    byte[] before = inflateUntilCut(Files.readAllBytes(cut));
    assertThat(before.length).isGreaterThan(third).isLessThan(PAGE.length);
    assertThat(article).isEqualTo(HtmlArticles.parse(new ByteArrayInputStream(before), cut.toUri()));
    assertThat(article.title()).contains("Café ferry gets a €2 million refit");
    // The comments the page holds whole are kept; the one the cut runs through is left out, not guessed.
    assertThat(article.comments()).extracting(c -> c.author().map(Author::name).orElseThrow())
        .containsExactly("Pádraig O.", "Tessa Ward");
  }

  @Test
  void aGzipFileCutOffInItsHeaderThrowsItsEofException() throws IOException {
    Path cut = write("cut.html.gz", Arrays.copyOf(gzip(PAGE, Deflater.DEFAULT_COMPRESSION), 5));

    assertThatThrownBy(() -> HtmlArticles.parse(cut)).isInstanceOf(EOFException.class)
        .hasMessage(cut.toAbsolutePath().toUri() + ": the gzip data end before any byte of the page");
  }

  @Test
  void aFolderIsNoPageAndTheExceptionNamesIt() {
    assertThatThrownBy(() -> HtmlArticles.parse(dir))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(dir + ": a folder, not a page");
  }

  @Test
  void aGzipFileCutOffBeforeAnyOfItsPageThrowsItsEofException() throws IOException {
    Path cut = write("cut.html.gz", Arrays.copyOf(gzip(PAGE, Deflater.NO_COMPRESSION), 12));

    assertThatThrownBy(() -> HtmlArticles.parse(cut)).isInstanceOf(EOFException.class)
        .hasMessage(cut.toAbsolutePath().toUri() + ": the gzip data end before any byte of the page");
  }

  @Test
  void brokenGzipDataIsAnIoException() throws IOException {
    byte[] broken = gzip(PAGE, Deflater.DEFAULT_COMPRESSION);
    Arrays.fill(broken, 10, 40, (byte) 0xff);
    Path file = write("broken.html.gz", broken);

    assertThatThrownBy(() -> HtmlArticles.parse(file)).isInstanceOf(IOException.class)
        .isNotInstanceOf(EOFException.class)
        .as("the file named, as a missing file's NoSuchFileException names it")
        .hasMessageStartingWith(file.toAbsolutePath().normalize().toUri() + ": the gzip data are broken: ");
  }

  @Test
  void aMissingFileIsTheCheckedIoExceptionOfTheStreamOverload() {
    Path missing = dir.resolve("missing.html");

    assertThatThrownBy(() -> HtmlArticles.parse(missing)).isInstanceOf(NoSuchFileException.class)
        .isNotInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.html");
  }

  @Test
  void aStreamOfGzipBytesIsReadAsAFileOfThemIs() throws IOException {
    byte[] gz = gzip(PAGE, Deflater.DEFAULT_COMPRESSION);
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);

    assertThat(HtmlArticles.parse(new ByteArrayInputStream(gz), LIVE))
        .isEqualTo(HtmlArticles.parse(new ByteArrayInputStream(PAGE), LIVE));
    assertThat(HtmlArticles.parse(new ByteArrayInputStream(cut), LIVE))
        .isEqualTo(HtmlArticles.parse(write("cut.html.gz", cut)).withUrl(LIVE).withSource(Optional.empty()));
    assertThatThrownBy(() -> HtmlArticles.parse(new ByteArrayInputStream(Arrays.copyOf(gz, 5)), LIVE))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void theSizeLimitHoldsTheDecompressedPage() throws IOException {
    Path gz = write("cafe-ferry.html.gz", gzip(PAGE, Deflater.BEST_COMPRESSION));
    ParseOptions small = ParseOptions.builder().maxPageSize(PAGE.length - 1L).build();
    assertThat(Files.size(gz)).isLessThan(PAGE.length - 1L);

    assertThatThrownBy(() -> HtmlArticles.parse(gz, small)).isInstanceOfSatisfying(PageLimitException.class, e -> {
      assertThat(e.limit()).isEqualTo("maxPageSize");
      assertThat(e.page()).isEqualTo(gz.toUri());
      assertThat(e.getMessage()).contains("once decompressed");
    });
    assertThat(HtmlArticles.parse(gz, ParseOptions.builder().maxPageSize(PAGE.length).build()).title())
        .contains("Café ferry gets a €2 million refit");
  }

  @Test
  void aRelativePathIsReadFromItsAbsoluteNormalizedUri() throws IOException {
    Path file = write("cafe-ferry.html", PAGE);
    Path relative = Path.of("").toAbsolutePath().relativize(file.getParent()).resolve("../" + dir.getFileName())
        .resolve(file.getFileName());
    assertThat(relative.isAbsolute()).isFalse();
    assertThat(relative.toString()).contains("..");

    Article article = HtmlArticles.parse(relative);

    assertThat(article.source().map(Source::uri)).contains(file.toUri());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] gzip(byte[] bytes, int level) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
      {
        def.setLevel(level);
      }
    }) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  /** The bytes a cut-off gzip stream yields before it ends, read one by one as the oracle. */
  private static byte[] inflateUntilCut(byte[] gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      for (int b; (b = in.read()) >= 0; ) {
        out.write(b);
      }
    } catch (EOFException e) {
      return out.toByteArray();
    }
    throw new AssertionError("the gzip data are whole");
  }

  private static int indexOf(byte[] page, String text) {
    byte[] needle = text.getBytes(Charset.forName("windows-1252"));
    for (int i = 0; i + needle.length <= page.length; i++) {
      if (Arrays.equals(page, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not in the page: " + text);
  }

  /**
   * A page Chrome saved "as a single file": an MHTML message whose HTML part is the page. It is read at the address
   * it was saved from, the file its source, captured when the message says it was saved; it gives the article the
   * same page saved "complete" gives.
   */
  @Test
  void aPageSavedAsMhtmlIsReadAsItsHtmlPart() throws IOException {
    Path file = dir.resolve("Harbour reopens.mhtml");

    Article article = readAsTheCompletePage("chrome-mhtml-harbour-reopens.mhtml", file);

    assertThat(article.source()).hasValue(Source.builder().uri(file.toUri())
        .capturedAt(java.time.OffsetDateTime.parse("2016-02-18T17:44:57Z")).build());
    assertThat(article.comments()).hasSize(2);
    assertThat(HtmlArticles.parse(Files.readString(file), file.toUri())).as("the message, in ASCII, read as UTF-8")
        .isEqualTo(article);
  }

  /**
   * A page Safari saved as a web archive: read as its main resource, at the address it was served from, the file its
   * source; it gives the article the same page saved "complete" gives. A web archive says not when it was saved.
   */
  @Test
  void aPageSafariSavedIsReadAsItsMainResource() throws IOException {
    Path file = dir.resolve("Harbour reopens.webarchive");

    Article article = readAsTheCompletePage("safari-harbour-reopens.webarchive", file);

    assertThat(article.source()).hasValue(Source.of(file.toUri()));
  }

  /**
   * Safari keeps a page's frames as they were served: the Disqus frame of a page whose comments its script loaded
   * gives the article the comments the page itself does not hold; another frame (an advertisement) gives nothing.
   */
  @Test
  void aPageSafariSavedTakesTheCommentsOfItsDisqusFrame() throws IOException {
    Path file = dir.resolve("Harbour reopens with comments.webarchive");
    Files.write(file, Pages.bytes("safari-disqus-harbour-reopens.webarchive"));

    Article article = HtmlArticles.parse(file);
    Article thread = HtmlArticles.parse(Pages.text("disqus-embed-harbour-reopens.html"),
        URI.create("https://disqus.com/embed/comments/?f=westhavencourier&t_u=https%3A%2F%2Fwesthaven-courier.example"
            + ".co.uk%2F2016%2F02%2Fharbour-reopens%2F"));

    assertThat(article.url()).hasValue(URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/"));
    assertThat(article.title()).hasValue("Harbour reopens after pier repairs");
    assertThat(article.text()).startsWith("The harbour reopened to fishing boats on Tuesday").doesNotContain("About"
        + " time");
    assertThat(article.comments()).hasSize(6).isEqualTo(thread.comments());
    assertThat(article.commentCount()).hasValue(9);
    assertThat(article.source()).hasValue(Source.of(file.toUri()));
    assertThat(HtmlArticles.parse(file, ParseOptions.builder().maxComments(2).build()).comments())
        .as("the comment limit holds for the frame's comments").hasSize(2);
  }

  /**
   * Reads a file that holds the harbour page in another form, from its path, as bytes at the caller's web address,
   * and as text of one char a byte: it is at the address it was saved from, gives the article the page saved
   * "complete" gives but for its source, and the caller's address wins.
   */
  private Article readAsTheCompletePage(String fixture, Path file) throws IOException {
    Files.write(file, Pages.bytes(fixture));
    Article article = HtmlArticles.parse(file);
    Article complete = HtmlArticles.parse(Pages.text("chrome-saved-harbour-reopens.html"),
        URI.create("file:///saved/chrome-saved-harbour-reopens.html"));
    URI served = URI.create("https://westhaven-courier.example.co.uk/?p=2041");

    assertThat(article.url()).hasValue(URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/"));
    assertThat(article.withSource(Optional.empty())).isEqualTo(complete.withSource(Optional.empty()));
    assertThat(HtmlArticles.parse(new ByteArrayInputStream(Pages.bytes(fixture)), served).url())
        .as("the caller's web address wins").hasValue(served);
    assertThat(HtmlArticles.parse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1),
        file.toUri())).as("the file read as text, each byte a char").isEqualTo(article);
    return article;
  }

  /** A pywb replay saved as MHTML, which only its markup tells a replay: captured when the archive says. */
  @Test
  void aReplaySavedAsMhtmlHasTheArchivesCaptureTime() throws IOException {
    String message = "From: <Saved by Blink>\r\n"
        + "Snapshot-Content-Location: https://webarchive.example.ac.uk/courier-collection/20160218174457mp_/"
        + "https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/\r\n"
        + "Date: Tue, 1 Dec 2020 09:00:00 -0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"b\"\r\n\r\n"
        + "--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + java.util.Base64.getMimeEncoder().encodeToString(Pages.bytes("pywb-harbour-reopens.html"))
        + "\r\n--b--\r\n";
    Path file = dir.resolve("replay.mhtml");
    Files.writeString(file, message);

    Article article = HtmlArticles.parse(file);

    assertThat(article.url()).hasValue(URI.create("https://westhaven-courier.example.co.uk/2016/02/harbour-reopens/"));
    assertThat(article.source().flatMap(Source::capturedAt))
        .hasValue(java.time.OffsetDateTime.parse("2016-02-18T17:44:57Z"));
    assertThat(article.source().map(Source::uri)).hasValue(file.toUri());
  }
}
