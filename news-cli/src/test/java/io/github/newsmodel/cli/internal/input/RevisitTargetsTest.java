package io.github.newsmodel.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RevisitTargetsTest {
  private static final Path FIRST = Path.of("crawl-1.warc.gz");
  private static final Path SECOND = Path.of("crawl-2.warc.gz");
  private static final URI PAGE = URI.create("https://news.example.com/a/1");
  private static final Instant DATE = Instant.parse("2024-03-01T12:00:00Z");

  @Test
  void aPageIsFoundByEachOfTheThreeReferencesOfARevisit() {
    RevisitTargets targets = new RevisitTargets();
    targets.add(FIRST, 0, Optional.of("urn:uuid:a"), Optional.of("sha1:ABC"), PAGE, Optional.of(DATE));
    targets.add(SECOND, (1L << 44) - 1, Optional.of("urn:uuid:b"), Optional.empty(), PAGE, Optional.empty());

    RevisitTargets.Place first = new RevisitTargets.Place(FIRST, 0);
    assertThat(targets.find(reference(Optional.of("urn:uuid:a"), Optional.empty(), PAGE, Optional.empty())))
        .containsExactly(first);
    // digests of base 32 or hex are the same in either case
    assertThat(targets.find(reference(Optional.empty(), Optional.of("SHA1:abc"), PAGE, Optional.empty())))
        .containsExactly(first);
    assertThat(targets.find(reference(Optional.empty(), Optional.empty(), PAGE, Optional.of(DATE))))
        .containsExactly(first);
    assertThat(targets.find(reference(Optional.of("urn:uuid:b"), Optional.of("sha1:ABC"), PAGE, Optional.empty())))
        .containsExactly(new RevisitTargets.Place(SECOND, (1L << 44) - 1), first);
  }

  @Test
  void aReferenceToNoPageKeptFindsNothing() {
    RevisitTargets targets = new RevisitTargets();
    targets.add(FIRST, 10, Optional.of("urn:uuid:a"), Optional.of("sha1:ABC"), PAGE, Optional.of(DATE));

    // the digest of another address, another date, an unknown id; and a page at no offset a reader can seek to
    assertThat(targets.find(reference(Optional.empty(), Optional.of("sha1:ABC"),
        URI.create("https://news.example.com/a/2"), Optional.empty()))).isEmpty();
    assertThat(targets.find(reference(Optional.empty(), Optional.empty(), PAGE, Optional.of(DATE.plusSeconds(1)))))
        .isEmpty();
    assertThat(targets.find(reference(Optional.of("urn:uuid:z"), Optional.empty(), PAGE, Optional.empty())))
        .isEmpty();
    targets.add(FIRST, -1, Optional.of("urn:uuid:c"), Optional.empty(), PAGE, Optional.empty());
    assertThat(targets.find(reference(Optional.of("urn:uuid:c"), Optional.empty(), PAGE, Optional.empty())))
        .isEmpty();
  }

  @Test
  void theTableKeepsEveryKeyAsItGrowsAndTakesZeroForAKey() {
    RevisitTargets.LongTable table = new RevisitTargets.LongTable();
    for (long i = 0; i < 100_000; i++) {
      table.put(RevisitTargets.hash("key " + i), i);
    }
    table.put(0, 7);
    table.put(RevisitTargets.hash("key 5"), 55);

    assertThat(table.size()).isEqualTo(100_001);
    assertThat(table.get(RevisitTargets.hash("key 99999"))).contains(99_999L);
    assertThat(table.get(RevisitTargets.hash("key 5"))).contains(55L);
    assertThat(table.get(0)).contains(7L);
    assertThat(table.get(RevisitTargets.hash("key 100000"))).isEmpty();
  }

  @Test
  void pagesPastTheMostKeysAreNotKept() {
    RevisitTargets targets = new RevisitTargets();
    int pages = RevisitTargets.MAX_KEYS / 3;
    for (int i = 0; i < pages + 10; i++) {
      targets.add(FIRST, i, Optional.of("urn:uuid:" + i), Optional.of("sha1:" + i), PAGE,
          Optional.of(DATE.plusSeconds(i)));
    }

    assertThat(targets.find(reference(Optional.of("urn:uuid:" + (pages - 1)), Optional.empty(), PAGE,
        Optional.empty()))).containsExactly(new RevisitTargets.Place(FIRST, pages - 1));
    assertThat(targets.find(reference(Optional.of("urn:uuid:" + (pages + 5)), Optional.empty(), PAGE,
        Optional.empty()))).isEmpty();
  }

  private static RevisitTargets.Reference reference(Optional<String> id, Optional<String> digest, URI target,
      Optional<Instant> date) {
    return new RevisitTargets.Reference(id, digest, target, date);
  }
}
