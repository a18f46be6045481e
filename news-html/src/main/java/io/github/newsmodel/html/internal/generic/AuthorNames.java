package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.dom.LoginName;
import io.github.newsmodel.html.internal.dom.Texts;
import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.RelativeTime;
import io.github.newsmodel.html.internal.time.Weekdays;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a byline as a page prints it into the names of the people in it.
 *
 * <ul>
 *   <li>Labels go: "By", "Von", "Par", "Por", "Door", "Written by", "Autor:", "Автор:", "Text & Fotos:" and their
 *       kin.
 *   <li>Lists are split: "A, B and C", "A und B", "A et B", "A y B", "A & B", "A; B", "A | B", "A (with B)".
 *   <li>What is not a person goes: e-mail addresses and URLs, dates and times with their zones ("IST"), role words
 *       alone ("Staff writer", "Redaktion"), a role that the paper owns ("HT Correspondent", "Our Correspondent",
 *       "Special Correspondent", "Notre correspondant à Bruxelles"), organisations (names with words such as
 *       "Staff", "Team", "News", "Media", "GmbH", their compounds such as "TVT-Redaktion", and the news agencies),
 *       publications ("The Hindu"; "Der Spiegel" after a name, "Le Figaro" beside an agency), abbreviations in
 *       capitals of five letters or more ("ERBOL"), the site's own name, the editor's sign beside either ("Example
 *       News /PP", "dpa/lno"), and texts too long to be a name. A name before an organisation's in the other case
 *       stays: "JANE ROE Associated Press".
 *   <li>A person's role goes, after the name and a mark, whatever words qualify it: "Jane Roe, Europe Editor", "Jane
 *       Roe | Redakteurin", "Par Jane Roe (Bruxelles, correspondante)", and a role's title before a full name:
 *       "Europe Editor Jane Roe".
 *   <li>The publication a writer writes for goes: "Jane Roe for The Mail on Sunday".
 *   <li>Places go, after a mark: one capitalised word after a full name, an organisation's or a role's ("Jane Roe,
 *       London", "Jane Roe | Brussels", "Example News, Frankfurt, Germany"), words in capitals after a name in
 *       mixed case ("By Jane Roe — LONDON"), places of the shapes of {@link BylinePlace} ("Jane Roe | New York"),
 *       and credentials alike ("Jane Roe, MS, RDN"); and "in" a place after a name ("Jane Roe in Washington"). A
 *       place only goes: the byline held more than names ({@link Reading#placeTaken}).
 *   <li>Duplicates go, whatever their case, and a name said twice in a row is said once.
 * </ul>
 */
final class AuthorNames {
  /**
   * "Autor" or "Autorin", also in the forms German writes for both at once: "Autor/in", "Autor*in", "AutorInnen", and
   * "Autoren", as a byline of several writers says.
   */
  static final String AUTOR = "autor(?:in|innen|en|/in|\\*in|_in)?";
  /** The word "author" of Hungarian, Serbian, Slovenian and Lithuanian, which labels a byline as "Autor:" does. */
  static final String AUTHOR_WORDS = "szerző|аутор|avtor|autorius";
  /**
   * Words that introduce a byline before "by"/"von": "Posted by", "Blog Beitrag von", "Gespeichert von", and the
   * credit of reporters beside the writer, "Additional reporting by", "With reporting from": they are authors too.
   */
  private static final String LEAD_WORDS = "(?:written|posted|published|reported|compiled|submitted|uploaded|shared"
      + "|created|edited|gepostet|text|story|words|photos?|fotos?|video|interview|article|blog|post|beitrag|artikel"
      + "|view|see|reporting|additional|further"
      + "|all|more|posts|articles|stories|zeige|alle|mehr|weitere|beiträge|autorenseite|profil|profile"
      + "|gastbeitrag|kommentar|ein|eine|in|geschrieben|verfasst|erstellt|veröffentlicht|eingestellt|gespeichert"
      + "|publié|écrit|rédigé|escrito|publicado|redactado|scritto|pubblicato|kirjoittanut|julkaissut|kirjoittaja)";
  private static final BylinePattern LABEL = BylinePattern.of(Pattern.compile("^(?:" + LEAD_WORDS + "\\s+){0,3}"
      + "(?:by|von|vom|par|por|door|with|avec|mit"
      + "|av|af|from|di|teksti|kirjoittaja|oprac|" + AUTOR + "|" + AUTHOR_WORDS
      + "|auteurs?|authors?|autore|text|texte|texto|tekst|текст"
      + "|автор|від|от|piše"
      // the labels of other scripts and languages: Arabic "بقلم", Hebrew "מאת", Hindi "रिपोर्ट:", Thai "โดย",
      // Turkish "Muhabir:", Greek "Του", Vietnamese "Tác giả:", Indonesian "Oleh"
      + "|بقلم|كتب|كتبت|إعداد|اعداد|מאת|रिपोर्ट|रिपोर्टर|लेखक|संवाददाता|โดย|ผู้เขียน|muhabir|yazar|του|της|tác giả"
      + "|bởi|oleh|penulis|reporter)"
      + "(?![\\p{L}\\p{M}])\\s*[:.：]?\\s*"
      // the reporter's word of Chinese and Japanese, which the name follows without a space, after the paper's
      // name if any: "记者 王小明", "新华社记者王小明", "記者：山田太郎"
      + "|^\\p{IsHan}{0,6}?(?:記者|记者|作者|撰文)\\s*[:：]?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  /**
   * The reporter's word after a Korean name, "김철수 기자", where the place and the agency may stand before the name
   * ("서울=연합뉴스 김철수 기자", "스포츠조선=선수민 기자"): the name is the word of two to four syllables before it.
   */
  private static final Pattern KOREAN_REPORTER = Pattern.compile("^(?:.*[\\s=])?(\\p{IsHangul}{2,4})\\s*(?:기자"
      + "|특파원|선임기자|객원기자)$");
  /** The reporter's word after a Chinese or Japanese name, "山田太郎記者", and Hindi's "by" after the name. */
  private static final Pattern TRAILING_ROLE = Pattern.compile("^(.+?)\\s*(?:記者|记者|特派員|特派员|द्वारा)$");
  /** A label that is also the particle that opens surnames: "Von Jane Roe" but "von der Leyen", "Di Maio". */
  private static final Pattern PARTICLE_LABEL = Pattern.compile("(?:von|vom|di)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A credit of both text and pictures before the names, "Text & Fotos: Jane Roe", "Text und Bild:": the one who
   * wrote the article took its pictures too. Read before the labels of pictures alone, which end a byline.
   */
  private static final BylinePattern TEXT_AND_PICTURES = BylinePattern.of(Pattern.compile("^(?:text|texte|texto"
      + "|tekst|words)\\s*(?:&|\\+|/|und|and|et|y)\\s*(?:fotos?|photos?|bilder?|pictures?|images?)\\s*:\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  private static final BylinePattern LEADING_LABEL_ONLY = BylinePattern.of(Pattern.compile("^(?:" + AUTOR
      + "|authors?|auteurs?|autore|text|texte|texto|tekst|текст|words|redaktion|автор|kirjoittaja)\\s*:\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  /**
   * Labels that start another clause of a date line ("Veröffentlicht am", "Updated"), or of a post's footer ("Filed
   * under", "Gespeichert unter"): what follows them is no author.
   */
  static final Pattern CLAUSE_LABEL = Pattern.compile("(?<![\\p{L}])(?:veröffentlicht|aktualisiert"
      + "|zuletzt|letztes update|stand|geändert|published|updated|last updated|last modified|publié|mis à jour"
      + "|modifié|publicado|actualizado|julkaistu|päivitetty|quelle|source|fuente|foto|fotos|фото|bild|bilder|photo"
      + "|photos|image|images|picture|pictures|gespeichert unter|abgelegt unter|filed under|kategorie|kategorien"
      + "|category|categories"
      + "|schlagwörter|schlagworte)(?![\\p{L}])\\s*:?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The {@link #CLAUSE_LABEL} words that credit the pictures. */
  private static final Pattern PICTURES = Pattern.compile("(?:foto|fotos|фото|bild|bilder|photo|photos|image|images"
      + "|picture|pictures)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A mark that ends a credit in a byline and starts the next: "Photos by Tom Brown • Story by Jane Roe". */
  private static final Pattern NEXT_MARK = Pattern.compile("[•·|;/]");
  /**
   * A part of each of the {@link #CLAUSE_LABEL} words that an ASCII text can hold, as {@link DateClues#mayHold}
   * reads them: the words with other letters ("veröffentlicht", "фото") match no ASCII text, as no ASCII letter is
   * another case of theirs. Most bylines hold none, and the pattern, which looks behind at every character for a
   * letter, need not be run on them.
   */
  static final List<String> CLAUSE_STEMS = List.of("aktualisiert", "zuletzt", "letztes update", "stand",
      "published", "updated", "last modified", "publicado", "actualizado", "julkaistu", "quelle", "source", "fuente",
      "foto", "bild", "photo", "image", "picture", "gespeichert unter", "abgelegt unter", "filed under", "kategorie",
      "category", "categories", "schlagworte");
  private static final Pattern DOMAIN = Pattern.compile("^[\\p{L}\\p{N}.-]+\\.\\p{L}{2,6}$");

  /**
   * Words left over once a date is taken out of "X am 24. Mai", "X on May 24", "X le 24 mai", or a category out of
   * "X under News".
   */
  static final Pattern TRAILING_CONNECTOR = Pattern.compile("(?:\\s+(?:am|on|le|el|il|um|at|den|vom|in|op"
      + "|på|under))+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Bylines that start with a label, for telling an unmarked byline in the text ("Von Jane Roe") from prose. Each
   * alternative is anchored at the start: asked with {@link Matcher#lookingAt}, which tries the start alone, where
   * {@code find} would try every position of the text for the anchor to fail at.
   */
  static final BylinePattern STARTS_AS_BYLINE = BylinePattern.of(Pattern.compile("^(?:" + LEAD_WORDS
      + "\\s+){0,3}(?:by|von|par|por|door|av|af|di)\\s+\\p{Lu}|^(?:" + AUTOR + "|authors?|auteurs?|text|texto|tekst"
      + "|текст|автор|" + AUTHOR_WORDS + ")\\s*:\\s*\\p{Lu}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  /**
   * The publication a writer writes for, after a name of two or three capitalised words: "Jane Roe for The Mail on
   * Sunday". One word before it ("Organization for Transformative Works") and the other languages' words ("für",
   * "pour", "para") name institutions far more often than writers.
   */
  static final Pattern FOR_PUBLICATION = Pattern.compile("^(\\p{Lu}[\\p{L}'’.-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2})\\s+(?i:for)\\s+\\p{Lu}.*$");
  /**
   * Where a writer writes from, after the name: "Jane Roe in Kyiv", "Jane Roe in New York", "Anna Roe in Frankfurt
   * am Main". The "in" is in lower case before one to four capitalised words, with the particles of places' names
   * between them, and something stands before it: "Sophie in 't Veld" keeps her surname, and a capitalised "In" is a
   * part of a name ("Kim In Kyung"), which a byline in title case would cut.
   */
  static final Pattern IN_PLACE = Pattern.compile("(?<=\\S) in \\p{Lu}[\\p{L}\\p{M}'’.-]*(?: (?:(?:de|del|da|do|la|le"
      + "|am|an|der|im|of|on|upon|sur) )?\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}$");
  /** A role joined to the publication's name before a name: "FOCUS-Online-Experte Robin Tschöpe". */
  private static final Pattern ROLE_COMPOUND = Pattern.compile("^\\S+-(?i:experte|expertin|redakteur|redakteurin"
      + "|chefredakteur|chefredakteurin|korrespondent|korrespondentin|autor|autorin|kolumnist|kolumnistin|reporter"
      + "|reporterin|editor|correspondent|columnist|writer)\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
  /** A byline's label with nothing after it, "By" or "Autor:", which a page may set in an element of its own. */
  static final Pattern LABEL_ALONE = Pattern.compile("(?:" + LEAD_WORDS + "\\s+){0,3}(?:by|von|par|por|door|av|af|di"
      + "|" + AUTOR + "|authors?|auteurs?|автор|" + AUTHOR_WORDS + ")\\s*:?|(?:text|texto|tekst|текст)\\s*:",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** {@link #LABEL_ALONE}, with the characters that a text it matches may start with. */
  static final BylinePattern LONE_LABEL = BylinePattern.of(LABEL_ALONE);
  /**
   * The credit of the site's makers, which some pages put in the author's meta tag ({@code DC.Creator} "Developed
   * By Jane Roe"): the one who built the site wrote none of its articles.
   */
  private static final BylinePattern WEB_CREDIT = BylinePattern.of(Pattern.compile("^(?:web\\s*site|web|site"
      + "|theme)?\\s*(?:site|theme|design|developed|designed|powered|hosted|built|maintained|programmed|coded)\\s+"
      + "(?:by|von|par|por)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  /**
   * A number standing alone, as no name holds one: the day and year of a date in a language the date reader does
   * not know ("8 فيفري 2019"), the count of "prije 26 minuta". A login's number is part of a word ("r23").
   */
  private static final Pattern LONE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}+(?![\\p{L}\\p{N}])");
  /**
   * A parenthesis of several words ("(with Jane Roe)") separates names, as does one of capitals alone, the agency's
   * "(AP)"; "(R.J.)" is part of one.
   */
  private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*\\s[^()]*|\\p{Lu}{2,6})\\)");
  /**
   * The words that join the last of a list of names to the others: "A and B", "A und B", "A et B", "A y B", "A og
   * B", "A ja B" (Finnish, Estonian), "A и B" (Russian), "A і B" and "A та B" (Ukrainian), "A with B".
   */
  private static final String CONNECTORS = "(?:and|und|et|y|e|en|og|och|i|ja|и|і|та|&|with|avec|mit|sowie|con|com)";
  /**
   * A credit of more reporting after a byline's full stop, "By Jane Roe. Additional reporting by John Doe", which
   * starts a list of names as a comma would: a full stop alone ends an initial or a title ("Mei H. Sun", "Dr.").
   */
  private static final String REPORTING_CREDIT = "(?:with\\s+)?(?:(?:additional|further)\\s+)?reporting\\s+"
      + "(?:by|from)\\s";
  /**
   * What stands between two names: punctuation, a dash between spaces, a connector between spaces, or a full stop
   * before a {@link #REPORTING_CREDIT}. A connector after the punctuation, the serial comma's "A, B, and C", is
   * part of the separator: the punctuation's branch takes the space before the connector that the connector's own
   * branch needs.
   */
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;|/•·\\[\\]+](?:\\s*" + CONNECTORS
      + "\\s)?|\\s[-–—]\\s|\\s" + CONNECTORS + "\\s|\\.\\s+(?=" + REPORTING_CREDIT + "))\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** E-mail addresses, URLs and social handles ("@jroe"), which stand beside names but are none. */
  static final Pattern MAIL_OR_URL = Pattern.compile("\\S+@\\S+\\.\\S+|https?://\\S+|www\\.\\S+"
      // not Slash's time "@06:41PM", whose rest would be read as a name
      + "|(?<![\\p{L}\\p{N}])@(?!\\d{1,2}[:.h]\\d{2})[\\p{L}\\p{N}_.]+", Pattern.CASE_INSENSITIVE);
  /**
   * Punctuation at the ends of a name; the full stop of an initial at its end stays ("R. R.", "Jane Roe Jr."), as
   * it is part of the name.
   */
  static final Pattern EDGE_PUNCTUATION = Pattern.compile(
      "^[\\p{Punct}\\s–—«»“”„\"'→←›‹•·]+|(?<!(?:^|\\s)\\p{Lu}|\\sJr|\\sSr)[\\p{Punct}\\s–—«»“”„\"'→←›‹•·]+$");
  /** An initial alone ("F." of "Kooman, F."), which is no name but a part of one. */
  private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.");
  /**
   * A login of lower-case letters and a number, "r23", "jroe1984": mostly digits, yet a name a forum or blog signs
   * with, as no date or count is written so.
   */
  private static final Pattern LOGIN_WITH_NUMBER = Pattern.compile("\\p{Ll}+\\d{1,4}");
  /**
   * The administrator's account that a content system sets up, "wordpressadmin", "wp_admin", "siteadmin": the
   * software's login, which posts what no one signed, not a person's.
   */
  private static final Pattern SYSTEM_ACCOUNT = Pattern.compile("(?:wordpress|wp|joomla|drupal|typo3|cms|site|web"
      + "|blog|sys)[-_.]?admin(?:istrator)?\\d*", Pattern.CASE_INSENSITIVE);
  /** A name of initials alone, "R. R.", after which a word is the rest of the name, not a place. */
  private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}\\.\\s*)+");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");
  /** The marks that {@link #key} takes out: the rule that {@link #withoutMarks} applies, kept for the tests. */
  static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** Punctuation beyond ASCII that titles and names are often set with, which {@link #key} leaves out. */
  static final String TYPOGRAPHIC = "\u00a0\u00ab\u00bb\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2022"
      + "\u2026\u2039\u203a";
  /** What {@link #key} takes out but marks: the rule that {@link #lettersAndDigits} applies, kept for the tests. */
  static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  static final Pattern TIME_OF_DAY = Pattern.compile("(?:@\\s*)?\\b\\d{1,2}[:.h]\\d{2}(?::\\d{2})?"
      + "(?:\\s*(?:[ap]\\.?m\\.?|uhr|h)\\b)?", Pattern.CASE_INSENSITIVE);
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’.-]+");
  /** The days of the week, which a date line prints before its date ("Monday, February 29, 2016"). */
  private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
      "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves",
      "viernes", "sábado", "domingo");
  /**
   * A day of the week right before a date, "Joe Wee Monday, February 29, 2016": part of the date, not of the name
   * before it. English pages also shorten it ("Mon.,"). A capitalised day without the comma may be a surname
   * (Petra Sonntag, Jan Freitag); French and Spanish write their days in lower case, which no name is.
   */
  static final Pattern WEEKDAY_BEFORE_DATE = Pattern.compile("(?u)(?<![\\p{L}])(?:(?i:(?:"
      + String.join("|", WEEKDAYS) + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,)|(?:"
      + String.join("|", WEEKDAYS) + "))\\s*$");
  /**
   * An English day's short name before a date that opens with its month's name, as forums print the time of a post
   * after its poster: "by railfan_ed » Sun Mar 03, 2024 10:15 am" (phpBB's "D M d, Y"), after a mark, a word that
   * joins a date ("on") or nothing. A surname such as Sun stands right after the name ("By Mei H. Sun March 3,
   * 2019") or before a date that opens with the day's number ("Li Sun 3 May 2019"), and stays.
   */
  static final Pattern SHORT_WEEKDAY_BEFORE_MONTH = Pattern.compile("(?<=^\\s{0,4}|[^\\p{L}\\p{N}\\s.]\\s{0,4}"
      + "|(?<![\\p{L}])(?i:on|am|at|um|le|el|il|den|vom|op)\\s{1,4})(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+$");
  /** The days of {@link #SHORT_WEEKDAY_BEFORE_MONTH}, as it spells them. */
  private static final List<String> SHORT_DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
  /**
   * A day of the week after a word that joins a date to the name before it, "timothy on Monday August 2, 2010", "Jan
   * am Freitag, 3. Mai": the date's, in any case, as a surname does not follow "on".
   */
  static final Pattern CONNECTED_WEEKDAY = Pattern.compile("(?u)(?<![\\p{L}])(?i:on|am|le|el|il|um|at"
      + "|den|vom|op)\\s+(?i:" + String.join("|", WEEKDAYS) + ")\\.?,?\\s*$");
  /**
   * A date of numbers whose order of day and month the name reader need not know, "03/03/2019", "3.4.19": it only
   * takes the date out of the names.
   */
  private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\p{N}./-])\\d{1,2}([./-])\\d{1,2}\\1"
      + "(?:\\d{4}|\\d{2})(?![\\p{N}])");
  /** Words that describe a role, not a person (and weekdays): a piece made of these alone names no one. */
  private static final Set<String> ROLES = roles("staff", "writer", "writers", "editor", "editors", "reporter",
      "reporters", "correspondent", "contributor", "contributors", "contributing", "senior", "chief", "author",
      "authors", "guest", "columnist", "photographer", "photos", "photo", "foto", "fotos", "video", "text", "texte",
      "redaktion", "redakteur", "redakteurin", "autor", "autorin", "autoren", "admin", "administrator", "anonymous",
      "anonym", "unknown", "gast", "gastautor", "gastbeitrag", "the", "der", "die", "das", "le", "la", "el", "online",
      "digital", "desk", "newsdesk", "newsroom", "team", "editorial", "rédaction", "redacción", "redazione", "toimitus",
      "редакция", "редакція", "webmaster", "user", "benutzer", "by", "von", "par", "political", "politics", "sports",
      "sport", "business", "science", "health", "tech", "technology", "international", "national", "local", "lokal",
      "deputy", "managing", "executive", "associate", "assistant", "freelance", "freier", "freie", "mitarbeiter",
      "mitarbeiterin", "posted", "updated", "published", "on", "at", "am", "um", "uhr", "share", "follow", "email",
      "e-mail", "twitter", "facebook", "linkedin", "instagram", "google", "youtube", "xing", "mastodon",
      "bluesky", "threads", "tiktok", "github", "rss", "more", "articles", "all", "posts", "view", "profile",
      "read", "bio", "about", "contact", "kontakt", "mehr", "artikel", "alle", "beiträge", "zum", "artikelübersicht",
      "übersicht", "no", "none", "n/a", "datum", "date", "quelle", "source", "ma", "md", "phd", "ph.d", "dr", "dr.",
      "mba", "msc", "bsc", "mph", "rn", "zur", "news", "and", "und", "et", "y", "with", "mit",
      // the zones that a date line prints after its time ("10:14 IST"), left over once the time is taken out
      "utc", "gmt", "ist", "cet", "cest", "mez", "mesz", "wet", "west", "eet", "eest", "bst", "est", "edt", "cst",
      "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst", "aest", "aedt", "jst", "kst", "hkt", "sgt", "msk");

  /**
   * The nouns of the title of a role, "Europe Editor", "Foreign Correspondent", "Leitende Redakteurin", "Rédactrice en
   * chef", "Corresponsal en Bruselas", in both genders where a language has two: after a person's name and a mark, a
   * text that ends with one (as English and German write a title) or opens with one (as French and Spanish do) names
   * that person's role, whatever words qualify it ({@link #namesARole}). The role words that are surnames too
   * ("Senior", "Guest", "Chief", "Autor") are none of them.
   */
  private static final Set<String> ROLE_NOUNS = Set.of("editor", "editors", "editor-in-chief", "editor-at-large",
      "correspondent", "correspondents", "reporter", "reporters", "writer", "writers", "columnist", "columnists",
      "producer", "producers", "photographer", "photographers", "contributor", "contributors", "journalist",
      "journalists", "critic", "commentator", "analyst", "presenter",
      // German
      "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "korrespondent", "korrespondentin",
      "korrespondenten",
      "reporterin", "kolumnist", "kolumnistin", "fotograf", "fotografin", "mitarbeiter", "mitarbeiterin",
      "journalistin", "autorin", "volontär", "volontärin", "ressortleiter", "ressortleiterin", "kommentator",
      "kommentatorin", "kritiker", "kritikerin", "moderator", "moderatorin",
      // French
      "journaliste", "journalistes", "correspondant", "correspondante", "correspondants", "rédacteur", "rédactrice",
      "chroniqueur", "chroniqueuse", "éditorialiste", "envoyé", "envoyée", "photographe", "pigiste",
      // Spanish
      "corresponsal", "corresponsales", "periodista", "periodistas", "redactor", "redactora", "reportero",
      "reportera", "columnista", "cronista", "fotógrafo", "fotógrafa", "enviado", "enviada", "editora",
      // Italian
      "giornalista", "giornalisti", "corrispondente", "corrispondenti", "inviato", "inviata", "redattore",
      "redattrice", "caporedattore", "caporedattrice", "editorialista", "fotografo",
      // Dutch
      "verslaggever", "verslaggeefster", "redacteur", "hoofdredacteur", "fotograaf",
      // Polish
      "dziennikarz", "dziennikarka", "korespondent", "korespondentka", "redaktor", "redaktorka", "reporterka",
      "publicysta", "publicystka", "fotoreporter");
  /**
   * The nouns of {@link #ROLE_NOUNS} that close a German compound, "Auslandskorrespondentin",
   * "Wirtschaftsredakteur", "Sportreporterin": no name ends with one.
   */
  private static final List<String> ROLE_COMPOUND_HEADS = List.of("redakteur", "redakteurin", "korrespondent",
      "korrespondentin", "reporter", "reporterin", "journalist", "journalistin", "kolumnist", "kolumnistin");
  /**
   * The words that open the title of a role of any noun, "Senior Staff Technologist", "Chief Executive": no name
   * starts with one, where "Jennifer Senior" ends with one.
   */
  private static final Set<String> ROLE_QUALIFIERS = Set.of("senior", "chief", "deputy", "managing", "executive",
      "associate", "assistant", "contributing", "staff", "freelance", "principal", "special", "freier", "freie");
  /**
   * The words that say a role is the paper's own before its noun, which stands for the person the paper does not
   * name: "Our Correspondent", "Own Correspondent", "Unser Korrespondent", "Notre correspondant", "Nuestro
   * corresponsal", "Dal nostro corrispondente", "Onze correspondent", "Nasz korespondent".
   */
  private static final Set<String> ROLE_OWNERS = Set.of("our", "own", "from", "unser", "unsere", "unserer",
      "unseren", "unserem", "notre", "nos", "de", "nuestro", "nuestra", "nuestros", "il", "nostro", "nostra", "nostri",
      "dal", "dalla", "onze", "nasz", "nasza", "naszego", "naszej");

  private static Set<String> roles(String... words) {
    Set<String> roles = new HashSet<>(Arrays.asList(words));
    roles.addAll(WEEKDAYS);
    // and the days of the other languages whose dates the date reader knows: "الجمعة 8 فيفري 2019" is no byline
    roles.addAll(Weekdays.names());
    return Set.copyOf(roles);
  }

  /** Words that mark an organisation; a name with one of these is not a person's. */
  private static final Set<String> ORGANISATION_WORDS = Set.of("staff", "team", "redaktion", "newsroom", "desk",
      "agency", "agencies", "agentur", "agence", "agencia", "bureau", "press", "presse", "prensa", "inc", "inc.", "gmbh",
      "ltd", "ltd.", "llc", "corp", "corporation", "company", "media", "medien", "news", "nachrichten", "noticias", "zeitung",
      "magazine", "magazin", "illustrierte", "verlag", "editorial", "rédaction", "redacción", "redazione", "toimitus",
      "redactie", "redakcja", "studio", "редакция",
      "редакція", "online", "service", "network", "group", "gruppe", "association", "verband", "verein", "e.v.",
      "institute", "institut", "university", "universität", "ministry", "ministerium", "foundation", "stiftung", "blog",
      "radio", "tv", "television", "fernsehen", "daily", "times", "post", "herald", "tribune", "journal", "gazette",
      "webredaktion", "onlineredaktion", "sportredaktion", "lokalredaktion", "newsletter", "wire", "wires", "reuters",
      "dpa", "afp", "apa", "kna", "epd", "ansa", "efe", "ap", "upi", "tass", "ukrinform", "unian", "pti", "ians", "tnn",
      "anp", "belga", "pap", "bbc", "cnn", "swr",
      "ndr", "wdr", "br", "mdr", "hr", "rbb", "orf", "srf", "zdf", "ard",
      // the offices that speak for an organisation: "Pressestelle der Stadt", "Abteilung Kommunikation"
      "pressestelle", "pressebüro", "pressesprecher", "abteilung", "öffentlichkeitsarbeit", "kommunikation",
      // a department, and Slashdot's jesting "from the all-aboard dept." under its bylines
      "dept", "dept.", "department",
      // a project, which an organisation runs: "Speech, Privacy, and Technology Project"
      "project",
      // companies' legal forms, which no person's name carries: "Example Strom AG", "Example plc"
      "ag", "plc", "kg", "kgaa", "gbr", "mbh", "oyj", "s.a.", "s.l.", "s.p.a.", "b.v.", "n.v.");

  /**
   * An abbreviation of capitals alone, "PP" or "LNO", which after the site's or an organisation's name ("Example News
   * /PP") is the short sign of the editor who handled an agency's or the newsroom's text, not a name; and before the
   * noun of a role, the paper's short name ("HT Correspondent").
   */
  private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,4}");
  /** A writer's initials, or the editor's sign, as a byline sets them beside a name: "Jane Roe / PP". */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,3}");
  /**
   * The editor's sign after an organisation's name: an {@link #ABBREVIATION}, or its letters in lower case
   * ("dpa/lno").
   */
  private static final Pattern SIGN = Pattern.compile("\\p{Lu}{2,4}|\\p{Ll}{2,4}");

  /**
   * The articles that open a publication's name, which no person's name opens with: "Der Spiegel", "Die Zeit", "Il
   * Post", "Het Parool". After a person's name and a mark the piece is where the person writes, not a co-author:
   * "Jane Roe, Der Spiegel". A name that opens with one alone is kept ("Der Spendenteddy", a writer's pen name).
   */
  private static final Set<String> PUBLICATION_ARTICLES = Set.of("der", "die", "los", "las", "il", "het");
  /**
   * The articles that open a publication's name and some people's too, as surnames written first ("Le Hong", "La
   * Thanh", "El Sayed", "De Luca", "Das Gupta") or as first names ("Les Murray"): the name is a publication's only
   * beside an agency's or an organisation's, "Le Figaro avec AFP", as a newsroom credits the wire copy it reworked.
   */
  private static final Set<String> SHARED_ARTICLES = Set.of("le", "la", "les", "el", "de", "das");
  /**
   * The fewest letters of a one-word name in capitals alone that is an organisation's abbreviation, as a site names
   * an agency ("ERBOL") or its newsroom's account ("KWCHCIK"), not a person: a person's initials or an editor's sign
   * is two to four ({@link #ABBREVIATION}), and a person named by one word is not written in capitals.
   */
  private static final int MIN_SHOUTED_ABBREVIATION = 5;

  /** A text longer than this is no byline, even of many authors. */
  private static final int MAX_BYLINE = 1000;

  private AuthorNames() {}

  /**
   * What a byline says: the people it names, and whether it held a piece that was taken for a place, where the
   * writer writes from ("Jane Roe | Brussels"). Such a piece is dropped on the strength of its shape and of the name
   * before it, and may have been some other word ("Teilen" of a sharing button): a byline that held one held more
   * than names.
   *
   * @param names the names in byline order, without duplicates
   * @param placeTaken whether a piece of the byline was taken for a place
   */
  record Reading(List<String> names, boolean placeTaken) {
    private static final Reading NONE = new Reading(List.of(), false);
  }

  /**
   * The people a byline names.
   *
   * @param byline the byline text
   * @param siteNames the names of the site and its host, which are never an author
   * @return the names in byline order, without duplicates
   */
  static List<String> of(String byline, Set<String> siteNames) {
    return read(byline, siteNames).names();
  }

  /**
   * The people a byline names, and whether a piece of it was taken for a place.
   *
   * @param byline the byline text
   * @param siteNames the names of the site and its host, which are never an author
   * @return the names in byline order, without duplicates, and whether a place was taken out
   */
  static Reading read(String byline, Set<String> siteNames) {
    if (byline.length() > MAX_BYLINE) {
      return Reading.NONE; // not a byline; and the patterns below would take time in the square of its length
    }
    if (isSiteName(byline, siteNames)) {
      return Reading.NONE; // "Jobs & Hire" names the site whole, before the split would make two people of it
    }
    String normalised = Texts.normalise(byline);
    if (WEB_CREDIT.lookingAt(normalised)) {
      return Reading.NONE;
    }
    List<String> out = new ArrayList<>();
    String text = withoutDates(NameGuards.mayHoldMailOrUrl(normalised)
        ? MAIL_OR_URL.matcher(normalised).replaceAll(",") : normalised);
    text = text.replace('→', ',').replace('»', ',').replace('«', ',');
    // "mira_s (Mira Sandberg)" is one person by login and name, not a name and a co-author in brackets
    Optional<String> loginName = LoginName.displayName(withoutStart(LABEL, text.strip()), null);
    if (loginName.isPresent()) {
      text = loginName.get();
    }
    text = text.indexOf('(') < 0 ? text : PARENTHESIS.matcher(text).replaceAll(", $1,"); // most bylines hold none
    text = withoutStart(TEXT_AND_PICTURES, text.trim());
    Matcher clause = DateClues.mayHold(text, CLAUSE_STEMS) ? CLAUSE_LABEL.matcher(text) : null;
    if (clause != null && clause.find()) {
      // "Jane Roe Veröffentlicht am ..." ends the names; "Published by Jane Roe" does not start them. "Photos by
      // Tom Brown" credits the pictures, and its name is no author's: the names go on after the next mark only,
      // "Photos by Tom Brown • Story by Jane Roe".
      String after = text.substring(clause.end());
      boolean namesFollow = STARTS_AS_BYLINE.lookingAt(after.trim());
      if (namesFollow && PICTURES.matcher(clause.group()).lookingAt()) {
        Matcher mark = NEXT_MARK.matcher(after);
        after = mark.find() ? after.substring(mark.end()) : "";
      }
      text = text.substring(0, clause.start()) + (namesFollow ? "," + after : "");
    }
    text = withoutStart(LEADING_LABEL_ONLY, text);
    Matcher separator = SEPARATORS.matcher(text);
    int at = 0;
    String before = ""; // the last piece that was more than white space
    boolean afterComma = false;
    boolean afterMark = false; // whether the last separator was a mark alone: a comma, a bar, a slash, a dash
    boolean afterConnector = false; // whether it was a connector without a mark: "and", "und", "en", "&"
    boolean afterPlace = false;
    boolean afterName = false; // whether the last piece named a person
    boolean afterRole = false; // whether the last piece was the role of the person named before it
    boolean organisation = false; // whether a piece names the site or an organisation
    boolean placeTaken = false; // whether a piece was taken for a place
    while (at <= text.length()) {
      boolean found = separator.find();
      String piece = text.substring(at, found ? separator.start() : text.length());
      if (!piece.isBlank()) {
        // "Frankfurt, Germany": a place goes on with its country. "Jane Roe, Senior Reporter, The Herald": what
        // follows a person's role after a comma is where the role is held; a connector ("Europe Editor, and John
        // Doe") starts the next person. After a name, the place may follow any mark: "Jane Roe | Brussels",
        // "By Jane Roe — LONDON"; but two or three capitals after a slash or a bar are a writer's initials, "Jane
        // Roe / PP", where after a comma they are the credentials of "Jane Roe, MS, RDN".
        // After a role, any other mark than a comma is followed by a place only if the piece has a place's shape:
        // "Jane Roe | Europe Editor | Brussels".
        boolean place = afterMark && afterRole && !roleFollows(text, separator, found)
            && (afterComma || hasAPlacesShape(piece))
            || afterMark && !afterRole && (afterComma || !INITIALS.matcher(piece.strip()).matches())
            && (afterPlace ? oneCapitalisedWord(piece) : isPlace(piece, before, siteNames));
        placeTaken |= place;
        // "Jane Roe, London, Europe Editor": the role of the person named before the place
        boolean afterPerson = afterName || afterPlace;
        // "Rédactrice en chef", "Corresponsal en Bruselas", "Editor and Publisher": one word that a connector alone
        // joins to a role is the role's; two or more are the next person ("Europe Editor and John Doe").
        // So is the place of a role that names no one: "Nuestro corresponsal en Bruselas".
        boolean roleGoesOn = afterConnector && piece.strip().indexOf(' ') < 0
            && (afterRole || !afterName && namesRolesAlone(withoutLabel(Texts.normalise(before))));
        afterPlace = place;
        afterRole = false;
        boolean named = false;
        if (!place) {
          // "Jane Roe, Europe Editor", "Jane Roe | Europe Editor": a role after a name and a mark is that person's,
          // whatever words qualify it. After a connector such words may be a name: "Ann Reporter" is no one's title.
          afterRole = roleGoesOn || afterMark && afterPerson && namesARole(piece);
          Optional<String> read = afterRole || creditsEditing(piece) ? Optional.empty() : name(piece, siteNames);
          // "Jane Roe, Der Spiegel": the publication the person writes for, dropped as an organisation's name
          boolean publication = read.isPresent() && afterMark && afterPerson && opensWithArticle(read.get(), false);
          Optional<String> n = publication ? Optional.empty() : read;
          organisation |= publication;
          named = n.isPresent();
          if (named && out.stream().noneMatch(o -> o.equalsIgnoreCase(n.get()))) {
            out.add(n.get());
          } else if (!named) {
            organisation |= isOrganisation(piece, siteNames);
          }
        }
        afterName = named;
        before = piece;
      }
      if (!found) {
        break;
      }
      afterComma = separator.group().trim().equals(",");
      afterMark = isMark(separator.group());
      afterConnector = isConnector(separator.group());
      at = separator.end();
    }
    if (organisation) {
      out.removeIf(n -> SIGN.matcher(n).matches() || opensWithArticle(n, true));
    }
    return new Reading(out, placeTaken);
  }

  /**
   * Whether a name of two words or more opens with the article of a publication's name: one of the {@link
   * #PUBLICATION_ARTICLES}, or of the {@link #SHARED_ARTICLES} too when asked.
   *
   * @param name the name, its words set apart by one space
   * @param shared whether the articles that open some people's names count
   */
  private static boolean opensWithArticle(String name, boolean shared) {
    int space = name.indexOf(' ');
    if (space < 2 || space > 3 || !Character.isUpperCase(name.charAt(0))) {
      return false; // most names: a first name of more than three letters
    }
    String first = name.substring(0, space).toLowerCase(Locale.ROOT);
    return PUBLICATION_ARTICLES.contains(first) || shared && SHARED_ARTICLES.contains(first);
  }

  /**
   * The text without what a pattern anchored at its start ({@code ^...}) matches there: what {@code replaceFirst("")}
   * gives, without trying the anchor at every other position of the text as {@code find} does.
   */
  private static String withoutStart(BylinePattern anchored, String text) {
    if (!anchored.mayMatch(text)) {
      return text; // as for most texts: no match starts with their first character
    }
    Matcher m = anchored.pattern().matcher(text);
    return m.lookingAt() ? text.substring(m.end()) : text;
  }

  /** What {@link #withoutStart(BylinePattern, String)} gives, for a pattern without first characters to tell. */
  private static String withoutStart(Pattern anchored, String text) {
    Matcher m = anchored.matcher(text);
    return m.lookingAt() ? text.substring(m.end()) : text;
  }

  /** Whether a piece of a byline is the site's name or an organisation's, with its labels and punctuation. */
  private static boolean isOrganisation(String piece, Set<String> siteNames) {
    return namesAnOrganisation(withoutEdgePunctuation(withoutLabel(Texts.normalise(piece))).trim(),
        siteNames);
  }

  /** Whether a text is the site's name or holds a word that marks an organisation. */
  private static boolean namesAnOrganisation(String text, Set<String> siteNames) {
    return isSiteName(text, siteNames) || words(WORD, text).stream().anyMatch(AuthorNames::isOrganisationWord);
  }

  /**
   * Whether a word marks an organisation: one of {@link #ORGANISATION_WORDS}, a compound with one of them after a
   * hyphen ("TVT-Redaktion", "Software-Redaktion"), or a compound of a newsroom ("Wirtschaftsredaktion").
   */
  private static boolean isOrganisationWord(String word) {
    if (ORGANISATION_WORDS.contains(word) || word.endsWith("redaktion")) {
      return true;
    }
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && ORGANISATION_WORDS.contains(word.substring(hyphen + 1));
  }

  /** Whether a piece is one capitalised word that is no role: a place, a country or a credential. */
  private static boolean oneCapitalisedWord(String piece) {
    String p = withoutEdgePunctuation(Texts.normalise(piece));
    if (p.isEmpty() || p.indexOf(' ') >= 0 || !Character.isUpperCase(p.codePointAt(0))) {
      return false;
    }
    String word = p.toLowerCase(Locale.ROOT);
    return !ROLES.contains(word) && !isRoleNoun(word); // "Jane Roe, Corresponsal en Bruselas" holds a role
  }

  /**
   * Whether a text names a role and no one: its words are role words alone ("Staff Reporter", "Redaktion"), or the
   * noun of a role ({@link #isRoleNoun}) or the paper's bureau with the words that say whose it is, the paper's: its
   * short name in capitals, "our", "special" and their kin ({@link #ROLE_QUALIFIERS}, {@link #ROLE_OWNERS}): "HT
   * Correspondent", "Our Correspondent", "Special Correspondent", "Unser Korrespondent", "Dal nostro
   * corrispondente", "FE Bureau". A word of any other kind is a name's: "Ann Reporter"; and a short name in capitals
   * beside a word of {@link #ROLES} that is no role's noun ("TJ Ma") is a person's.
   */
  static boolean namesRolesAlone(String text) {
    List<String> words = nameWords(text);
    return !words.isEmpty() && rolesAlone(text, words);
  }

  /** What {@link #namesRolesAlone} tells of a text, given its {@link #nameWords}, none of them empty. */
  private static boolean rolesAlone(String text, List<String> words) {
    boolean roleNoun = false;
    boolean owned = false; // whether a word says whose the role is
    List<String> cased = null; // the words as written, looked at for a short name in capitals alone
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (isRoleNoun(w) || w.equals("bureau")) {
        roleNoun = true;
      } else if (roleNoun && BylinePlace.IN.contains(w)) {
        return true; // the place of the role: "Notre correspondant à Bruxelles", "Nasz korespondent w Brukseli"
      } else if (!ROLES.contains(w)) {
        if (!ROLE_QUALIFIERS.contains(w) && !ROLE_OWNERS.contains(w)) {
          if (w.length() > 4) {
            return false; // no ABBREVIATION: as the first word of most names, told without the words as written
          }
          if (cased == null) {
            cased = wordsAsWritten(text);
          }
          if (cased.size() != words.size() || !ABBREVIATION.matcher(cased.get(i)).matches()) {
            return false;
          }
        }
        owned = true;
      }
    }
    return roleNoun || !owned;
  }

  /**
   * Whether a piece after a mark is where the one before it writes from, not a person: one capitalised word, or a
   * place of {@link BylinePlace}'s shapes, after a name of several words ("Jane Roe, London", "Jane Roe | New
   * York"), after the site's or an organisation's name ("Example News, Frankfurt, Germany") or after a role that
   * names no one ("HT Correspondent, New Delhi"); and words in capitals after a name in mixed case ("Jane Roe —
   * LONDON"). A list of people is of names alike, and a lone first name does not follow full names. An
   * organisation's name is none, and is dropped as one.
   */
  private static boolean isPlace(String piece, String before, Set<String> siteNames) {
    String p = withoutEdgePunctuation(Texts.normalise(piece));
    boolean capitals = BylinePlace.inCapitals(p);
    boolean shaped = oneCapitalisedWord(piece) || BylinePlace.hasPlaceShape(p);
    if (!capitals && !shaped || namesAnOrganisation(p, siteNames)) {
      return false; // an organisation's name is dropped as one, "Jane Roe | AFP", which says no more than names
    }
    Optional<String> person = name(before, siteNames);
    if (person.isPresent()) {
      // "JANE ROE, JOHN DOE": a name in capitals after another is a co-author's
      String n = person.get();
      return capitals && BylinePlace.hasLowerCase(n)
          || shaped && n.indexOf(' ') > 0 && !INITIALS_ONLY.matcher(n).matches();
    }
    String b = Texts.normalise(before);
    return namesAnOrganisation(b, siteNames) || namesRolesAlone(b);
  }

  /**
   * Whether a piece has a place's shape: one capitalised word that is no role, or a shape of {@link BylinePlace}.
   */
  static boolean hasAPlacesShape(String piece) {
    String p = withoutEdgePunctuation(Texts.normalise(piece));
    return oneCapitalisedWord(piece) || BylinePlace.inCapitals(p) || BylinePlace.hasPlaceShape(p);
  }

  /**
   * Whether the piece after the one that ends at a separator is a role after a mark: the piece then is the next
   * person, not where the role before it is held ("Jane Roe, Staff Writer, John Doe, Staff Writer"). Asked only of
   * a piece after a role, so a second matcher costs little.
   */
  private static boolean roleFollows(String text, Matcher separator, boolean found) {
    if (!found || !isMark(separator.group())) {
      return false;
    }
    Matcher next = SEPARATORS.matcher(text);
    next.region(separator.end(), text.length());
    return namesARole(text.substring(separator.end(), next.find() ? next.start() : text.length()));
  }

  /**
   * Whether a separator between two pieces of a byline is a mark alone, without a connector: a comma, a semicolon,
   * a bar, a slash, a middle dot, a bracket, a spaced dash. After a name, what follows such a mark may be the
   * person's role ("Jane Roe | Europe Editor"); what follows "and", "&" or the full stop before a credit of reporting
   * is another person.
   */
  private static boolean isMark(String separator) {
    String s = separator.trim();
    return s.length() == 1 && !Character.isLetter(s.charAt(0)) && s.charAt(0) != '&' && s.charAt(0) != '.';
  }

  /** Whether a separator between two pieces of a byline is a connector without a mark: "and", "und", "en", "&". */
  private static boolean isConnector(String separator) {
    String s = separator.trim();
    return !s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '&');
  }

  /**
   * Whether a piece of a byline credits the editing, as wire copy closes: "Reporting by Jane Roe; Editing by John
   * Doe". The editor is no author; "Edited by", which some sites set for their author, is a byline's label.
   */
  private static boolean creditsEditing(String piece) {
    String p = piece.strip();
    return p.regionMatches(true, 0, "editing by ", 0, 11) || p.regionMatches(true, 0, "additional editing by ", 0, 22);
  }

  /**
   * Whether a piece of a byline is the title of a role: it ends or opens with the noun of a role ({@link #isRoleNoun}:
   * "Europe Editor", "Rédactrice en chef") or opens with one of the {@link #ROLE_QUALIFIERS} ("Senior Staff
   * Technologist"), and no name follows the role ({@link #nameAfterLeadingRole}).
   */
  static boolean namesARole(String text) {
    List<String> words = nameWords(text);
    return !words.isEmpty() && (isRoleNoun(words.get(words.size() - 1)) || isRoleNoun(words.get(0))
        || ROLE_QUALIFIERS.contains(words.get(0))) && nameAfterLeadingRole(text.strip()) < 0;
  }

  /**
   * Where the name starts after the title of a role that opens a text, "Europe Editor Jane Smith", "Redakteurin Anna
   * Schmid", "Middle East correspondent Jane Smith": after one to three words, the last of them the noun of a role
   * ({@link #isRoleNoun}), when a full name follows and nothing else ({@link PageAuthors#FULL_NAME}). A name opens
   * with no such noun, and a qualifier alone ("Senior Jane Smith") is no title; a name after a role of other words
   * ("Chief Executive Jane Smith") stays as it is.
   *
   * @param text the text, its words set apart by one space
   * @return where the name starts, or -1 if the text opens with no role before a name
   */
  static int nameAfterLeadingRole(String text) {
    int start = 0;
    for (int word = 0; word < 3; word++) {
      int end = text.indexOf(' ', start);
      if (end < 0) {
        return -1;
      }
      if (isRoleNoun(text.substring(start, end).toLowerCase(Locale.ROOT))) {
        return PageAuthors.FULL_NAME.matcher(text).region(end + 1, text.length()).matches() ? end + 1 : -1;
      }
      start = end + 1;
    }
    return -1;
  }

  /**
   * Whether a word in lower case is the noun of a role: one of the {@link #ROLE_NOUNS}, or a compound that ends with
   * one, after a hyphen ("Brüssel-Korrespondentin") or closed, as German writes it ({@link #ROLE_COMPOUND_HEADS}).
   */
  private static boolean isRoleNoun(String word) {
    if (ROLE_NOUNS.contains(word)) {
      return true;
    }
    int hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && ROLE_NOUNS.contains(word.substring(hyphen + 1))) {
      return true;
    }
    for (String head : ROLE_COMPOUND_HEADS) {
      if (word.length() > head.length() + 2 && word.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name without its leading label. A bare "von" or "di" before one capitalised word ("Di Maio") or before a
   * particle in lower case and more ("von der Leyen") opens the surname instead: a byline's label comes before a
   * whole name, and a name does not start in lower case. One word in lower case after it ("von zahlenzauberin") is
   * a login, which a label introduces. A capitalised "Von" before one word ("Von Kessel") is a byline's label too:
   * German writes the particle of a surname in lower case but where a sentence starts, and a surname alone,
   * "von Kessel", is no sentence; Italian's "Di" is capitalised within the name.
   */
  private static String withoutLabel(String n) {
    if (!LABEL.mayMatch(n)) {
      return n;
    }
    Matcher label = LABEL.pattern().matcher(n);
    if (!label.lookingAt()) {
      return n;
    }
    String rest = n.substring(label.end());
    int space = rest.indexOf(' ');
    boolean oneWord = space < 0;
    // "Von unserem Korrespondenten Max Muster": a role's owner opens no surname
    boolean surname = !rest.isEmpty() && (Character.isLowerCase(rest.codePointAt(0))
        ? !oneWord && !ROLE_OWNERS.contains(rest.substring(0, space))
        : oneWord && !n.startsWith("Vo"));
    return surname && PARTICLE_LABEL.matcher(label.group()).matches() ? n : rest;
  }

  /**
   * One name, cleaned: labels and surrounding punctuation removed, or empty if it is not a person's.
   *
   * @param raw the name as printed
   * @param siteNames the names of the site and its host
   * @return the name, if it can be a person's
   */
  static Optional<String> name(String raw, Set<String> siteNames) {
    String n = withoutTrailingRole(Texts.normalise(raw).strip());
    String before;
    do {
      before = n;
      n = withoutLabel(n);
      n = NameGuards.mayEndWithConnector(n) ? TRAILING_CONNECTOR.matcher(n).replaceFirst("") : n;
      n = withoutEdgePunctuation(n).trim();
    } while (!n.equals(before));
    n = withoutStart(ROLE_COMPOUND, n);
    int afterRole = nameAfterLeadingRole(n);
    n = afterRole < 0 ? n : n.substring(afterRole);
    n = NameGuards.mayNameAPublication(n) ? FOR_PUBLICATION.matcher(n).replaceFirst("$1") : n;
    n = n.contains(" in ") ? IN_PLACE.matcher(n).replaceFirst("") : n; // most names hold no " in "
    n = once(n);
    // Each pattern below is run only on a name that holds what every match of it needs, a full stop, "admin" or a
    // digit: most names are letters and spaces alone, and a matcher for each pattern cost more than the rest.
    if (n.length() < 2 || n.length() <= 3 && INITIAL.matcher(n).matches()
        || mayHoldIgnoringCase(n, "admin") && SYSTEM_ACCOUNT.matcher(n).matches()
        || n.length() > 60 || n.contains("@") || n.contains("://") || n.indexOf('=') >= 0
        || n.indexOf('.') >= 0 && DOMAIN.matcher(n).matches()) {
      return Optional.empty();
    }
    int numbers = numbers(n);
    if ((numbers & ASCII_DIGIT) != 0 && TIME.matcher(n).find() || DateTimes.anyLanguage().find(n).isPresent()
        || RelativeTime.find(n).isPresent()
        || digits(n) * 3 > n.length() && !LOGIN_WITH_NUMBER.matcher(n).matches()
        || numbers != 0 && LONE_NUMBER.matcher(n).find()) {
      return Optional.empty();
    }
    List<String> words = nameWords(n);
    if (words.isEmpty() || words.size() > 6 || words.size() == 1 && shoutedAbbreviation(n)) {
      return Optional.empty();
    }
    for (String w : words) {
      if (isOrganisationWord(w)) {
        return personBeforeOrganisation(n, siteNames);
      }
    }
    // "The Hindu", "The Guardian": a publication, as no person's name opens with the article
    if (rolesAlone(n, words) || words.get(0).equals("the") && n.startsWith("The ")) {
      return Optional.empty();
    }
    if (isSiteName(n, siteNames)) {
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /**
   * The name that opens a text that names an organisation after it without a mark, where the case of the words
   * changes between them: "JANE ROE Associated Press", as AP's copy prints its byline, or "Jane Roe BBC News". A name
   * of two or three words is written in one case, and so is the organisation's first word in the other: "Jane Roe
   * Media" tells no such border, and names no one.
   *
   * @param text the text, {@link Texts#normalise normalised}: its words are set apart by one space
   */
  private static Optional<String> personBeforeOrganisation(String text, Set<String> siteNames) {
    String[] words = text.split(" ");
    if (words.length < 3) {
      return Optional.empty();
    }
    boolean capitals = !BylinePlace.hasLowerCase(words[0]);
    int end = 1;
    while (end < words.length && !BylinePlace.hasLowerCase(words[end]) == capitals) {
      end++;
    }
    if (end < 2 || end > 3 || end == words.length || !Character.isUpperCase(words[end].codePointAt(0))) {
      return Optional.empty();
    }
    int start = end; // where the organisation's name starts: the name's words, each with the one space after it
    for (int i = 0; i < end; i++) {
      start += words[i].length();
    }
    if (!namesAnOrganisation(text.substring(start), siteNames)) {
      return Optional.empty();
    }
    Optional<String> person = name(text.substring(0, start - 1), siteNames);
    return person.filter(p -> PageAuthors.FULL_NAME.matcher(p).matches());
  }

  /**
   * Whether a name of one word is an organisation's abbreviation in capitals alone of {@link
   * #MIN_SHOUTED_ABBREVIATION} letters or more: "ERBOL", "KWCHCIK".
   */
  private static boolean shoutedAbbreviation(String name) {
    if (name.length() < MIN_SHOUTED_ABBREVIATION) {
      return false;
    }
    for (int i = 0, n = name.length(); i < n; i++) {
      if (!Character.isUpperCase(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A name without the reporter's word that Korean, Japanese and Chinese write after it ({@link #TRAILING_ROLE}). */
  private static String withoutTrailingRole(String n) {
    if (n.isEmpty() || n.charAt(n.length() - 1) < '\u0900') {
      return n; // the words end in Devanagari, Han or Hangul, which no name of the Latin or Cyrillic script does
    }
    Matcher korean = KOREAN_REPORTER.matcher(n);
    if (korean.matches()) {
      return korean.group(1);
    }
    Matcher trailing = TRAILING_ROLE.matcher(n);
    return trailing.matches() ? trailing.group(1) : n;
  }

  /**
   * A name said twice in a row, "Jane Roe Jane Roe", said once: a byline that repeats its name for screen readers in
   * an element of its own reads so.
   */
  private static String once(String name) {
    int half = name.length() / 2;
    if (name.length() % 2 == 1 && name.charAt(half) == ' ' && name.substring(0, half).indexOf(' ') > 0
        && name.substring(0, half).equals(name.substring(half + 1))) {
      return name.substring(0, half);
    }
    return name;
  }

  /**
   * The byline with its dates and times taken out, as separators: "Gespeichert von rasos am 24. Juli 2017 - 18:55"
   * leaves "Gespeichert von rasos am , - ,".
   */
  private static String withoutDates(String text) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    String t = Texts.normalise(text);
    for (DateTimes.Found f : DateTimes.anyLanguage().findAll(t, 5)) {
      String before = t.substring(at, f.start());
      // The three patterns end at the text's end and look behind at each of its characters: each is run only on a
      // text whose end may be its match, told by the few characters at that end (most end with a name or a label)
      boolean ascii = Texts.isAscii(before);
      if (!ascii || mayEndWithWeekdayBeforeDate(before)) {
        before = WEEKDAY_BEFORE_DATE.matcher(before).replaceFirst("");
      }
      if (Character.isLetter(t.charAt(f.start())) && (!ascii || mayEndWithShortWeekday(before))) {
        before = SHORT_WEEKDAY_BEFORE_MONTH.matcher(before).replaceFirst("");
      }
      if (!ascii || mayEndWithConnectedWeekday(before)) {
        before = CONNECTED_WEEKDAY.matcher(before).replaceFirst("");
      }
      out.append(before).append(',');
      at = f.end();
    }
    out.append(t.substring(at));
    String rest = out.toString();
    if (NameGuards.mayHoldNumericDate(rest)) {
      rest = NUMERIC_DATE.matcher(rest).replaceAll(",");
    }
    return NameGuards.mayHoldTimeOfDay(rest) ? TIME_OF_DAY.matcher(rest).replaceAll(",") : rest;
  }

  /**
   * Where an ASCII text ends once the white space ({@code \s}) at its end is left off: where a match of a pattern
   * that ends with {@code \s*$} ends what it matches before that space, as a line terminator at the end, the one
   * character that {@code $} may stand before, is white space in ASCII.
   */
  private static int endBeforeSpace(String asciiText) {
    int end = asciiText.length();
    while (end > 0 && Texts.isRegexSpace(asciiText.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Whether {@link #WEEKDAY_BEFORE_DATE} may find a match in an ASCII text: it ends, before its white space, with
   * the comma of the pattern's first form or a day's name in lower case, as the second form spells it.
   * Package-private for the test that holds it to the pattern.
   */
  static boolean mayEndWithWeekdayBeforeDate(String asciiText) {
    int end = endBeforeSpace(asciiText);
    if (end > 0 && asciiText.charAt(end - 1) == ',') {
      return true;
    }
    for (String day : WEEKDAYS) {
      if (end >= day.length() && asciiText.startsWith(day, end - day.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #SHORT_WEEKDAY_BEFORE_MONTH} may find a match in an ASCII text: it ends with white space, and
   * before it with one of the pattern's days, in its case. Package-private for the test that holds it to the pattern.
   */
  static boolean mayEndWithShortWeekday(String asciiText) {
    int end = endBeforeSpace(asciiText);
    if (end == asciiText.length() || end < 3) {
      return false;
    }
    for (String day : SHORT_DAYS) {
      if (asciiText.startsWith(day, end - 3)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #CONNECTED_WEEKDAY} may find a match in an ASCII text: it ends, before its white space and an
   * optional full stop and comma, with a day's name in any case. Package-private for the test that holds it to the
   * pattern.
   */
  static boolean mayEndWithConnectedWeekday(String asciiText) {
    int end = endBeforeSpace(asciiText);
    if (end > 0 && asciiText.charAt(end - 1) == ',') {
      end--;
    }
    if (end > 0 && asciiText.charAt(end - 1) == '.') {
      end--;
    }
    for (String day : WEEKDAYS) {
      if (end >= day.length() && asciiText.regionMatches(true, end - day.length(), day, 0, day.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without the punctuation and white space at its ends that {@link #EDGE_PUNCTUATION} takes: its regex is
   * run only on a text that {@link NameGuards#mayHaveEdgePunctuation may hold some}, since its look-behind is tried at
   * every character of every name read, and most names hold none.
   */
  private static String withoutEdgePunctuation(String text) {
    return NameGuards.mayHaveEdgePunctuation(text) ? EDGE_PUNCTUATION.matcher(text).replaceAll("") : text;
  }

  /**
   * Whether a text starts with a byline's label, "By", "Von", "Verfasst von:", "Posted by", whatever the case of
   * what follows it: a login in lower case ("von jroe") as well as a name.
   */
  static boolean startsWithLabel(String text) {
    if (!LABEL.mayMatch(text)) {
      return false;
    }
    Matcher label = LABEL.pattern().matcher(text);
    return label.lookingAt() && label.end() < text.length();
  }

  /** Whether the text is one of the site's names, ignoring case, accents, spaces and punctuation. */
  static boolean isSiteName(String text, Set<String> siteNames) {
    String key = key(text);
    if (key.length() < 2) {
      return false;
    }
    for (String site : siteNames) {
      if (key(site).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Letters and digits only, lower-case, without accents. */
  static String key(String text) {
    String ascii = asciiKey(text);
    if (ascii != null) {
      return ascii;
    }
    return lettersAndDigits(withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT));
  }

  /**
   * What {@code MARKS.matcher(text).replaceAll("")} gives, read without the regex: the text without its code points
   * of the marks' categories, which {@code \p{M}} matches. The keys of titles and names in other scripts than the
   * Latin, a Korean or Russian page's every heading, are worked out so, many times a page.
   */
  static String withoutMarks(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !isMark(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == n) {
      return text; // a text in a script without accents, Cyrillic or Korean, holds none
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      int c = text.codePointAt(i);
      if (!isMark(c)) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * What {@code NOT_LETTER_OR_DIGIT.matcher(text).replaceAll("")} gives, read without the regex: the text's code
   * points of the categories that {@code \p{L}} and {@code \p{N}} match, the letters and numbers, alone.
   */
  static String lettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0, n = text.length(); i < n; ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c) || isNumber(Character.getType(c))) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * Whether a text's {@link #key} is the given key, as {@code key(text).equals(key)} tells, without building the
   * text's key when the text is ASCII: the display names compare every word of a page's text with a name's key.
   */
  static boolean keyEquals(String text, String key) {
    return keyEquals(text, 0, text.length(), key);
  }

  /** What {@link #keyEquals(String, String)} tells of the part of a text from {@code from} to {@code to}. */
  static boolean keyEquals(String text, int from, int to, String key) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && TYPOGRAPHIC.indexOf(c) < 0) {
        return key(text.substring(from, to)).equals(key); // decomposed and folded as key does
      }
    }
    // the ASCII key, as asciiKey builds it, compared a character at a time
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (!isKeyChar(c)) {
        continue;
      }
      if (k == key.length() || key.charAt(k++) != c) {
        return false;
      }
    }
    return k == key.length();
  }

  /**
   * The key of an ASCII text, or null if the text has other characters. Titles and names are compared by key
   * with every site name, many times a page, and most are ASCII: their decomposition changes nothing and holds no
   * marks, and their letters and digits are {@code [A-Za-z0-9]}, so one pass gives what the two regexes give.
   * The {@link #TYPOGRAPHIC} punctuation, with which many titles are set ("Jane’s “story” – and more"), counts
   * as ASCII punctuation: it has no canonical decomposition and no case, is neither a mark nor a letter or digit,
   * and the key leaves it out as the regexes do.
   */
  private static @Nullable String asciiKey(String text) {
    int n = text.length();
    int same = 0; // the opening run of lower-case letters and digits, which the key keeps as it is
    while (same < n && isKeyChar(text.charAt(same))) {
      same++;
    }
    if (same == n) {
      return text; // a key already, as a login or a host's label is: no copy
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, same);
    for (int i = same; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (TYPOGRAPHIC.indexOf(c) >= 0) {
          continue;
        }
        return null;
      }
      if (isKeyChar(c)) {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      }
    }
    return out.toString();
  }

  /** Whether a character is an ASCII lower-case letter or digit, which a key keeps as it is. */
  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** The words of a text, lower-cased, as a pattern finds them. */
  /** What {@link #numbers} tells of an ASCII digit, which {@link #TIME} needs. */
  private static final int ASCII_DIGIT = 1;
  /** What {@link #numbers} tells of another character that {@code \p{N}} may match. */
  private static final int OTHER_NUMBER = 2;

  /**
   * Whether a text holds an ASCII digit ({@link #ASCII_DIGIT}), and a character beyond ASCII that is a number of
   * any kind, or half of a pair of surrogates, which may be one ({@link #OTHER_NUMBER}): 0 for a text of which no
   * character is a number, as {@link #LONE_NUMBER} and {@link #TIME} need.
   */
  private static int numbers(String text) {
    int found = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        found |= ASCII_DIGIT;
      } else if (c >= 0x80 && (Character.isSurrogate(c) || isNumber(Character.getType(c)))) {
        found |= OTHER_NUMBER;
      }
    }
    return found;
  }

  private static boolean isNumber(int type) {
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Whether a text may hold a word in ASCII letters of any case, as a case-insensitive pattern without Unicode case
   * matches it: {@link String#regionMatches(boolean, int, String, int, int)} matches those and more.
   */
  private static boolean mayHoldIgnoringCase(String text, String word) {
    for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@code words(WORD, name)} gives, read without the regex: the runs of letters, marks, apostrophes, full
   * stops and hyphens of the name in lower case, code point by code point as the pattern reads them.
   */
  static List<String> nameWords(String name) {
    return wordsAsWritten(name.toLowerCase(Locale.ROOT));
  }

  /** The words of a text as {@link #nameWords} finds them, in the case the text writes them. */
  private static List<String> wordsAsWritten(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0, n = text.length(); i < n; ) {
      int c = text.codePointAt(i);
      boolean inWord = Character.isLetter(c) || c == '\'' || c == '’' || c == '.' || c == '-' || isMark(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static List<String> words(Pattern word, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = word.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
