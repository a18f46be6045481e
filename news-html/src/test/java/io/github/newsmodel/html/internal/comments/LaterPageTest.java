package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LaterPageTest {
  private static final List<Pattern> OLD_OFFSETS = List.of(Pattern.compile("[?&;](?:start|st)=(\\d{1,9})(?:[&;#]|$)"),
      Pattern.compile("[?&;]topic=\\d+\\.(\\d{1,9})(?:[&;#]|$)"));
  private static final List<Pattern> OLD_NUMBERS = List.of(Pattern.compile("[?&;]page(?:No)?=(\\d{1,9})(?:[&;#]|$)"),
      Pattern.compile("/page(?:-|/)?(\\d{1,9})(?:/|\\.html?)?(?:[?#]|$)"));

  @Test
  void theAddressesOfLaterPagesOfATopic() {
    assertThat(LaterPage.of("http://forum.example.org/viewtopic.php?t=210&start=15")).isTrue();
    assertThat(LaterPage.of("https://web.archive.org/web/20060312081544/http://forum.example.org/viewtopic.php"
        + "?t=210&postdays=0&postorder=asc&start=30")).as("an archived copy").isTrue();
    assertThat(LaterPage.of("http://forum.example.org/index.php?showtopic=88&st=20")).isTrue();
    assertThat(LaterPage.of("http://forum.example.org/showthread.php?t=3120&page=2")).isTrue();
    assertThat(LaterPage.of("http://forum.example.org/index.php?topic=123.15")).isTrue();
    assertThat(LaterPage.of("https://forum.example.org/threads/bike-lanes.3120/page-3")).isTrue();
    assertThat(LaterPage.of("https://forum.example.org/bike-lanes-t3120/page2.html")).isTrue();
    assertThat(LaterPage.of("https://harbour.example.org/forums/topic/night-ferry/page/2/")).isTrue();
    assertThat(LaterPage.of("https://forum.example.de/thread/2291-uferpromenade/?pageNo=2")).as("Burning Board 5")
        .isTrue();
    assertThat(LaterPage.of("http://forum.example.de/index.php?page=Thread&threadID=3412&pageNo=3"))
        .as("Burning Board 3").isTrue();
  }

  @Test
  void theFirstPageAndOtherAddresses() {
    assertThat(LaterPage.of("http://forum.example.org/viewtopic.php?t=210")).isFalse();
    assertThat(LaterPage.of("http://forum.example.org/viewtopic.php?t=210&start=0")).isFalse();
    assertThat(LaterPage.of("http://forum.example.org/showthread.php?t=3120&page=1")).isFalse();
    assertThat(LaterPage.of("http://forum.example.de/index.php?page=Thread&threadID=3412&pageNo=1")).isFalse();
    assertThat(LaterPage.of("http://forum.example.org/index.php?topic=123.0")).isFalse();
    assertThat(LaterPage.of("http://forum.example.org/index.php?topic=123.msg456#msg456")).isFalse();
    assertThat(LaterPage.of("https://news.example.com/2019/08/02/restart=5-ideas")).isFalse();
    assertThat(LaterPage.of("https://news.example.com/page-turners/")).isFalse();
    assertThat(LaterPage.of("https://news.example.com/search?q=x&pagesize=20")).isFalse();
  }

  @Test
  void answersAsTheRegexesAloneDid() {
    List<String> parts = List.of("?", "&", ";", "#", "/", ".", "=", "t", "st", "start", "topic", "page", "pageNo",
        "Page", "page-", "page/", "0", "1", "2", "15", "123", ".html", ".htm", "x", "-", "=0", "=1", "=2");
    Random random = new Random(8);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder url = new StringBuilder("http://example.org");
      for (int k = random.nextInt(12); k > 0; k--) {
        url.append(parts.get(random.nextInt(parts.size())));
      }
      String u = url.toString();
      assertThat(LaterPage.of(u)).as(u).isEqualTo(byRegexesAlone(u));
    }
  }

  /** {@link LaterPage#of} as it was before its searches for a string ruled addresses out. */
  private static boolean byRegexesAlone(String url) {
    for (Pattern p : OLD_OFFSETS) {
      Matcher m = p.matcher(url);
      if (m.find() && Integer.parseInt(m.group(1)) > 0) {
        return true;
      }
    }
    for (Pattern p : OLD_NUMBERS) {
      Matcher m = p.matcher(url);
      if (m.find() && Integer.parseInt(m.group(1)) > 1) {
        return true;
      }
    }
    return false;
  }
}
