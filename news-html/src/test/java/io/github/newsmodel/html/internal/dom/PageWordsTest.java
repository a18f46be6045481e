package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.dom.PageWords.WordList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageWordsTest {
  private static final Path PAGES = Path.of("src/test/resources/pages");
  private static final List<String> SEPARATORS = List.of("", "", " ", "-", "_", "__", "\t", "7", "42", "x", "\u0085");

  @Test
  void eachListHasABitOfItsOwn() {
    for (List<WordList> lists : List.of(PageWords.nameLists(), PageWords.classLists())) {
      int all = 0;
      for (WordList list : lists) {
        assertThat(Integer.bitCount(list.bit())).isOne();
        assertThat(all & list.bit()).isZero();
        all |= list.bit();
      }
      assertThat(all).isPositive(); // no list has the bit that the page's elements mark a read scan with
    }
  }

  @Test
  void eachBitOfTheNamesScanIsWhatItsListAloneFinds() {
    List<String> strings = strings(PageWords.nameLists(), false);
    for (WordList list : PageWords.nameLists()) {
      NamePattern alone = alone(list);
      for (String s : strings) {
        assertThat((PageWords.names(s) & list.bit()) != 0).as("%s in '%s'", list.words().get(0), s)
            .isEqualTo(alone.find(s));
      }
    }
  }

  @Test
  void eachBitOfTheClassScanIsWhatItsListAloneFindsIgnoringCase() {
    List<String> strings = strings(PageWords.classLists(), true);
    for (WordList list : PageWords.classLists()) {
      NamePattern alone = alone(list);
      for (String s : strings) {
        assertThat((PageWords.classes(s) & list.bit()) != 0).as("%s in '%s'", list.words().get(0), s)
            .isEqualTo(alone.findIgnoringCase(s));
      }
    }
  }

  @Test
  void thePageElementsKeepTheScanOfEachNamesAndClass() throws IOException {
    for (Path file : fixtures()) {
      Document page = Jsoup.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      PageElements elements = PageElements.of(page);
      List<Element> all = elements.all();
      for (int i = all.size() - 1; i >= 0; i--) { // from the end: each memo is filled in another order than read
        assertThat(elements.nameWords(i)).isEqualTo(PageWords.names(Names.of(all.get(i))));
        assertThat(elements.classWords(i)).isEqualTo(PageWords.classes(all.get(i).className()));
      }
    }
  }

  @Test
  void theListsFindWhatTheScansOfAPageAsk() {
    assertThat(PageWords.names("article-lead intro") & PageWords.LEAD.bit()).isNotZero();
    assertThat(PageWords.names("leader") & PageWords.LEAD.bit()).isZero();
    assertThat(PageWords.names("top-ad2") & PageWords.FURNITURE_TOKENS.bit()).isNotZero();
    assertThat(PageWords.names("head") & PageWords.FURNITURE_TOKENS.bit()).isZero();
    assertThat(PageWords.names("itemcommentslist") & PageWords.COMMENT_LIST.bit()).isNotZero();
    assertThat(PageWords.names("comments-list-311") & PageWords.COMMENT_LIST.bit()).isZero();
    assertThat(PageWords.classes("lead Sr-Only") & PageWords.HIDING.bit()).isNotZero();
    assertThat(PageWords.classes("hide-on-mobile") & PageWords.HIDING.bit()).isZero();
    assertThat(PageWords.classes("K\u212Aauthor") & PageWords.BYLINE_CLASSES.bit()).isNotZero();
    assertThat(PageWords.classes("Comment-Item") & PageWords.COMMENT_CLASS.bit()).isNotZero();
  }

  private static NamePattern alone(WordList list) {
    return NamePattern.delimited(list.before(), list.after(), list.words().toArray(String[]::new));
  }

  /**
   * Strings to scan: random names, the names and classes of the test pages, and the lists' own words run together
   * with separators, digits and each other, in random case where the scan ignores it, so that words are found at
   * every kind of edge, inside longer words and beside the words of other lists.
   */
  private static List<String> strings(List<WordList> lists, boolean mixedCase) {
    List<String> out = new ArrayList<>();
    RandomNames.forEach(2000, out::add);
    out.addAll(realNames());
    List<String> words = lists.stream().flatMap(l -> l.words().stream()).toList();
    Random random = new Random(20261129L);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      s.setLength(0);
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        s.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
        String word = words.get(random.nextInt(words.size()));
        s.append(random.nextInt(4) == 0 ? word.substring(random.nextInt(word.length())) : word);
      }
      s.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
      out.add(mixedCase && random.nextBoolean() ? s.toString().toUpperCase(Locale.ROOT) : s.toString());
    }
    return out;
  }

  /** The names and class attributes of the test pages' elements, as pages write them. */
  private static Set<String> realNames() {
    Set<String> names = new LinkedHashSet<>();
    try {
      for (Path file : fixtures()) {
        for (Element e : Jsoup.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).getAllElements()) {
          names.add(Names.of(e));
          names.add(e.className());
          names.add(e.id());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertThat(names).hasSizeGreaterThan(1000);
    return names;
  }

  private static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(PAGES)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }
}
