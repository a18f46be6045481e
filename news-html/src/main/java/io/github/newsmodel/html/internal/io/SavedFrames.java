package io.github.newsmodel.html.internal.io;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.html.CommentFrames;
import io.github.newsmodel.html.ParseOptions;
import io.github.newsmodel.html.internal.FrameComments;
import io.github.newsmodel.html.internal.dom.Urls;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.parser.Parser;

/**
 * The frames that Chrome saved with a page it saved "complete" ({@code Story.html} beside {@code Story_files/}):
 * each frame's document as it was when saved, its scripts kept (the thread's JSON of a Disqus frame with them), in
 * that folder ({@code saved_resource.html}, {@code saved_resource(1).html}), marked at its top with the address it
 * was loaded from, {@code <!-- saved from url=(0129)https://disqus.com/embed/comments/?... -->}; the page's
 * {@code <iframe src>} links to it ({@code ./Story_files/saved_resource.html}).
 *
 * <p>The frames are found by those links, in the page's order: nothing is listed, no folder is guessed, and a link
 * that leads out of the page's folder of files is not followed, whatever the page says.
 */
public final class SavedFrames {
  private static final Pattern IFRAME = Pattern.compile("(?i)<iframe\\b([^>]*)>");
  private static final Pattern SRC = Pattern.compile(
      "(?i)(?:^|\\s)src\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
  /** Chrome's mark, near the top of the file: its address may be long, a title in it escaped three times over. */
  private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d{1,5}\\)(\\S+?)\\s*-->");
  /** How far into a frame's file its mark is looked for. */
  private static final int MARK_WITHIN = 64 * 1024;
  /**
   * How many of a page's local frames are looked at: a page has a few frames, of advertisements many; only the head
   * of each is read until one is wanted.
   */
  private static final int MAX_FRAMES = 64;

  private SavedFrames() {}

  /** How a frame's page is read: as HTML only, where the library reads it, or as any page. */
  @FunctionalInterface
  public interface FrameParser {
    /**
     * Reads a frame's page.
     *
     * @param bytes the page
     * @param url the address it was loaded from
     * @param options how to read it
     * @return its article
     */
    Article parse(byte[] bytes, URI url, ParseOptions options);
  }

  /**
   * The article of a page Chrome saved complete, with the comments of the Disqus frame it saved with the page, where
   * the page showed none of its own: the first frame in the page's order at Disqus's address, and no other. A page
   * that names no Disqus, has no such frame, or whose frame cannot be read or holds no thread gives the article as it
   * was: the page is what was saved, and its article stands without the frame.
   *
   * @param article the page's article
   * @param page the page's file
   * @param pageBytes its bytes, as read (decompressed)
   * @param options the options the page was parsed with: the frame is read within the same limits, in the charset it
   *     declares, and its comments keep to the same comment limit
   * @param parser how to read the frame's page
   * @return the article with the frame's comments, or the article as it was
   */
  public static Article joined(Article article, Path page, byte[] pageBytes, ParseOptions options,
      FrameParser parser) {
    if (!article.comments().isEmpty() || !CommentFrames.mayLoadFrame(pageBytes)) {
      return article;
    }
    ParseOptions frameOptions = ParseOptions.builder().from(options).source(Optional.empty())
        .charset(Optional.empty()).build();
    Optional<Frame> frame = first(page, pageBytes, CommentFrames::isFrame, frameOptions);
    if (frame.isEmpty()) {
      return article;
    }
    try {
      return FrameComments.joined(article, parser.parse(frame.get().bytes(), frame.get().url(), frameOptions),
          options);
    } catch (RuntimeException e) {
      // A frame that holds no thread, or whose site parser fails, is not the page's failure.
      return article;
    }
  }

  /**
   * A frame saved with a page.
   *
   * @param bytes the frame's file, decompressed if it was gzip-compressed
   * @param url the address it was loaded from, as its mark says
   */
  public record Frame(byte[] bytes, URI url) {}

  /**
   * The first frame, in the page's order, that Chrome saved in the page's folder of files and whose mark names an
   * address the caller wants, among the first {@value #MAX_FRAMES} that link into that folder. A frame that cannot be
   * read, is cut off, or is larger than the options' page size limit is passed over.
   *
   * @param page the saved page's file
   * @param pageBytes its bytes, as read
   * @param wanted which addresses to take
   * @param options the limits the frame is read within
   * @return the frame, if one is wanted
   */
  public static Optional<Frame> first(Path page, byte[] pageBytes, Predicate<URI> wanted, ParseOptions options) {
    Path folder = page.toAbsolutePath().getParent();
    if (folder == null) {
      return Optional.empty();
    }
    for (Path file : localFrames(folder, pageBytes)) {
      Optional<Frame> frame = read(file, wanted, options);
      if (frame.isPresent()) {
        return frame;
      }
    }
    return Optional.empty();
  }

  /** The files the page's frames link to in its folder of files, in the page's order. */
  private static Set<Path> localFrames(Path folder, byte[] pageBytes) {
    // Attribute values are read as UTF-8, which Chrome writes a saved page in; markup is ASCII in any charset.
    Matcher iframe = IFRAME.matcher(new String(pageBytes, StandardCharsets.ISO_8859_1));
    Set<Path> files = new LinkedHashSet<>();
    while (iframe.find() && files.size() < MAX_FRAMES) {
      Matcher src = SRC.matcher(iframe.group(1));
      if (!src.find()) {
        continue;
      }
      String raw = src.group(1) != null ? src.group(1) : src.group(2) != null ? src.group(2) : src.group(3);
      String link = Parser.unescapeEntities(new String(raw.getBytes(StandardCharsets.ISO_8859_1),
          StandardCharsets.UTF_8), true);
      local(folder, link).ifPresent(files::add);
    }
    return files;
  }

  /** The file a relative link names in the page's folder of files, as it is written or percent-decoded. */
  private static Optional<Path> local(Path folder, String link) {
    if (link.isEmpty() || link.contains(":") || link.startsWith("/") || link.startsWith("\\")
        || link.contains("?") || link.contains("#")) {
      return Optional.empty(); // an address, or a link from the root: no file Chrome saved beside the page
    }
    for (String name : decodings(link)) {
      try {
        Path file = folder.resolve(name).normalize();
        Path frames = file.getParent();
        if (frames != null && folder.equals(frames.getParent()) && frames.getFileName() != null
            && SavedFolders.pageOf(frames.getFileName().toString()).isPresent()) {
          for (Path candidate : new Path[] {file, file.resolveSibling(file.getFileName() + ".gz")}) {
            if (Files.isRegularFile(candidate)) {
              return Optional.of(candidate);
            }
          }
        }
      } catch (InvalidPathException e) {
        // a name this file system cannot hold: no such file
      }
    }
    return Optional.empty();
  }

  private static Set<String> decodings(String link) {
    Set<String> names = new LinkedHashSet<>();
    names.add(link);
    try {
      names.add(URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      // a '%' that escapes nothing: the name as written
    }
    return names;
  }

  /**
   * A frame's file and the address its mark names, where the caller wants it: its head is read for the mark, and the
   * rest, within the options' page size limit, only for a frame the caller wants, from the one stream opened. A file
   * that is gzip-compressed is read decompressed; one that is cut off, or larger than the limit, is passed over.
   */
  private static Optional<Frame> read(Path file, Predicate<URI> wanted, ParseOptions options) {
    try (InputStream opened = Files.newInputStream(file);
        BufferedInputStream buffered = new BufferedInputStream(opened)) {
      buffered.mark(2);
      boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
      buffered.reset();
      InputStream in = gzip ? new GZIPInputStream(buffered) : buffered;
      byte[] head = in.readNBytes(MARK_WITHIN);
      Matcher mark = SAVED_FROM.matcher(new String(head, StandardCharsets.ISO_8859_1));
      Optional<URI> url = mark.find() ? Urls.http(mark.group(1)).filter(wanted) : Optional.empty();
      if (url.isEmpty()) {
        return Optional.empty();
      }
      long room = options.maxPageSize() - head.length;
      if (room < 0) {
        return Optional.empty();
      }
      byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room + 1));
      if (rest.length > room) {
        return Optional.empty(); // larger than the limit: passed over, as the page would be failed
      }
      byte[] bytes = Arrays.copyOf(head, head.length + rest.length);
      System.arraycopy(rest, 0, bytes, head.length, rest.length);
      return Optional.of(new Frame(bytes, url.get()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
