package io.github.newsmodel.html.internal;

import io.github.newsmodel.html.internal.dom.PageElements;
import io.github.newsmodel.html.internal.dom.SourceSet;
import io.github.newsmodel.html.internal.dom.Urls;
import io.github.newsmodel.html.internal.generic.Metadata;
import io.github.newsmodel.html.internal.io.SavedFolders;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page read from a file or a stream: its relative links are relative to where it was served, and the file's own
 * {@code file:} URI would resolve them to nothing a reader can follow. A browser that saved the page may have
 * marked where from, and that is the page's address; otherwise its canonical URL is the one address it still gives,
 * so its links resolve against that.
 */
final class SavedPage {
  /**
   * The mark that Chrome and Internet Explorer write at the top of a page they save, {@code <!-- saved from
   * url=(0102)https://... -->}: the number is the length of the address that follows.
   */
  private static final Pattern SAVED_FROM = Pattern.compile("^\\s*saved from url=\\(\\d{1,5}\\)(\\S+)\\s*$");
  /**
   * The comment that the SingleFile extension (and ArchiveBox, which runs it) writes at the top of a page it saves:
   * "Page saved with SingleFile", then {@code url: https://...} and {@code saved date: ...} on lines of their own.
   */
  private static final Pattern SINGLE_FILE = Pattern.compile(
      "^\\s*Page saved with SingleFile\\s*$[\\s\\S]*?^\\s*url:\\s*(\\S+)\\s*$", Pattern.MULTILINE);
  private static final Pattern SINGLE_FILE_DATE = Pattern.compile(
      "^\\s*saved date:\\s*\\w{3} (\\w{3} \\d{1,2} \\d{4} \\d{2}:\\d{2}:\\d{2}) GMT([+-]\\d{4})", Pattern.MULTILINE);
  private static final DateTimeFormatter JS_DATE = DateTimeFormatter.ofPattern("MMM d yyyy HH:mm:ss xx", Locale.ENGLISH);
  /** How many nodes from the start of the file the mark is looked for in: browsers write it first. */
  private static final int NEAR_THE_TOP = 4;

  private SavedPage() {}

  /**
   * What a browser, or the SingleFile extension, wrote at the top of a page it saved: where from, and when. The
   * address is an http or https URL without a fragment or credentials; a mark of a page saved from elsewhere
   * ({@code about:internet}, a file) is none.
   *
   * @param page the page
   * @return the mark, if the page has one with a web address
   */
  static Optional<Mark> mark(Document page) {
    Optional<Mark> beforeHtml = markAmong(page);
    // Without a doctype before it, Chrome's mark can land inside <html>, where SingleFile writes its own.
    Element html = page.firstElementChild();
    return beforeHtml.isPresent() || html == null ? beforeHtml : markAmong(html);
  }

  /**
   * Where and when a page was saved, as its mark says.
   *
   * @param url the address it was saved from
   * @param savedAt when, if the mark says
   */
  record Mark(URI url, Optional<OffsetDateTime> savedAt) {}

  /** The mark among the first child nodes of an element. */
  private static Optional<Mark> markAmong(Element parent) {
    int n = Math.min(NEAR_THE_TOP, parent.childNodeSize());
    for (int i = 0; i < n; i++) {
      if (parent.childNode(i) instanceof Comment c) {
        Matcher m = SAVED_FROM.matcher(c.getData());
        if (m.matches()) {
          return Urls.http(m.group(1)).map(PageUrl::served).map(u -> new Mark(u, Optional.empty()));
        }
        Matcher single = SINGLE_FILE.matcher(c.getData());
        if (single.find()) {
          Matcher date = SINGLE_FILE_DATE.matcher(c.getData());
          Optional<OffsetDateTime> savedAt = date.find() ? singleFileDate(date) : Optional.empty();
          return Urls.http(single.group(1)).map(PageUrl::served).map(u -> new Mark(u, savedAt));
        }
      }
    }
    return Optional.empty();
  }

  /** SingleFile's date, as JavaScript's {@code Date.toString()} writes it: "Tue Feb 21 2023 10:15:30 GMT+0100". */
  private static Optional<OffsetDateTime> singleFileDate(Matcher m) {
    try {
      return Optional.of(OffsetDateTime.parse(m.group(1) + " " + m.group(2), JS_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** What follows the page's own name in the name of its resource folder in a browser's other languages. */
  private static final Pattern RESOURCE_FOLDER_WORD = Pattern.compile("[-_]\\p{L}+");
  private static final Pattern PAGE_EXTENSION =
      Pattern.compile("(?i)\\.(?:html?|xhtml|shtml|mhtml?|mht)(?:\\.gz)?$");
  private static final String LOCAL_COPY_ATTRIBUTES = "[src], [srcset], [poster], link[href]";
  /** The attributes that hold one address of a copy; {@code srcset} holds several. */
  private static final List<String> COPY_LINKS = List.of("src", "poster", "href");
  /** The elements that may link to a copy: images, media, frames, scripts and style sheets. */
  private static final Set<String> LOCAL_COPY_TAGS = Set.of("img", "source", "link", "script", "video", "audio",
      "iframe", "embed", "input", "frame");

  /**
   * Whether a page read from a file links to the copies of its images, scripts and styles that a browser saved
   * beside it, in the folder named after the file as browsers name it ({@code Story_files/} or
   * {@code Story-Dateien/} beside {@code Story.html}). Firefox marks no page it saves, as Chrome does, and such a page
   * is told by these links alone; a folder of another name is taken for the site's own ({@code noticias_archivos/}).
   *
   * @param page a page read from a file
   * @param elements its elements
   * @return whether it links to such copies
   */
  static boolean holdsLocalCopies(Document page, PageElements elements) {
    String stem = stem(page);
    if (stem.isEmpty()) {
      return false;
    }
    boolean[] tags = elements.tagsIn(LOCAL_COPY_TAGS);
    List<Element> all = elements.all();
    for (int i = 0, n = all.size(); i < n; i++) {
      if (!tags[elements.tagId(i)]) {
        continue;
      }
      Element e = all.get(i);
      for (String key : COPY_LINKS) {
        if (linksToCopy(e, key, stem, false)) {
          return true;
        }
      }
      if (e.hasAttr("srcset") && SourceSet.candidates(e.attr("srcset")).stream()
          .anyMatch(c -> isLocalCopy(c.url(), stem, false))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes out the page's links to the copies of its images, scripts and styles that the browser saved beside it, in a
   * folder of its own ({@code ./Title_files/photo.jpg}): they name a file on the disk of whoever saved the page, and
   * resolved against the page's address they would make up web addresses that never existed. An image keeps the
   * addresses its {@code srcset} or lazy-loading attributes still hold, which browsers leave as they were.
   *
   * @param page a page that a browser marked as saved ({@link #mark}), or one that links to such copies
   *     ({@link #holdsLocalCopies})
   * @param marked whether a browser marked the page as saved: then a folder of any name that ends as browsers name it
   *     holds its copies, as the page may have been renamed, and so does one named after the page and one word more,
   *     as a browser in a language not in {@link SavedFolders#ENDS} names it; else only the folder named after the
   *     file as browsers name it does
   */
  static void dropLocalCopies(Document page, boolean marked) {
    String stem = stem(page);
    for (Element e : page.select(LOCAL_COPY_ATTRIBUTES)) {
      for (String key : COPY_LINKS) {
        if (linksToCopy(e, key, stem, marked)) {
          e.removeAttr(key);
        }
      }
      if (e.hasAttr("srcset")) {
        String kept = SourceSet.candidates(e.attr("srcset")).stream().filter(c -> !isLocalCopy(c.url(), stem, marked))
            .map(c -> c.descriptors().isBlank() ? c.url() : c.url() + " " + c.descriptors().strip())
            .collect(Collectors.joining(", "));
        if (kept.isEmpty()) {
          e.removeAttr("srcset");
        } else {
          e.attr("srcset", kept);
        }
      }
    }
  }

  /**
   * Whether an attribute of an element that holds one address ({@link #COPY_LINKS}) leads to a browser's copy: an
   * image's or a frame's {@code src}, a video's {@code poster}, a style sheet's {@code href} (a link's {@code href} in
   * the text is a page's, not a copy's).
   */
  private static boolean linksToCopy(Element e, String key, String stem, boolean marked) {
    return e.hasAttr(key) && (!key.equals("href") || e.normalName().equals("link"))
        && isLocalCopy(e.attr(key), stem, marked);
  }

  /** The name of the file the page was read from, lower-cased without its extension; empty if it is no file. */
  private static String stem(Document page) {
    String location = page.location();
    if (!location.regionMatches(true, 0, "file:", 0, 5)) {
      return "";
    }
    String name = location.substring(location.lastIndexOf('/') + 1);
    return PAGE_EXTENSION.matcher(Urls.percentDecoded(name)).replaceFirst("").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a link is relative and leads into the folder a browser saved the page's copies in: the page's own name
   * and an end as browsers name it ({@link SavedFolders#ENDS}); for a page a browser marked as saved, also a
   * folder of another name with such an end, or the page's own name and one word more ({@code Story_bestanden/}), as
   * a browser in another language names it.
   */
  private static boolean isLocalCopy(String link, String stem, boolean marked) {
    String s = link.strip();
    if (s.startsWith("./")) {
      s = s.substring(2);
    }
    int slash = s.indexOf('/');
    int colon = s.indexOf(':');
    if (slash <= 0 || colon >= 0 && colon < slash) {
      return false;
    }
    String folder = Urls.percentDecoded(s.substring(0, slash)).toLowerCase(Locale.ROOT);
    boolean named = !stem.isEmpty() && folder.length() > stem.length() && folder.startsWith(stem);
    for (String end : SavedFolders.ENDS) {
      if (folder.endsWith(end) && (marked || named && folder.length() == stem.length() + end.length())) {
        return true;
      }
    }
    return marked && named && RESOURCE_FOLDER_WORD.matcher(folder.substring(stem.length())).matches();
  }

  /**
   * Resolves the page's relative links against its canonical URL, or against its {@code <base href>} read relative
   * to that URL, when the page was read from elsewhere than the web. A page that declares no canonical URL, or
   * whose {@code <base href>} is an absolute web URL already, keeps its base.
   *
   * @param page the page, parsed with the URI it was read from as its base
   */
  static void rebase(Document page) {
    if (Urls.http(page.baseUri()).isPresent()) {
      return;
    }
    Metadata.of(page).canonicalUrl().ifPresent(canonical -> Urls.rebase(page, canonical));
  }
}
