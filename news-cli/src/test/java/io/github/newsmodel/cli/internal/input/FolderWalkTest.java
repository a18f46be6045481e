package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.page.ReadFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkTest {
  private static final byte[] PAGE = "<html><body><p>A page.</p></body></html>".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  /** Tells each thing the walk meets, in the walk's order. */
  private static final class Told implements FolderWalk.Visitor {
    final List<String> events = new ArrayList<>();

    @Override
    public boolean found(Input input) {
      events.add("found " + input.name());
      return true;
    }

    @Override
    public void skipped(String name) {
      events.add("skipped " + name);
    }

    @Override
    public void readAlready(String name) {
      events.add("read already " + name);
    }

    @Override
    public void savedFiles(String name) {
      events.add("saved files " + name);
    }

    @Override
    public void failed(ReadFailure failure) {
      events.add("failed " + failure.origin().input());
    }
  }

  @Test
  void aLinkToAFolderIsFollowedInNameOrder() throws IOException {
    write(dir.resolve("archives/a.warc"), "WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
    write(dir.resolve("pages/b.html"), PAGE);
    write(dir.resolve("pages/c.css"), "p {}".getBytes(StandardCharsets.US_ASCII));
    Files.createSymbolicLink(dir.resolve("pages/linked"), Path.of("../archives"));

    Told told = walk("pages");

    assertThat(told.events).containsExactly("found pages/b.html", "skipped pages/c.css",
        "found pages/linked/a.warc");
  }

  /**
   * A page a browser saved "complete" comes with a folder of its files, whose frames are pages of their own: the
   * folder is counted as skipped, not read. A folder so named beside no page of its name is read.
   */
  @Test
  void theFolderOfFilesABrowserSavedBesideAPageIsSkipped() throws IOException {
    write(dir.resolve("saved/Harbour reopens.html"), PAGE);
    write(dir.resolve("saved/Harbour reopens_files/ad-frame.html"), PAGE);
    write(dir.resolve("saved/Harbour reopens_files/pier.jpg"), new byte[] {1, 2, 3});
    write(dir.resolve("saved/Old story.HTM"), PAGE);
    write(dir.resolve("saved/Old story_files/tweet.html"), PAGE);
    write(dir.resolve("saved/project_files/notes.html"), PAGE);
    write(dir.resolve("saved/Single file.mhtml"), PAGE);
    write(dir.resolve("saved/Safari.webarchive"), new byte[] {'b', 'p', 'l', 'i', 's', 't', '0', '0'});

    Told told = walk("saved");

    assertThat(told.events).containsExactly("found saved/Harbour reopens.html",
        "saved files saved/Harbour reopens_files", "found saved/Old story.HTM", "saved files saved/Old story_files",
        "found saved/Safari.webarchive", "found saved/Single file.mhtml", "found saved/project_files/notes.html");
  }

  /** Firefox and Internet Explorer name the folder in their language: German, French, Spanish, Portuguese. */
  @Test
  void theFolderABrowserNamedInItsLanguageIsSkippedToo() throws IOException {
    write(dir.resolve("saved/Hafen.html"), PAGE);
    write(dir.resolve("saved/Hafen-Dateien/werbung.html"), PAGE);
    write(dir.resolve("saved/Port.htm"), PAGE);
    write(dir.resolve("saved/Port_fichiers/pub.html"), PAGE);
    write(dir.resolve("saved/Puerto.html"), PAGE);
    write(dir.resolve("saved/Puerto_archivos/anuncio.html"), PAGE);
    write(dir.resolve("saved/Porto.html"), PAGE);
    write(dir.resolve("saved/Porto_arquivos/anuncio.html"), PAGE);
    write(dir.resolve("saved/Porto_bilder/foto.html"), PAGE);

    Told told = walk("saved");

    assertThat(told.events).containsExactly("saved files saved/Hafen-Dateien", "found saved/Hafen.html",
        "found saved/Port.htm", "saved files saved/Port_fichiers", "found saved/Porto.html",
        "saved files saved/Porto_arquivos", "found saved/Porto_bilder/foto.html", "found saved/Puerto.html",
        "saved files saved/Puerto_archivos");
  }

  /** A loop through a link ends where it comes back, and a folder behind two links is read behind the first. */
  @Test
  void aFolderMetAgainThroughALinkIsToldAndNotWalkedAgain() throws IOException {
    write(dir.resolve("pages/a.html"), PAGE);
    write(dir.resolve("pages/deep/er/b.html"), PAGE);
    Files.createSymbolicLink(dir.resolve("pages/deep/er/top"), Path.of("../.."));
    write(dir.resolve("shared/c.html"), PAGE);
    Files.createSymbolicLink(dir.resolve("pages/one"), dir.resolve("shared"));
    Files.createSymbolicLink(dir.resolve("pages/two"), Path.of("one"));
    Files.createSymbolicLink(dir.resolve("shared/back"), dir.resolve("pages/deep"));

    Told told = walk("pages");

    assertThat(told.events).containsExactly("found pages/a.html", "found pages/deep/er/b.html",
        "read already pages/deep/er/top", "read already pages/one/back", "found pages/one/c.html",
        "read already pages/two");
  }

  @Test
  void aLinkToTheFolderAboveTheWalkedOneIsFollowedOnceIntoIt() throws IOException {
    write(dir.resolve("outside.html"), PAGE);
    write(dir.resolve("pages/a.html"), PAGE);
    Files.createSymbolicLink(dir.resolve("pages/up"), Path.of(".."));

    Told told = walk("pages");

    assertThat(told.events).containsExactly("found pages/a.html", "found pages/up/outside.html",
        "read already pages/up/pages");
  }

  private Told walk(String folder) {
    Told told = new Told();
    FolderWalk.walk(folder, dir.resolve(folder), RunOutputs.NONE, told);
    return told;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
