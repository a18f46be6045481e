/** The {@code news} command line. */
module io.github.newsmodel.cli {
  requires io.github.newsmodel.html;
  requires io.github.newsmodel.json;
  requires info.picocli;
}
