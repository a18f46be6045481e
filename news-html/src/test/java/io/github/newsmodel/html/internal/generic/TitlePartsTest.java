package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlePartsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Story of the day | Example News # Story of the day
      Story of the day - Example News # Story of the day
      Example News – Story of the day # Story of the day
      Story of the day - aerobuzz.de # Story of the day
      Story of the day | cork beo # Story of the day
      Story | petri-heil.ch | Dein Magazin # Story
      Story of the day | | Example News # Story of the day
      Blog Archive » Interning of Small Integers # Interning of Small Integers
      Westbay Forum -> Library opening hours cut # Library opening hours cut
      Westbay Forum -> Local News -> Library opening hours cut # Library opening hours cut
      A long headline about cooking | Kochen mit Liebe # A long headline about cooking
      Brexit - what happens now # Brexit - what happens now
      Jean-Luc Picard returns # Jean-Luc Picard returns
      Example News|Story of the day # Story of the day
      Story of the day-Example News # Story of the day
      Example News-Leser wählen ihr Lieblingscafé # Example News-Leser wählen ihr Lieblingscafé
      'Über Jane Roe | ' # Über Jane Roe
      ' - Story of the day' # Story of the day
      'Story of the day –' # Story of the day
      »Haltet unsere Gewässer sauber!« # »Haltet unsere Gewässer sauber!«
      """)
  void takesTheSitesNameAwayFromTheTitle(String title, String cleaned) {
    Optional<String> host = Optional.of(title.contains("cork") ? "www.corkbeo.ie"
        : title.contains("aerobuzz") ? "aerobuzz.de" : title.contains("petri") ? "www.petri-heil.ch"
        : "www.example.org");
    assertThat(TitleParts.clean(title, Set.of("Example News"), host)).isEqualTo(cleaned);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Fanclub Lindenhof Nord - Der Verein wählt einen neuen Vorstand - Vereinspresse # Der Verein wählt einen neuen Vorstand
      Der Verein wählt einen neuen Vorstand - Vereinspresse - Fanclub Lindenhof Nord # Der Verein wählt einen neuen Vorstand
      Fanclub Lindenhof Nord | Der Verein wählt einen neuen Vorstand | Presse | News # Der Verein wählt einen neuen Vorstand
      Fanclub Lindenhof Nord - Vorstand - Der Verein wählt einen neuen Vorstand # Vorstand - Der Verein wählt einen neuen Vorstand
      Der Verein wählt - einen neuen Vorstand - Presse # Der Verein wählt - einen neuen Vorstand - Presse
      Fanclub Lindenhof - Der Verein wählt einen neuen Vorstand # Fanclub Lindenhof - Der Verein wählt einen neuen Vorstand
      Lindenhof heute - Der Verein wählt - Fanclub Lindenhof # Lindenhof heute - Der Verein wählt - Fanclub Lindenhof
      """)
  void aTitleOfThreePartsOrMoreIsTheStoryWhenAPartAtItsEndNamesTheSite(String title, String story) {
    assertThat(TitleParts.story(title, Optional.of("www.lindenhof.example"))).isEqualTo(story);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Story of the day | Example News # Example News
      Story of the day | | ✂ Example News® # ✂ Example News®
      Example News » Story of the day # Example News
      Story of the day (Example News) # Example News
      """)
  void theSitesNameIsThePartThatSpellsTheHost(String title, String site) {
    assertThat(TitleParts.siteAffix(title, Optional.of("www.examplenews.org"))).contains(site);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      23.01.2022 - Die Stadt saniert die Brücke # Die Stadt saniert die Brücke
      3.5.22 | Die Stadt saniert die Brücke # Die Stadt saniert die Brücke
      2022-01-23 – Die Stadt saniert die Brücke # Die Stadt saniert die Brücke
      01/23/2022 - Die Stadt saniert die Brücke # Die Stadt saniert die Brücke
      23.01.2022 - Brücke gesperrt # 23.01.2022 - Brücke gesperrt
      Bericht vom 23.01.2022 - die Brücke bleibt zu # Bericht vom 23.01.2022 - die Brücke bleibt zu
      23.01.2022: Die Stadt saniert die Brücke # 23.01.2022: Die Stadt saniert die Brücke
      2022 - Das Jahr der Brücke am Markt # 2022 - Das Jahr der Brücke am Markt
      23/01/2022 - Die Stadt saniert die Brücke # Die Stadt saniert die Brücke
      1.20.10 - Bedrock update brings the trial chambers # 1.20.10 - Bedrock update brings the trial chambers
      13/13/2022 - Die Stadt saniert die Brücke # 13/13/2022 - Die Stadt saniert die Brücke
      2022-13-01 - Die Stadt saniert die Brücke # 2022-13-01 - Die Stadt saniert die Brücke
      """)
  void aDateBeforeTheHeadlineAsAPartOfItsOwnIsNoPartOfIt(String headline, String without) {
    assertThat(TitleParts.withoutDateBefore(headline)).isEqualTo(without);
  }

  /** Brackets at a title's end that do not spell the host are part of the story, or a note on it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Story of the day (updated)
      Story of the day (video)
      (Example News)
      """)
  void bracketsThatDoNotSpellTheHostNameNoSite(String title) {
    assertThat(TitleParts.siteAffix(title, Optional.of("www.examplenews.org"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      EFC Bayern Example # true
      Fanclub Bayern Example Town # true
      Bayern Example # false
      Jane Steinhau # false
      Henry Bayernexample # false
      Jane Roe # false
      EFC Bayern # false
      """)
  void aNameSpellsTheHostAmongOtherWords(String name, boolean spells) {
    assertThat(TitleParts.spellsHostAmongWords(name, Optional.of("www.bayern-example.de"))).isEqualTo(spells);
    assertThat(TitleParts.spellsHostAmongWords(name, Optional.empty())).isFalse();
  }
}
