package io.github.newsmodel.html.internal.io;

import java.util.List;
import java.util.Locale;

/**
 * The folder a browser saves a page's images, styles and frames in, beside the page ({@code Story_files/} beside
 * {@code Story.html}), as the reader of saved pages and the command line's folder walk both know it.
 */
public final class SavedFolders {
  /**
   * The ends of the names that browsers give that folder, lower-cased: Chrome's in every language, and Firefox's
   * and Internet Explorer's, which their German, French, Spanish and Portuguese versions name in their language
   * ({@code Story-Dateien/}, {@code Story_fichiers/}, {@code Story_archivos/}, {@code Story_arquivos/}).
   */
  public static final List<String> ENDS = List.of("_files", "-dateien", "_fichiers", "_archivos", "_arquivos");

  private SavedFolders() {}

  /**
   * The name of the page a folder's name says it holds the files of: {@code story} for {@code Story_files}.
   *
   * @param folderName a folder's name
   * @return the page's name, lower-cased; empty if the name does not end as browsers name such a folder
   */
  public static java.util.Optional<String> pageOf(String folderName) {
    String lower = folderName.toLowerCase(Locale.ROOT);
    for (String end : ENDS) {
      if (lower.endsWith(end)) {
        return java.util.Optional.of(lower.substring(0, lower.length() - end.length()));
      }
    }
    return java.util.Optional.empty();
  }
}
