package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorNamesTest {
  private static final Set<String> SITE = Set.of("Example News");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      By Jane Roe, John Doe and Max Mustermann # Jane Roe; John Doe; Max Mustermann
      Von Anna Schmid und Jonas Beck # Anna Schmid; Jonas Beck
      Autoren: Anna Schmid und Jonas Beck # Anna Schmid; Jonas Beck
      Authors: Jane Roe, John Doe # Jane Roe; John Doe
      Par Jeanne Dupont et Paul Martin # Jeanne Dupont; Paul Martin
      Por María López y Juan Pérez # María López; Juan Pérez
      Jane Roe & John Doe # Jane Roe; John Doe
      Glen Owen And Brendan Carlin For The Mail On Sunday # Glen Owen; Brendan Carlin
      Jane Roe for Reuters # Jane Roe
      Organization for Transformative Works # Organization for Transformative Works
      Martin Untersinger (avec Damien Leloup et Morgane Tual) # Martin Untersinger; Damien Leloup; Morgane Tual
      Richard (R.J.) Eskow # Richard (R.J.) Eskow
      By Jane Roe, Staff Writer # Jane Roe
      By JANE ROE jane.roe@example.com # JANE ROE
      Williams Perdomo @wperdomod # Williams Perdomo
      Bradley M. Kuhn (http://ebb.org/bkuhn/) # Bradley M. Kuhn
      By Brenda Goodman, MA # Brenda Goodman
      Gespeichert von rasos am 24. Juli 2017 - 18:55 # rasos
      Posted in by damianduchamps on August 3, 2019 # damianduchamps
      11.12.2019 - Amelie Loevenich # Amelie Loevenich
      Zeige alle Beiträge von Petra Ruland → # Petra Ruland
      Leena Simon Veröffentlicht: 3. Mai 2021 Letztes Update # Leena Simon
      Posted by Konstantin @ 12:00 am # Konstantin
      mira_s (Mira Sandberg) # Mira Sandberg
      By tom.becker (Tom Becker) # Tom Becker
      Autor: Jane Roe # Jane Roe
      Jane Roe and jane roe # Jane Roe
      Jane Roe | Example News # Jane Roe
      Автор: Иван Петров # Иван Петров
      R. R. # R. R.
      By John Roe Jr. # John Roe Jr.
      Jane Roe, # Jane Roe
      FOCUS-Online-Experte Robin Tschöpe # Robin Tschöpe
      Jane Roe gespeichert unter Kommunizieren # Jane Roe
      Jane Roe Filed under: Politics # Jane Roe
      Ursula von der Leyen # Ursula von der Leyen
      Von der Leyen # Von der Leyen
      Di Maio # Di Maio
      Von Kessel # Kessel
      von Kessel # von Kessel
      Von Jane Roe und Di Maio # Jane Roe; Di Maio
      Di Marco Rossi # Marco Rossi
      Von: Roe # Roe
      von lindenblatt # lindenblatt
      Beitrag von r23 # r23
      Jane Roe, London # Jane Roe
      Jane Roe, London, John Doe # Jane Roe; John Doe
      Jane Roe, Jr. # Jane Roe
      Anna, Jonas, Max # Anna; Jonas; Max
      Anna Schmid und Jonas # Anna Schmid; Jonas
      Jane Roe, MS, RDN # Jane Roe
      Text & Fotos: Jane Roe # Jane Roe
      Text und Bilder: Jane Roe und John Doe # Jane Roe; John Doe
      Jane Roe Jane Roe # Jane Roe
      Par Jane Roe Jane Roe # Jane Roe
      Текст: Лида Буслаева # Лида Буслаева
      Autor/in: Korinna Hennig # Korinna Hennig
      Autor*in: Jane Roe # Jane Roe
      Piše: Jane Roe # Jane Roe
      Jane Roe, 24 June 2020 10:14 IST # Jane Roe
      Jane Roe, Wirtschaftsredaktion # Jane Roe
      Anne-Marie Roe und Hans-Peter Doe # Anne-Marie Roe; Hans-Peter Doe
      Jane Roe / PP # Jane Roe; PP
      posted by timothy on Monday August 02, 2010 @06:41PM from the all-aboard dept. # timothy
      By Jane Roe and John Doe on 03/03/2019 10:00 # Jane Roe; John Doe
      Jane Roe 3.4.19 # Jane Roe
      By Jane Roe, Sports Dept. # Jane Roe
      By Ann Lee @annlee # Ann Lee
      記者 山田太郎 # 山田太郎
      山田太郎記者 # 山田太郎
      新华社记者王小明 # 王小明
      记者：王小明 # 王小明
      김철수 기자 # 김철수
      서울=연합뉴스 김철수 기자 # 김철수
      بقلم أحمد حسن # أحمد حسن
      מאת: דנה לוי # דנה לוי
      रिपोर्ट: राहुल शर्मा # राहुल शर्मा
      राहुल शर्मा द्वारा # राहुल शर्मा
      โดย สมชาย ใจดี # สมชาย ใจดี
      Muhabir: Ayşe Yılmaz # Ayşe Yılmaz
      Tác giả: Trần Văn Nam # Trần Văn Nam
      Oleh Budi Santoso # Budi Santoso
      Szerző: Kovács Péter # Kovács Péter
      Аутор: Петар Петровић # Петар Петровић
      Avtor: Janez Novak # Janez Novak
      Autorius: Jonas Jonaitis # Jonas Jonaitis
      Jane Smith, Anna Lee, & Tom Brown # Jane Smith; Anna Lee; Tom Brown
      By Jane Smith, Andrew Lee # Jane Smith; Andrew Lee
      Sophie in 't Veld # Sophie in 't Veld
      Kim In Kyung # Kim In Kyung
      Jennifer Senior and Tom Guest # Jennifer Senior; Tom Guest
      Jane Roe, Staff Writer, and John Doe, Staff Writer # Jane Roe; John Doe
      Jane Roe, Staff Writer, John Doe, Staff Writer # Jane Roe; John Doe
      Jane Roe, Europe Editor, The Herald, John Doe, Film Critic # Jane Roe; John Doe
      Ann Reporter and Kate Producer # Ann Reporter; Kate Producer
      Story by Jane Smith • Photos by Tom Brown # Jane Smith
      Photos by Tom Brown • Story by Jane Smith # Jane Smith
      Text by Jane Smith, photo by Tom Brown # Jane Smith
      Words: Jane Smith. Pictures: Tom Brown # Jane Smith
      Published by Jane Smith # Jane Smith
      """)
  void splitsAndCleansBylines(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  /**
   * A connector after a comma, the serial comma of "A, B, and C", joins the last name as the connector alone does, in
   * each language whose connector the list knows.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      By Jane Smith, Anna Lee, and Tom Brown # Jane Smith; Anna Lee; Tom Brown
      Par Jean Dupont, Marie Curie, et Paul Martin # Jean Dupont; Marie Curie; Paul Martin
      Von Anna Schmid, Jonas Beck, und Max Mustermann # Anna Schmid; Jonas Beck; Max Mustermann
      Por Ana López, Juan Pérez, y Luis Gómez # Ana López; Juan Pérez; Luis Gómez
      Di Marco Rossi, Anna Bianchi, e Luca Verdi # Marco Rossi; Anna Bianchi; Luca Verdi
      Av Kari Nordmann, Ola Hansen, og Per Olsen # Kari Nordmann; Ola Hansen; Per Olsen
      Door Jan Jansen, Piet de Vries, en Kees Bakker # Jan Jansen; Piet de Vries; Kees Bakker
      Av Anna Svensson, Erik Berg, och Lars Lind # Anna Svensson; Erik Berg; Lars Lind
      Joan Puig, Marta Vila, i Pere Soler # Joan Puig; Marta Vila; Pere Soler
      Автор: Иван Петров, Анна Смирнова, и Олег Козлов # Иван Петров; Анна Смирнова; Олег Козлов
      Автор: Іван Петренко, Олена Коваль, та Петро Шевченко # Іван Петренко; Олена Коваль; Петро Шевченко
      Автор: Іван Петренко і Олена Коваль # Іван Петренко; Олена Коваль
      Teksti: Matti Virtanen, Liisa Korhonen, ja Pekka Nieminen # Matti Virtanen; Liisa Korhonen; Pekka Nieminen
      Jane Smith, Anna Lee; and Tom Brown # Jane Smith; Anna Lee; Tom Brown
      By Jane Smith, Science Correspondent, and Tom Brown # Jane Smith; Tom Brown
      """)
  void aConnectorAfterACommaJoinsTheLastName(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  /**
   * Where a writer writes from ("in Kyiv") is no part of the name, and the reporters credited beside the writer
   * ("with additional reporting by") are authors too, after a comma or after the byline's full stop.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      By Jane Smith in Kyiv, with additional reporting by Tom Brown # Jane Smith; Tom Brown
      Jane Smith in Kyiv and Tom Brown in Moscow # Jane Smith; Tom Brown
      By Jane Smith in New York # Jane Smith
      Von Anna Schmid in Frankfurt am Main # Anna Schmid
      By Jane Smith. Additional reporting by Tom Brown # Jane Smith; Tom Brown
      By Jane Smith in Kyiv. Additional reporting by Tom Brown in Moscow # Jane Smith; Tom Brown
      By Jane Smith. With reporting from Tom Brown and Anna Lee # Jane Smith; Tom Brown; Anna Lee
      Jane Smith; reporting by Tom Brown # Jane Smith; Tom Brown
      Reporting by Jane Smith; Editing by Tom Brown # Jane Smith
      Reporting by Jane Smith and Anna Lee; Additional editing by Tom Brown # Jane Smith; Anna Lee
      By Jane Smith, further reporting by Tom Brown # Jane Smith; Tom Brown
      """)
  void aPlaceAndACreditOfReportingAreNoPartOfTheNames(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  /**
   * A role after a name and a comma whose last word is a role's noun is no person, whatever words qualify it
   * ("Europe Editor", "Middle East correspondent"), and what follows the role after a comma is where it is held.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      By Jane Smith, Europe Editor # Jane Smith
      By Jane Smith, Foreign Correspondent # Jane Smith
      By Jane Smith, Washington Correspondent # Jane Smith
      By Jane Smith, Middle East correspondent # Jane Smith
      By Jane Smith, Film Critic # Jane Smith
      Von Anna Schmid, Leitende Redakteurin # Anna Schmid
      By Jane Smith, Europe Editor, Brussels # Jane Smith
      By Jane Smith, Senior Reporter, The Example Courier, London # Jane Smith
      By Jane Roe, Senior Staff Technologist, Example Speech, Privacy, and Technology Project # Jane Roe
      By Jane Smith, Europe Editor | Tom Brown # Jane Smith; Tom Brown
      """)
  void aQualifiedRoleIsNoPerson(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  /**
   * A role after a name and any mark, a bar, a middle dot, a spaced dash, a slash, a semicolon or brackets, is that
   * person's as after a comma; what follows a connector, an organisation or another name after a mark stays as it
   * was.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      By Jane Smith | Europe Editor # Jane Smith
      By Jane Smith · Europe Editor # Jane Smith
      By Jane Smith – Europe Editor # Jane Smith
      By Jane Smith — Middle East correspondent # Jane Smith
      By Jane Smith / Europe Editor # Jane Smith
      By Jane Smith; Europe Editor # Jane Smith
      By Jane Smith [Europe Editor] # Jane Smith
      By Jane Smith (Europe Editor) # Jane Smith
      Jane Roe | Europe Editor | John Doe | Film Critic # Jane Roe; John Doe
      Jane Roe, Staff Writer, John Doe | Staff Writer # Jane Roe; John Doe
      Jane Roe | Europe Editor, Brussels # Jane Roe
      Jane Roe, London, Europe Editor # Jane Roe
      By Jane Smith | Reuters # Jane Smith
      By Jane Smith | Tom Brown # Jane Smith; Tom Brown
      Jane Smith & Kate Producer # Jane Smith; Kate Producer
      Von Jane Smith und Tom Brown # Jane Smith; Tom Brown
      Jane Roe, Editor and Publisher # Jane Roe
      Jane Roe | Europe Editor and John Doe | Film Critic # Jane Roe; John Doe
      """)
  void aRoleAfterAnyMarkIsNoPerson(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  /**
   * The roles of German, French and Spanish bylines, in either gender, are known as the English ones are: the noun
   * closes a German title and its compounds, and opens a French or Spanish one, whose qualifiers follow it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Von Jane Smith | Redakteurin # Jane Smith
      Von Jane Smith | Leitende Redakteurin # Jane Smith
      Von Jane Smith | Korrespondentin # Jane Smith
      Von Jane Smith, Auslandskorrespondentin # Jane Smith
      Von Jane Smith | Brüssel-Korrespondent # Jane Smith
      Von Jane Smith | Freie Journalistin # Jane Smith
      Von Jane Smith, Wirtschaftsredakteur, und Tom Brown # Jane Smith; Tom Brown
      Par Jane Smith | Correspondante # Jane Smith
      Par Jane Smith | Rédactrice en chef # Jane Smith
      Par Jane Smith | Envoyée spéciale à Kyiv # Jane Smith
      Par Jane Smith (Bruxelles, correspondante) # Jane Smith
      Par Jane Smith et Paul Martin | Journalistes # Jane Smith; Paul Martin
      Por Jane Smith | Corresponsal # Jane Smith
      Por Jane Smith | Redactora jefa # Jane Smith
      Por Jane Smith | Corresponsal en Bruselas # Jane Smith
      Por Jane Smith, Enviada especial, y Juan Pérez # Jane Smith; Juan Pérez
      """)
  void theRolesOfOtherLanguagesAreKnown(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  /**
   * The title of a role that opens a byline, one to three words that end with a role's noun, is no part of the full
   * name after it; a name whose words are role words elsewhere, and a role before one word, stay as they were.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Europe Editor Jane Smith # Jane Smith
      By Political Correspondent Jane Smith # Jane Smith
      By Middle East correspondent Jane Smith # Jane Smith
      Redakteurin Anna Schmid # Anna Schmid
      Von Wirtschaftsredakteurin Anna Schmid # Anna Schmid
      Jane Roe, Senior Reporter Tom Brown # Jane Roe; Tom Brown
      Europe Editor Ursula von der Leyen # Ursula von der Leyen
      Ann Reporter # Ann Reporter
      Jennifer Senior and Tom Guest # Jennifer Senior; Tom Guest
      Chief Executive Jane Smith # Chief Executive Jane Smith
      Editor Jane # Editor Jane
      """)
  void aRoleBeforeAFullNameIsNoPartOfIt(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  /** A role's noun alone names no one, as the role words alone do. */
  @ParameterizedTest
  @ValueSource(strings = {"Correspondante", "Corresponsal", "Korrespondentin", "Journalistin", "Redactora",
      "Periodistas"})
  void aRolesNounAloneIsNoPerson(String byline) {
    assertThat(AuthorNames.of(byline, SITE)).isEmpty();
  }

  /** The day of the week before a date belongs to the date, not to the name before it. */
  @Test
  void aWeekdayBeforeTheDateIsNoPartOfTheName() {
    assertThat(AuthorNames.of("Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC", SITE)).containsExactly("Joe Wee");
    assertThat(AuthorNames.of("Minh Do on Monday, November 18th, 2019", SITE)).containsExactly("Minh Do");
    assertThat(AuthorNames.of("Jane Roe Mon., Nov. 18, 2019", SITE)).containsExactly("Jane Roe");
    assertThat(AuthorNames.of("Marie Roux lundi 24 mai 2019", SITE)).containsExactly("Marie Roux");
    assertThat(AuthorNames.of("by railfan_ed » Sun Mar 03, 2024 10:15 am", SITE)).as("phpBB's post line")
        .containsExactly("railfan_ed");
    assertThat(AuthorNames.of("Li Sun 3 May 2019", SITE)).as("a surname before the day's number")
        .containsExactly("Li Sun");
    assertThat(AuthorNames.of("By Mei H. Sun March 3, 2019 at 5:00 p.m. EST", SITE))
        .as("a surname right after the name, before a date that opens with its month").containsExactly("Mei H. Sun");
    assertThat(AuthorNames.of("Posted by railfan_ed on Sun Mar 03, 2024 10:15 am", SITE)).as("after \"on\"")
        .containsExactly("railfan_ed");
    assertThat(AuthorNames.of("Petra Sonntag 24. Mai 2019", SITE)).as("a surname, as no comma follows it")
        .containsExactly("Petra Sonntag");
    assertThat(AuthorNames.of("Jan Freitag am Freitag 3. Mai 2019", SITE)).as("the date's day after \"am\"")
        .containsExactly("Jan Freitag");
    assertThat(AuthorNames.of("Ann Lee on Friday August 2, 2019", SITE)).containsExactly("Ann Lee");
    assertThat(AuthorNames.of("الجمعة 8 فيفري 2019", SITE)).as("Friday, in Arabic, before its date").isEmpty();
  }

  @Test
  void aBylineThatIsTheSitesNameWholeIsNotSplitIntoPeople() {
    assertThat(AuthorNames.of("Jobs & Hire", Set.of("Jobs & Hire"))).isEmpty();
    assertThat(AuthorNames.of("Jobs & Hire", SITE)).containsExactly("Jobs", "Hire");
  }

  /**
   * A publication that a byline names beside a person, after a mark, is where the person writes: its name opens with
   * an article that no person's name opens with. Alone, such a name may be a pen name, and one that opens with an
   * article that opens some people's names too is a publication's only beside an agency.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Jane Roe, Der Spiegel # Jane Roe
      By Jane Roe | Die Zeit # Jane Roe
      Jane Roe, Delhi Bureau # Jane Roe
      Der Spendenteddy # Der Spendenteddy
      Jane Roe, Le Hong # Jane Roe; Le Hong
      Les Murray # Les Murray
      Le Hong # Le Hong
      Jane Roe avec AFP # Jane Roe
      ERBOL, Jane Roe # Jane Roe
      JANE ROE # JANE ROE
      Jane Roe / PP # Jane Roe; PP
      """)
  void aPublicationBesideAPersonIsNoAuthor(String byline, String names) {
    assertThat(AuthorNames.of(byline, SITE)).isEqualTo(List.of(names.split("; ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Example News", "example news", "Staff", "The Editors", "Redaktion", "dpa",
      "Reuters Staff", "Example Media GmbH", "EXAMPLE STROM AG", "Example Holdings plc", "jane@example.com", "https://example.com/jane", "24. Mai 2019",
      "3 hours ago", "Donnerstag", "2023", "A380", "Example News, Frankfurt, Germany", "Fotos: Jane Roe", "Stadt Illustrierte", "No Author", "Google+", "Follow on Mastodon", "katholisch.at", "Zur Artikelübersicht", "Developed By Jane Roe",
      "Website design by Jane Roe", "Leser 27", "Piše: Jane Roe prije 26 minuta", "الجمعة 8 فيفري 2019",
      "Фото из Инстаграма Яны Ро", "Example News /PP", "dpa/LNO", "Stadtanzeiger Online-Redaktion", "TVT-Redaktion",
      "10:14 CDT", "Von wordpressadmin", "wp_admin", "ERBOL", "Von KWCHCIK", "Delhi Bureau", "By Delhi Bureau",
      "Le Figaro avec AFP", "Par Le Figaro avec AFP", "El País con EFE",
      "This text is far too long to be the name of any person who writes for a newspaper at all"})
  void findsNoPersonInWhatIsNotOne(String byline) {
    assertThat(AuthorNames.of(byline, SITE)).isEmpty();
  }

  @Test
  void keysTextAsTheRegexesDo() {
    String pieces = "aZ09 -.,'’éÉü\u0301ſKİıß\u00a0\u2460٣\t";
    Random random = new Random(20261128L);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      s.setLength(0);
      for (int c = 0, n = random.nextInt(12); c < n; c++) {
        s.append(pieces.charAt(random.nextInt(i % 2 == 0 ? 11 : pieces.length()))); // half of them ASCII
      }
      String text = s.toString();
      String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      String expected = folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
      assertThat(AuthorNames.key(text)).as("'%s'", text).isEqualTo(expected);
    }
    assertThat(AuthorNames.key("Example-News.com")).isEqualTo("examplenewscom");
  }

  /** The typographic punctuation that the key's ASCII pass leaves out is keyed as the regexes key it. */
  @Test
  void keysTypographicPunctuationAsTheRegexesDo() {
    String pieces = "aZ09 -.,'" + AuthorNames.TYPOGRAPHIC + "é\u0301İ٣";
    Random random = new Random(43);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      s.setLength(0);
      int range = i % 2 == 0 ? pieces.length() - 3 : pieces.length(); // half of them without other characters
      for (int c = 0, n = random.nextInt(12); c < n; c++) {
        s.append(pieces.charAt(random.nextInt(range)));
      }
      String text = s.toString();
      String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      String expected = folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
      assertThat(AuthorNames.key(text)).as("'%s'", text).isEqualTo(expected);
    }
    assertThat(AuthorNames.key("Jane’s “Story” – Part 1…")).isEqualTo("janesstorypart1");
  }

  /** Whether a text has a key is told as comparing the text's key tells it, for ASCII and other texts alike. */
  @Test
  void comparesKeysAsTheKeysDo() {
    String pieces = "aZ09 -.,'" + AuthorNames.TYPOGRAPHIC + "é\u0301İ٣";
    Random random = new Random(20261130L);
    StringBuilder s = new StringBuilder();
    int equal = 0;
    for (int i = 0; i < 40_000; i++) {
      s.setLength(0);
      int range = i % 2 == 0 ? 6 : pieces.length(); // few characters, so that keys often agree
      for (int c = 0, n = random.nextInt(6); c < n; c++) {
        s.append(pieces.charAt(random.nextInt(range)));
      }
      String text = s.toString();
      String key = AuthorNames.key(pieces.substring(0, random.nextInt(4)) + (i % 3 == 0 ? text : ""));
      boolean expected = AuthorNames.key(text).equals(key);
      equal += expected ? 1 : 0;
      assertThat(AuthorNames.keyEquals(text, key)).as("'%s' '%s'", text, key).isEqualTo(expected);
    }
    assertThat(equal).isGreaterThan(1000);
    assertThat(AuthorNames.keyEquals("Jane’s", "janes")).isTrue();
    assertThat(AuthorNames.keyEquals("Jané", "jane")).isTrue();
    assertThat(AuthorNames.keyEquals("Jane", "jan")).isFalse();
    assertThat(AuthorNames.keyEquals("Jan", "jane")).isFalse();
  }

  /** A text that is its own key is given back as it is. */
  @Test
  void keysAKeyAsItself() {
    String login = "jroe1984";
    assertThat(AuthorNames.key(login)).isSameAs(login);
    assertThat(AuthorNames.key("jroe 1984")).isEqualTo("jroe1984");
  }


  /** The words of a name, read without the regex, are those that the regex reads: letters, marks and ' ’ . - runs. */
  @Test
  void theNamesWordsAreTheRegexsWords() {
    for (String name : List.of("Jane Roe", "jane-roe", "O’Brien, J.", "İlkay Gündoğan", "Ｊａｎｅ　Ｒｏｅ", "Zoë  Roe-Smith",
        "e\u0301clair x", "𝐉𝐚𝐧𝐞 𝐑𝐨𝐞", "a\ud800b", "", "   ", "12:30 Jane", "Ⅻ Roe ½", "ß.ﬃ'x")) {
      assertThat(AuthorNames.nameWords(name)).as(name).isEqualTo(AuthorNames.words(AuthorNames.WORD, name));
    }
  }

  /** A name with a number of any kind, or none, reads as before the guards that skip the number patterns. */
  @Test
  void numbersOfAnyKindStillTellNoName() {
    assertThat(AuthorNames.name("Jane Roe 12:30", Set.of())).isEmpty();
    assertThat(AuthorNames.name("Jane Roe 2", Set.of())).isEmpty();
    assertThat(AuthorNames.name("Jane Roe ２", Set.of())).as("a full-width digit").isEmpty();
    assertThat(AuthorNames.name("Jane Roe Ⅻ", Set.of())).as("a Roman numeral").isEmpty();
    assertThat(AuthorNames.name("WordPressAdmin", Set.of())).isEmpty();
    assertThat(AuthorNames.name("roe-design.de", Set.of())).as("a domain").isEmpty();
    assertThat(AuthorNames.name("Jane Roe", Set.of())).contains("Jane Roe");
  }
}
