/**
 * The {@code news} command line: turns news pages, folders of pages and WARC archives into newsmodel JSON.
 *
 * <p>Run it with {@code java -jar news.jar parse INPUT...} or the {@code ./news} launcher of the source tree; the
 * only API is {@link io.github.newsmodel.cli.News#main(String[])}.
 */
@SuppressWarnings("requires-automatic") // jwarc ships no module descriptor; its jar name gives the module name
module io.github.newsmodel.cli {
  requires io.github.newsmodel.html;
  requires io.github.newsmodel.json;
  requires info.picocli;
  requires jwarc;
  requires com.github.luben.zstd_jni;

  exports io.github.newsmodel.cli;

  // picocli reads and sets the annotated option fields reflectively.
  opens io.github.newsmodel.cli.internal to info.picocli;
}
