package io.github.newsmodel.html.internal.time;

import io.github.newsmodel.html.internal.dom.Texts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads dates and times in the forms that news pages print them:
 *
 * <ul>
 *   <li>ISO 8601 and its relatives: {@code 2007-05-24T13:52:00+03:00}, {@code 2007-05-24 13:52},
 *       {@code 2007/05/24};
 *   <li>day, month name, year: {@code 24 May 2007 13:52}, {@code 25 May 2007 @ 3:38}, {@code 3rd June 2007, 9:05 pm},
 *       {@code 24. Mai 2007 um 13:52 Uhr}, {@code 1er juin 2007 à 13h52}, {@code 24 de mayo de 2007},
 *       {@code 24 мая 2007 г.}, {@code 24. toukokuuta 2007};
 *   <li>month name, day, year: {@code May 24, 2007 1:52 PM}, {@code Sept. 3 2007 at 09:05};
 *   <li>numeric day first: {@code 24.5.2007 17:46}, {@code 1.6.2007 klo 19.33}, and with a two-digit year,
 *       {@code 8.5.12};
 *   <li>numeric with slashes or dashes: {@code 24/05/2007}, {@code 05/24/2007}, when the order is clear;
 *   <li>East Asian: {@code 2007年5月24日}, {@code 2007년 5월 24일}.
 * </ul>
 *
 * <p>Days and hours may have one digit; a time may carry seconds, {@code am}/{@code pm}, and an offset such as
 * {@code +0300}, {@code Z} or {@code GMT}. Dates that do not exist (30 February, 25:61) are rejected rather than
 * rolled over. {@code 05/06/2007} is read only when its order is known: when one number is above 12, or when the
 * reader was made for a convention with {@link #withNumericOrder}; {@code 03/03/2007} reads the same either way.
 *
 * <p>An instance is immutable and thread-safe. Languages come as {@link MonthNames}; a word is a month only if the
 * reader's table knows it, so "24 Mai 2007" is a date to {@link #anyLanguage()} and not to {@link #english()}.
 */
public final class DateTimes {
  /** How to read a numeric date whose first two numbers could each be the day or the month. */
  public enum NumericOrder {
    /** Day first, as in most of the world: {@code 05/06/2007} is 5 June. */
    DAY_FIRST,
    /** Month first, as in the United States: {@code 05/06/2007} is 6 May. */
    MONTH_FIRST,
    /**
     * Year first, as in Japan, China, Korea, Hungary and Lithuania: {@code 11/03/14 10:00} is 14 March 2011. A
     * date with its year last, {@code 05/06/2007}, is then read only when its numbers or the page's other dates
     * settle the order, as where the language settles none.
     */
    YEAR_FIRST,
    /** Not known: such a date is not read. */
    UNKNOWN
  }

  private static final DateTimes ENGLISH = new DateTimes(MonthNames.ENGLISH, NumericOrder.UNKNOWN);
  private static final DateTimes ANY = new DateTimes(MonthNames.ALL, NumericOrder.UNKNOWN);
  private static final DateTimes CROATIAN = new DateTimes(MonthNames.ALL.overriddenBy(MonthNames.CROATIAN),
      NumericOrder.UNKNOWN);

  private static final String TIME = "(?<h>\\d{1,2})\\s?(?:[:.]|h(?=\\s?\\d{2}))\\s?(?<mi>\\d{2})"
      + "(?:[:.](?<s>\\d{2})(?:[.,]\\d{1,9})?)?"
      + "(?:\\s*(?:(?<ap>[aApP])\\.?[mM]\\.?|(?<arap>(?:مساء|صباح)[ا\\p{M}]{0,2}|[صم])(?![\\p{L}\\p{M}])))?";
  /**
   * What may stand between a date and its time: punctuation (the slash of "May 3, 2024 / 09:15 AM CDT", as the
   * local stations of the United States print it), "@", "at", "um", "klo", "godz.", "ore", "à", "a las",
   * "в", "στις", "saat", "lúc", "pukul", "الساعة", "בשעה", "เวลา", ...
   */
  static final String DATE_TIME_SEPARATOR = "(?:\\s*[,،|·•–/-])?\\s*(?:(?:@|at|um|klo\\.?|kl\\.|kello|godz\\.|godzina"
      + "|ore|à|a las|a la|alle|às|в|о|o|om|kl|u|у|ob|στις|saat|lúc|pukul|jam|الساعة|בשעה|เวลา)\\s*)?";
  /** A month's name: two letters at least, as Hindi's "मई" and the Levant's "آب" have. */
  private static final String MONTH = "(?<mon>[\\p{L}\\p{M}]{2,13})";
  /** A month's name and the day after it, as the form of the month first opens: "May 24", "Sept. 3". */
  private static final String MONTH_DAY = MONTH + "\\.?\\s+(?<d>\\d{1,2})";
  /** The most characters that a {@link #MONTH_DAY}'s name and its full stop may take: 13 letters in surrogates. */
  private static final int MAX_MONTH_CHARS = 13 * 2 + 1;
  /** Not within a word or number, unless after the offset of a time the page runs into it ({@link #OFFSET_RUN_ON}). */
  private static final String BEFORE = "(?:(?<![\\p{L}\\p{N}])|(?<=\\d[+-]\\d{2}:\\d{2}))";
  private static final String AFTER = "(?![\\p{L}\\p{N}]|[:.]\\d)";
  /**
   * The end of an offset with its colon that the page runs into the next number, "+01:0025. Dezember 2022": its
   * four digits are all an offset has, so the digit after starts something else.
   */
  private static final String OFFSET_RUN_ON = "(?<=[+-]\\d{2}:\\d{2})(?=\\d)";
  /**
   * Not the hours and minutes of an offset, "+01:00", "-05:00", which a page may run into the date after it:
   * "2022-12-07T10:10:52+01:0025. Dezember 2022" is no 01:00 on 25 December; nor the minutes and seconds of a
   * longer time, "08:15:00".
   */
  private static final String NOT_AN_OFFSET = "(?<![+\u2212]|\\d[-:])";
  /**
   * A time of day with a colon before the date it belongs to, and the zone after it: "2:34 PM EDT", "10:15 Uhr".
   */
  private static final String CLOCK_FIRST = NOT_AN_OFFSET + "(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?(?!\\d)"
      + "(?:\\s*(?<ap>[aApP])\\.?[mM]\\.?)?" + PrintedZone.AFTER_TIME;
  /**
   * A date's time of day: an hour in words or without its minutes ({@link NamedHours}) before a clock, so that
   * "12:00 midnight" is midnight, not the noon of "12:00".
   */
  private static final String OPTIONAL_TIME = "(?:" + DATE_TIME_SEPARATOR + "(?:" + NamedHours.TIME + "|" + TIME
      + ")" + PrintedZone.AFTER_TIME + ")?";
  /** {@code [\\s\\h]}: white space and the horizontal spaces, each run of which {@link #normalise} makes one. */
  private static final Texts.Spaces SPACES = Texts.Spaces.of(c -> c <= ' ' ? Texts.isRegexSpace((char) c)
      : c == '\u00a0' || c == '\u1680' || c == '\u180e' || c >= '\u2000' && c <= '\u200a' || c == '\u202f'
      || c == '\u205f' || c == '\u3000');
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
  /** The languages whose numeric dates put the year first: "11/03/14" is 14 March 2011 on a Japanese page. */
  private static final Set<String> YEAR_FIRST_LANGUAGES = Set.of("ja", "zh", "ko", "hu", "lt");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** The words of Japanese, Korean and Chinese for the afternoon and evening, before a twelve-hour time. */
  private static final Set<String> AFTERNOON = Set.of("午後", "오후", "下午", "晚上");
  /** The words for the morning and the small hours, in which "12" is the hour after midnight. */
  private static final Set<String> MORNING = Set.of("午前", "오전", "上午", "早上", "凌晨");
  private static final List<String> HALF_DAYS = List.of("午後", "오후", "下午", "晚上", "午前", "오전", "上午", "早上",
      "凌晨");
  /** The Buddhist era's years that stand for 1900 to 2100, which Thai pages print: 2567 is 2024. */
  private static final int BUDDHIST_FIRST = 2443;
  private static final int BUDDHIST_LAST = 2643;
  private static final int BUDDHIST_OFFSET = 543;
  /** The century of a Thai date's two-digit year: "67" is 2567, 2024, as every year from 2000 to 2056 is. */
  private static final int BUDDHIST_CENTURY = 2500;

  /** The forms, package-private for the test that {@link #features} is all that each form's matches need. */
  static final List<Form> FORMS = List.of(
      // ISO 8601; a few sites' templates set the milliseconds off with a colon, "22:06:08:684Z"
      new Form(Pattern.compile(BEFORE + "(?<y>\\d{4})(?<sep>[-/.])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"
          + "(?:(?:T|\\s+|\\s*,\\s*)(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d{1,9}|:\\d{3})?)?"
          + "\\s*(?:(?<off>Z|(?:UTC|GMT)?[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)|" + PrintedZone.ABBREVIATION
          + "(?![\\p{L}\\p{N}]))?)?" + "(?:" + AFTER + "|" + OFFSET_RUN_ON + ")", FLAGS), Form.ISO_YEAR),
      // Catalan writes "of" as "d'" before a vowel: "5 d'abril de 2024"; the Levant names a month twice, its
      // Syriac name and the Latin one after a slash: "24 نيسان / أبريل 2020"
      new Form(Pattern.compile(BEFORE + "(?<d>\\d{1,2})(?:st|nd|rd|th|er|ᵉʳ|º|ª)?\\.?(?:\\s+de(?=\\s))?\\s*(?:d['’])?"
          + MONTH + "(?:\\s?/\\s?(?<alt>[\\p{L}\\p{M}]{2,13}))?"
          // the year's word of Russian, Ukrainian and Polish, "2024 г.", "2024 года", "2024 року", "2024 r.", or
          // the full stop of Serbian's "2024."
          + "\\.?,?(?:\\s+de)?\\s+(?<y>\\d{4})(?:\\s*(?:(?:года|року|roku|г|р)\\.?|r\\.)(?![\\p{L}\\p{N}])"
          + "|\\.(?!\\d))?"
          + OPTIONAL_TIME + AFTER,
          FLAGS), Form.SPACED_YEAR),
      // A range of days in one month, "14. - 20. Januar 2022": its first day, the earliest date the text prints. Both
      // days are written alike, with a full stop or without, and the first is the earlier (read): "#1 — 3. Mai 2024",
      // a numbered comment's header, is no range, nor is "#1 — 3 May 2024", whose first number a number sign marks,
      // nor "Episode 12 – 3 May 2024".
      new Form(Pattern.compile(BEFORE + "(?<d>\\d{1,2})(?<!#\\d{1,2})(?<dot>\\.?)\\s*[-–—]\\s*(?<last>\\d{1,2})\\k<dot>\\s*" + MONTH
          + "\\.?,?\\s+(?<y>\\d{4})" + AFTER, FLAGS), Form.SPACED_YEAR | Form.DASH),
      new Form(Pattern.compile(BEFORE + MONTH_DAY + "(?:st|nd|rd|th)?\\.?,?\\s+(?<y>\\d{4})"
          + OPTIONAL_TIME + AFTER, FLAGS), Form.SPACED_YEAR),
      new Form(Pattern.compile(BEFORE + "(?<d>\\d{1,2})\\.\\s?(?<mo>\\d{1,2})\\.\\s?(?<y>\\d{4})" + OPTIONAL_TIME
          + AFTER, FLAGS), Form.DIGIT_DOT | Form.YEAR),
      new Form(Pattern.compile(BEFORE + "(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<yy>\\d{2})" + OPTIONAL_TIME
          + "(?![\\p{L}\\p{N}]|[:.]\\d|\\.\\d)", FLAGS), Form.DIGIT_DOT),
      new Form(Pattern.compile(BEFORE + "(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})"
          + OPTIONAL_TIME + AFTER, FLAGS), Form.DIGIT_SLASH | Form.YEAR),
      // The time before the date, as AP and CNN print when a story was updated: "Updated 2:34 PM EDT, May 3, 2024",
      // "10:15 AM EDT, Fri May 3, 2024", and "10:15 Uhr, 3. Mai 2024". The time has a colon, as "10.15 3 May" could
      // be a number; a word between it and the date may be the day of the week.
      new Form(Pattern.compile(BEFORE + CLOCK_FIRST + "(?:\\s*[,·•|–-])?\\s*(?:\\p{L}{2,9}\\.?,?\\s+)?" + MONTH_DAY
          + "(?:st|nd|rd|th)?\\.?,?\\s+(?<y>\\d{4})" + AFTER, FLAGS), Form.SPACED_YEAR | Form.DIGIT_COLON),
      new Form(Pattern.compile(BEFORE + CLOCK_FIRST + "(?:\\s*[,·•|–-])?\\s*(?:\\p{L}{2,12}\\.?,?\\s+)?(?<d>\\d{1,2})"
          + "(?:st|nd|rd|th|er)?\\.?\\s*" + MONTH + "\\.?,?\\s+(?<y>\\d{4})" + AFTER, FLAGS),
          Form.SPACED_YEAR | Form.DIGIT_COLON),
      // A two-digit year after slashes, "03/14/11 @ 11:02" (b2evolution's "m/d/y @ H:i"), only with its time of
      // day: "1/2/10" alone is as likely a fraction, a score or a part number as a date. The day and the month are
      // told apart as in the four-digit form, or the year comes first where the page's language writes it so
      // ("11/03/14 10:00" on a Japanese page). The year ends where the digits do: "8/16/2012:30" is no 16 August
      // 2020 at 12:30.
      new Form(Pattern.compile(BEFORE + "(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<yy>\\d{2})(?!\\d)" + DATE_TIME_SEPARATOR
          + "(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?(?:\\s*(?<ap>[aApP])\\.?[mM]\\.?)?" + AFTER, FLAGS),
          Form.DIGIT_SLASH | Form.DIGIT_COLON),
      // "2024年3月5日(火) 午後2時30分", "2024년 3월 5일 오후 2:30", "2024年3月5日 下午2点30分": the day of the week in
      // brackets, and the word for morning or afternoon before a twelve-hour time
      new Form(Pattern.compile("(?<y>\\d{4})\\s*[年년]\\s*(?<mo>\\d{1,2})\\s*[月월]\\s*(?<d>\\d{1,2})\\s*[日일]?"
          + "(?:\\s*[(（][^()（）]{1,4}[)）])?(?:\\s*(?:(?<half>" + String.join("|", HALF_DAYS) + ")\\s*)?"
          + "(?<h>\\d{1,2})\\s*[:時시点點]\\s*(?<mi>\\d{2}|\\d(?=\\s*[分분]))(?:\\s*[分분])?)?", FLAGS),
          Form.CJK | Form.YEAR),
      // Korea's portals: "2024.03.05. 오후 2:30" (Naver), "2024. 3. 5. 14:30" (Daum), "2024-03-05 오후 2:30": the
      // year first, the date ended by a full stop, and the word for morning or afternoon before a twelve-hour time
      new Form(Pattern.compile(BEFORE + "(?<y>\\d{4})(?<sep>[-.])\\s?(?<mo>\\d{1,2})\\k<sep>\\s?(?<d>\\d{1,2})\\.?"
          + "\\s*(?:(?<half>" + String.join("|", HALF_DAYS) + ")\\s*)?(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?"
          + AFTER, FLAGS), Form.YEAR | Form.DIGIT_COLON),
      // Hungarian, the year first: "2024. március 5.", "2024. márc. 5. 14:30", "2024. március 5-én" (on 5 March)
      new Form(Pattern.compile(BEFORE + "(?<y>\\d{4})\\.\\s*" + MONTH + "\\.?\\s+(?<d>\\d{1,2})\\.?(?:-?[áé]n|-i)?"
          + OPTIONAL_TIME + AFTER, FLAGS), Form.YEAR | Form.YEAR_DOT),
      // Latvian: "2024. gada 5. martā", the day before the month
      new Form(Pattern.compile(BEFORE + "(?<y>\\d{4})\\.\\s*gada\\s+(?<d>\\d{1,2})\\.\\s*" + MONTH + OPTIONAL_TIME
          + AFTER, FLAGS), Form.YEAR | Form.YEAR_DOT),
      // Lithuanian: "2024 m. kovo 5 d."
      new Form(Pattern.compile(BEFORE + "(?<y>\\d{4})\\s*m\\.\\s*" + MONTH + "\\s+(?<d>\\d{1,2})\\s*d\\.?"
          + OPTIONAL_TIME + AFTER, FLAGS), Form.YEAR | Form.YEAR_M),
      // Thai: "5 มี.ค. 2567 14:30 น." with the month abbreviated, its full stops within, the year of the Buddhist era
      // in full or in two digits ("5 มี.ค. 67"); "5 มีนาคม พ.ศ. 2567" with the era's name before the year
      new Form(Pattern.compile(BEFORE + "(?<d>\\d{1,2})\\s*(?<mon>[\\u0e01-\\u0e4e]{1,3}\\.[\\u0e01-\\u0e4e]{1,2}\\."
          + "|[\\u0e01-\\u0e4e]{5,12})\\s*(?:พ\\.\\s?ศ\\.\\s*)?(?:(?<y>\\d{4})|(?<by>\\d{2}))" + OPTIONAL_TIME
          + "(?:\\s*น\\.)?" + AFTER, FLAGS), Form.THAI),
      // Vietnamese: "ngày 5 tháng 3 năm 2024, 14:30", "5 tháng 3, 2024"
      new Form(Pattern.compile(BEFORE + "(?:ngày\\s+)?(?<d>\\d{1,2})\\s+tháng\\s+(?<mo>\\d{1,2})(?:\\s*,\\s*|\\s+)"
          + "(?:năm\\s+)?(?<y>\\d{4})" + OPTIONAL_TIME + AFTER, FLAGS), Form.SPACED_YEAR | Form.A_ACUTE));

  private final MonthNames months;
  private final NumericOrder order;
  /** Asked for the order of a numeric date that neither its numbers nor {@link #order} settle, if not null. */
  private final @Nullable SettledOrder settled;

  private DateTimes(MonthNames months, NumericOrder order) {
    this(months, order, null);
  }

  private DateTimes(MonthNames months, NumericOrder order, @Nullable SettledOrder settled) {
    this.months = months;
    this.order = order;
    this.settled = settled;
  }

  /**
   * The reader for English month names and the numeric forms.
   *
   * @return the shared instance
   */
  public static DateTimes english() {
    return ENGLISH;
  }

  /**
   * A time of day as a page prints it beside a date or a relative day: "13:52", "7:52 am".
   *
   * @param hour the hour as printed, 0 to 23, or 1 to 12 with {@code ampm}
   * @param minute the minute as printed
   * @param ampm "a" or "p" (either case) when the time is given on a 12-hour clock, else null
   * @return the time of day; empty if it does not exist ("25:00", "0:30 pm")
   */
  public static Optional<LocalTime> timeOfDay(int hour, int minute, @Nullable String ampm) {
    int h = hour;
    if (ampm != null) {
      h = hour < 1 || hour > 12 ? 99 : hour % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
    }
    return h > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(h, minute));
  }

  /**
   * The reader for the month names of every language that {@link MonthNames#ALL} knows, for pages of any
   * language.
   *
   * @return the shared instance
   */
  public static DateTimes anyLanguage() {
    return ANY;
  }

  /**
   * The reader for a page: {@link #anyLanguage()}, but for a page in Croatian (or Bosnian, which names the months
   * alike), or on a {@code .hr} host without a declared language, whose month names win where they clash with
   * another language's: "15. listopada 2024." is 15 October there, 15 November in Czech or Polish.
   *
   * @param language the page's declared language, if any
   * @param host the page's host, if known
   * @return the reader
   */
  public static DateTimes forPage(Optional<Locale> language, Optional<String> host) {
    boolean croatian = language.map(l -> l.getLanguage().equals("hr") || l.getLanguage().equals("bs"))
        .orElseGet(() -> host.filter(h -> h.toLowerCase(Locale.ROOT).endsWith(".hr")).isPresent());
    return croatian ? CROATIAN : ANY;
  }

  /**
   * A reader like this one that reads numeric dates such as {@code 05/06/2007} in the given order.
   *
   * @param numericOrder the convention of the page
   * @return the reader
   */
  public DateTimes withNumericOrder(NumericOrder numericOrder) {
    return numericOrder == order && settled == null ? this : new DateTimes(months, numericOrder);
  }

  /**
   * A reader like this one that asks {@code settle} for the order of a numeric date such as {@code 05/06/2007} that
   * neither its numbers nor the reader's convention settle. It is asked at most once, and only when such a date is
   * read: most pages print none, and the page's evidence ({@link NumericOrderEvidence}) reads all of its text.
   *
   * @param settle the order the page settles, {@link NumericOrder#UNKNOWN} if none
   * @return the reader
   */
  public DateTimes withOrderSettledBy(Supplier<NumericOrder> settle) {
    return new DateTimes(months, order, new SettledOrder(settle));
  }

  /** The answer of a page's evidence for the order of its numeric dates, worked out once, when first asked. */
  private static final class SettledOrder {
    private final Supplier<NumericOrder> settle;
    private volatile @Nullable NumericOrder answer;

    SettledOrder(Supplier<NumericOrder> settle) {
      this.settle = settle;
    }

    NumericOrder get() {
      NumericOrder a = answer;
      if (a == null) {
        a = settle.get(); // two threads may both work it out; they get the same answer
        answer = a;
      }
      return a;
    }
  }

  /**
   * The convention for numeric dates in a language: month first for US English, year first for Japanese, Chinese,
   * Korean, Hungarian and Lithuanian, day first for other languages and for English with another known region,
   * unknown otherwise.
   *
   * @param language the page's language, if declared
   * @return the order
   */
  public static NumericOrder numericOrder(Optional<Locale> language) {
    if (language.isEmpty()) {
      return NumericOrder.UNKNOWN;
    }
    Locale l = language.get();
    if (YEAR_FIRST_LANGUAGES.contains(l.getLanguage())) {
      return NumericOrder.YEAR_FIRST;
    }
    if (!l.getLanguage().equals("en")) {
      return NumericOrder.DAY_FIRST;
    }
    return switch (l.getCountry()) {
      case "US", "PH" -> NumericOrder.MONTH_FIRST;
      case "" -> NumericOrder.UNKNOWN;
      default -> NumericOrder.DAY_FIRST;
    };
  }

  /**
   * Reads a Unix timestamp, as pages write them in {@code data-timestamp} attributes and JSON: ten digits of
   * seconds or thirteen of milliseconds since 1970, a moment in UTC.
   *
   * @param text the text, apart from surrounding white space only digits
   * @return the time at offset UTC, or empty if the text is not a timestamp
   */
  public static Optional<PageTime> epoch(String text) {
    String t = text.strip();
    if (!EPOCH.matcher(t).matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(t);
    OffsetDateTime utc = (t.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n))
        .atOffset(ZoneOffset.UTC);
    return Optional.of(new PageTime(utc.toLocalDate(), Optional.of(utc.toLocalTime()), Optional.of(ZoneOffset.UTC)));
  }

  /**
   * Reads a text that is a date and nothing else, apart from surrounding white space.
   *
   * @param text the text, such as the content of a date element
   * @return the date and time, or empty if the text is not exactly one valid date
   */
  public Optional<PageTime> parse(String text) {
    if (!Texts.hasDigit(text)) {
      return Optional.empty(); // every form has a number, and most texts asked about have none
    }
    String t = normalise(text);
    PageTime iso = IsoTimestamp.read(t);
    if (iso != null) {
      return Optional.of(iso); // what machines write, read as the first form reads it, without its pattern
    }
    return parseByForms(t);
  }

  /**
   * Reads a normalised text that is a date and nothing else with the forms' patterns, package-private for the test
   * that {@link IsoTimestamp} reads what it reads alike.
   */
  Optional<PageTime> parseByForms(String t) {
    int features = features(t);
    for (Form form : FORMS) {
      if (!form.mayMatch(features)) {
        continue;
      }
      Matcher m = form.pattern().matcher(t);
      if (m.matches()) {
        Optional<PageTime> read = read(form, m);
        if (read.isPresent()) {
          return read;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the first day and time printed without a year ("18. September um 08:37"), for a text that holds no full
   * date: comment systems print the times of the current year so.
   *
   * @param text the text to search
   * @return the day and time, if the text holds one in a month name of the reader's languages
   */
  public Optional<YearlessTime> findWithoutYear(String text) {
    return Texts.hasDigit(text) ? YearlessTime.find(normalise(text), months) : Optional.empty();
  }

  /**
   * Finds the first valid date in a longer text, such as a byline.
   *
   * @param text the text to search
   * @return the earliest date in the text (the longest reading where two start at the same place), or empty
   */
  public Optional<PageTime> find(String text) {
    List<Found> all = findAll(text, 1);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).time());
  }

  /**
   * Finds the valid dates in a text, in text order; where two readings overlap, the one that starts first (or,
   * starting at the same place, the longer one) is kept.
   *
   * @param text the text to search
   * @param limit the most dates to return
   * @return the dates with where they stand in the normalised text
   */
  public List<Found> findAll(String text, int limit) {
    if (!Texts.hasDigit(text)) {
      return List.of(); // every form has a number, and most texts asked about have none
    }
    String t = normalise(text);
    int features = features(t);
    List<Found> candidates = new ArrayList<>();
    for (Form form : FORMS) {
      if (!form.mayMatch(features)) {
        continue;
      }
      Matcher m = form.pattern().matcher(t);
      boolean atOpenings = form.opening() != Form.Opening.ANY;
      if (atOpenings) {
        // the look-behind before the first digit must see the text before the place tried, as find lets it
        m.useTransparentBounds(true).useAnchoringBounds(false);
      }
      int from = 0;
      while (from < t.length() && (atOpenings ? findAtOpening(form, m, t, from) : m.find(from))) {
        // a version's number reads as a date, "Version 2.1.2023", and is none
        Optional<PageTime> read = read(form, m).filter(r -> !VersionNumbers.labelled(t, m.start()));
        if (read.isPresent()) {
          candidates.add(new Found(m.start(), m.end(), read.get()));
          if (limit == 1) {
            // The form's later dates start after this one, and only the earliest date of all is asked for: the
            // rest of the text need not be searched for this form (find, which most callers use).
            break;
          }
          from = m.end();
        } else {
          from = m.start() + 1;
        }
      }
    }
    candidates.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    List<Found> out = new ArrayList<>();
    for (Found c : candidates) {
      if (out.size() >= limit) {
        break;
      }
      if (out.isEmpty() || c.start() >= out.get(out.size() - 1).end()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * What {@code m.find(from)} tells for a form whose matches open in a way its {@link Form.Opening} tells, with the
   * match it finds: the pattern is tried only where a match may start. {@code find} tries every place of the text,
   * and there the look-behind {@link #BEFORE}, which most of them fail; a date starts at one of the text's few
   * digits, or a few letters before the white space and digit of "May 24". At each place, {@code lookingAt} over
   * the rest of the text, whose bounds the look-arounds see through, matches as {@code find} does there, and the
   * places are tried in the text's order, as {@code find} tries them. Package-private for the test that it finds
   * what {@code find} finds.
   */
  static boolean findAtOpening(Form form, Matcher m, String t, int from) {
    return form.opening() == Form.Opening.DIGIT ? findAtDigit(form, m, t, from) : findAtMonthDay(m, t, from);
  }

  /** Whether place {@code i} follows a time's offset with its colon, "5+01:00", as {@link #BEFORE} allows. */
  private static boolean afterOffset(String t, int i) {
    return i >= 7 && isDigit(t.charAt(i - 1)) && isDigit(t.charAt(i - 2)) && t.charAt(i - 3) == ':'
        && isDigit(t.charAt(i - 4)) && isDigit(t.charAt(i - 5)) && (t.charAt(i - 6) == '+' || t.charAt(i - 6) == '-')
        && isDigit(t.charAt(i - 7));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@link #findAtOpening} for a form that opens with a digit: after none where it opens with {@link #BEFORE}. */
  private static boolean findAtDigit(Form form, Matcher m, String t, int from) {
    boolean before = form.pattern().pattern().startsWith(BEFORE);
    for (int i = from, n = t.length(); i < n; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9' && !(before && i > 0 && isDigit(t.charAt(i - 1)) && !afterOffset(t, i))) {
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@link #findAtOpening} for the form that opens with {@link #BEFORE} and {@link #MONTH_DAY}: a match starts 2 to
   * {@link #MAX_MONTH_CHARS} characters before the first white space after it, a run of which a digit follows, and
   * after no letter of the Basic Multilingual Plane, where the look-behind fails.
   */
  private static boolean findAtMonthDay(Matcher m, String t, int from) {
    int n = t.length();
    int tried = from; // the first place not yet tried
    for (int q = from; q < n; q++) {
      if (!Texts.isRegexSpace(t.charAt(q))) {
        continue;
      }
      int r = q;
      while (r < n && Texts.isRegexSpace(t.charAt(r))) {
        r++;
      }
      if (r < n && t.charAt(r) >= '0' && t.charAt(r) <= '9') {
        for (int p = Math.max(tried, q - MAX_MONTH_CHARS); p <= q - 2; p++) {
          char before = p > 0 ? t.charAt(p - 1) : ' ';
          if (Character.isLetter(before) && !Character.isSurrogate(before)) {
            continue;
          }
          m.region(p, n);
          if (m.lookingAt()) {
            return true;
          }
        }
        tried = Math.max(tried, q - 1);
      }
      q = r - 1;
    }
    return false;
  }

  private Optional<PageTime> read(Form form, Matcher m) {
    try {
      String yy = group(form, m, "yy");
      String buddhistYy = group(form, m, "by");
      int year = buddhistYy != null ? BUDDHIST_CENTURY + Integer.parseInt(buddhistYy) - BUDDHIST_OFFSET
          : yy != null ? twoDigitYear(Integer.parseInt(yy)) : Integer.parseInt(m.group("y"));
      int month;
      int day;
      if (yy != null && group(form, m, "a") != null && order == NumericOrder.YEAR_FIRST) {
        // "11/03/14 10:00" on a Japanese page: year, month and day, the two-digit year first
        year = twoDigitYear(Integer.parseInt(m.group("a")));
        month = Integer.parseInt(m.group("b"));
        day = Integer.parseInt(yy);
      } else if (group(form, m, "a") != null) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        // "03/03/2019" is the 3rd of March in either order: nothing to know, nor to ask the page
        NumericOrder known = a == b ? NumericOrder.DAY_FIRST
            : order != NumericOrder.DAY_FIRST && order != NumericOrder.MONTH_FIRST && a <= 12 && b <= 12
            && settled != null ? settled.get() : order;
        boolean dayFirst = a > 12 || (b <= 12 && known == NumericOrder.DAY_FIRST);
        boolean monthFirst = b > 12 || (a <= 12 && known == NumericOrder.MONTH_FIRST);
        if (dayFirst == monthFirst) {
          return Optional.empty(); // both or neither: the order cannot be known
        }
        day = dayFirst ? a : b;
        month = dayFirst ? b : a;
      } else {
        month = group(form, m, "mo") != null ? Integer.parseInt(m.group("mo"))
            : months.month(m.group("mon")).orElse(0);
        String alt = group(form, m, "alt");
        if (alt != null && months.month(alt).orElse(-1) != month) {
          return Optional.empty(); // a month's other name names the same month
        }
        day = Integer.parseInt(m.group("d"));
        String last = group(form, m, "last");
        if (last != null && day >= Integer.parseInt(last)) {
          return Optional.empty(); // no range of days: a number before a date
        }
      }
      if (year >= BUDDHIST_FIRST && year <= BUDDHIST_LAST && (form.needs() & Form.ISO_YEAR) == 0
          && hasThai(m.group())) {
        year -= BUDDHIST_OFFSET; // a Thai date's year of the Buddhist era; machines write the common era's
      }
      LocalDate date = LocalDate.of(year, month, day);
      String named = group(form, m, "named");
      if (named != null) {
        return Optional.of(atNamedHour(form, m, date, named));
      }
      String hourOnly = group(form, m, "oh") != null ? m.group("oh") : group(form, m, "oh24");
      if (group(form, m, "h") == null && hourOnly == null) {
        return Optional.of(new PageTime(date, Optional.empty(), Optional.empty()));
      }
      int hour = Integer.parseInt(hourOnly != null ? hourOnly : m.group("h"));
      String ampm = hourOnly != null ? group(form, m, "oap") : group(form, m, "ap");
      String arabic = group(form, m, "arap");
      if (arabic != null) {
        // مساءً, evening, and صباحًا, morning, in full or by their first letters
        ampm = arabic.charAt(0) == 'م' ? "p" : "a";
      }
      String half = group(form, m, "half");
      if (half != null && hour <= 12) {
        hour = AFTERNOON.contains(half) ? hour % 12 + 12 : MORNING.contains(half) ? hour % 12 : hour;
      }
      if (ampm != null) {
        if (hour < 1 || hour > 12) {
          return Optional.empty();
        }
        hour = hour % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
      }
      String seconds = hourOnly != null ? null : group(form, m, "s");
      int minute = hourOnly != null ? 0 : Integer.parseInt(m.group("mi"));
      int second = seconds == null ? 0 : Integer.parseInt(seconds);
      // the end of the day, as ISO 8601 and German pages write midnight ("03.05.2024, 24:00 Uhr"): the next day's
      // start
      boolean endOfDay = hour == 24 && minute == 0 && second == 0;
      LocalTime time = LocalTime.of(endOfDay ? 0 : hour, minute, second);
      LocalDate on = endOfDay ? date.plusDays(1) : date;
      Optional<ZoneOffset> offset = PrintedZone.read(group(form, m, "off"), group(form, m, "abbr"), ampm != null)
          .flatMap(z -> z.at(on.atTime(time)));
      return Optional.of(new PageTime(on, Optional.of(time), offset));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // a date that does not exist is not read at all, never rolled over
    }
  }

  /**
   * A date at the hour a word names, "12 noon ET", "at midnight" ({@link NamedHours}), with the zone printed after
   * it; the date alone where the word is no time.
   */
  private static PageTime atNamedHour(Form form, Matcher m, LocalDate date, String word) {
    String before = m.group().substring(0, m.start("named") - m.start());
    Optional<LocalTime> time = NamedHours.named(word, m.group("twelve") != null, before);
    if (time.isEmpty()) {
      return new PageTime(date, Optional.empty(), Optional.empty());
    }
    // a named hour is one of the twelve-hour clock's, after which the US zones' generic names count: "12 noon ET"
    Optional<ZoneOffset> offset = PrintedZone.read(group(form, m, "off"), group(form, m, "abbr"), true)
        .flatMap(z -> z.at(date.atTime(time.get())));
    return new PageTime(date, time, offset);
  }

  /** "12" is 2012 and "95" is 1995: the web has no dates before 1990, and a window from 1970 covers it. */
  private static int twoDigitYear(int yy) {
    return yy >= 70 ? 1900 + yy : 2000 + yy;
  }

  /**
   * Named groups that a form does not have count as absent. Whether it has one is looked up rather than learnt
   * from the exception that {@link Matcher#group(String)} throws, which would cost a stack trace for each of the
   * groups a form lacks, each time a date is read.
   */
  private static @Nullable String group(Form form, Matcher m, String name) {
    return form.groups().contains(name) ? m.group(name) : null;
  }

  /**
   * The text with its runs of white space made one space, and the digits of other scripts made ASCII digits, one
   * for one, so that a date's positions stay: Arabic pages print "٥ مارس ٢٠٢٤", Persian ones "۵", Hindi ones "५",
   * Thai ones "๕", and Japanese ones the full-width "５".
   */
  private static String normalise(String text) {
    String t = Texts.collapse(text, SPACES).trim();
    char[] chars = null;
    for (int i = 0, n = t.length(); i < n; i++) {
      char c = t.charAt(i);
      if (c > '9' && Character.isDigit(c)) {
        if (chars == null) {
          chars = t.toCharArray();
        }
        chars[i] = (char) ('0' + Character.digit(c, 10));
      }
    }
    return chars == null ? t : new String(chars);
  }

  /** Whether a text holds a letter of the Thai script, whose dates count the years of the Buddhist era. */
  private static boolean hasThai(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0e00' && c <= '\u0e7f') {
        return true;
      }
    }
    return false;
  }

  /**
   * What the forms need of a text, as bits of {@link Form}: each form's pattern matches only a text that has all
   * the features the form needs. Most texts asked about hold a number and no date ("3 comments", "Page 2", "Lexus
   * LC 500 2020"), and one pass over them spares the regex searches of all or most of the eight forms, each of which
   * tries every position of the text.
   *
   * <p>Every feature is a run of characters that a form's pattern must match as they are: the digits that {@code \d}
   * matches (0 to 9, also with {@code CASE_INSENSITIVE | UNICODE_CASE}, under which no other character folds to a
   * digit), white space as {@code \s} means it, and punctuation and CJK characters that have no case.
   *
   * @param text the normalised text
   * @return the bits of the features it has
   */
  static int features(String text) {
    int features = 0;
    int run = 0; // the digits in a row before i
    boolean spaceBeforeRun = false; // whether \s stands right before those digits
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (run == 0) {
          spaceBeforeRun = i > 0 && Texts.isRegexSpace(text.charAt(i - 1));
        }
        if (++run == 4) {
          features |= spaceBeforeRun ? Form.YEAR | Form.SPACED_YEAR : Form.YEAR;
        }
        continue;
      }
      if (run > 0) {
        boolean digitAfter = i + 1 < n && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9';
        if (c == '.') {
          features |= Form.DIGIT_DOT;
        }
        if (c == ':' && digitAfter) {
          features |= Form.DIGIT_COLON;
        }
        if ((c == '/' || c == '-') && digitAfter) {
          features |= Form.DIGIT_SLASH;
        }
        if (run >= 4 && (c == '-' || c == '/' || c == '.') && digitAfter) {
          features |= Form.ISO_YEAR;
        }
        if (run >= 4 && c == '.') {
          features |= Form.YEAR_DOT;
        }
        if (run >= 4 && (isM(c) || Texts.isRegexSpace(c) && i + 1 < n && isM(text.charAt(i + 1)))) {
          features |= Form.YEAR_M;
        }
      }
      if (c == '-' || c == '–' || c == '—') {
        features |= Form.DASH;
      } else if (c == '年' || c == '년') {
        features |= Form.CJK;
      } else if (c >= '\u0e01' && c <= '\u0e4e') {
        features |= Form.THAI;
      } else if (c == 'á' || c == 'Á') {
        features |= Form.A_ACUTE;
      }
      run = 0;
    }
    return features;
  }

  /** Whether a character is the "m" of Lithuanian "metai", year, after a year: "2024 m.". */
  private static boolean isM(char c) {
    return c == 'm' || c == 'M';
  }


  /**
   * One printed form of a date, as a pattern with named groups y (or yy, or by: a two-digit year of the Buddhist
   * era), mo or mon (with alt, another name of the same month) (or a and b), d, and h, mi, s, ap, off; its
   * {@link Opening} tells where a match of it may start, for {@link DateTimes#findAtOpening} to try it only there.
   */
  record Form(Pattern pattern, Set<String> groups, int needs, Opening opening) {
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** A named group that opens with a digit that must be there, {@code (?<y>\d{4})}. */
    private static final Pattern DIGIT_GROUP_FIRST =
        Pattern.compile("\\(\\?<[a-zA-Z][a-zA-Z0-9]*>\\\\d(?![?*]|\\{0)");
    /** Four digits in a row: a four-digit year. */
    static final int YEAR = 1;
    /** White space and four digits, {@code \s+(?<y>\d{4})}: the year after a month's name. */
    static final int SPACED_YEAR = 1 << 1;
    /** Four digits, a hyphen, slash or full stop and a digit: the year and month of ISO 8601 and its relatives. */
    static final int ISO_YEAR = 1 << 2;
    /** A digit and a full stop: {@code 24.5.2007}, {@code 8.5.12}. */
    static final int DIGIT_DOT = 1 << 3;
    /** A digit, a slash or hyphen and a digit: {@code 24/05/2007}. */
    static final int DIGIT_SLASH = 1 << 4;
    /** A hyphen or dash: a range of days. */
    static final int DASH = 1 << 5;
    /** The character for "year" of Chinese, Japanese or Korean. */
    static final int CJK = 1 << 6;
    /** A digit, a colon and a digit: a time of day, {@code 11:02}, which the two-digit slashed form needs. */
    static final int DIGIT_COLON = 1 << 7;
    /** Four digits and a full stop: the year that opens a Hungarian date, {@code 2024. március 5.} */
    static final int YEAR_DOT = 1 << 8;
    /** Four digits and an "m", with a space between or not: the year of a Lithuanian date, {@code 2024 m.} */
    static final int YEAR_M = 1 << 9;
    /** A letter of the Thai script, as a Thai month's name or abbreviation begins with. */
    static final int THAI = 1 << 10;
    /** An "á" in either case, as Vietnamese "tháng", month, holds; no other character matches it ignoring case. */
    static final int A_ACUTE = 1 << 11;

    /**
     * A form.
     *
     * @param pattern the pattern
     * @param needs the {@link #features} that every text the pattern matches has
     */
    Form(Pattern pattern, int needs) {
      this(pattern, groupNames(pattern), needs, opening(pattern));
    }

    /**
     * How every match of a pattern opens: with a digit, when after {@link #BEFORE}, if it opens with that, it opens
     * with a group whose first element is a digit that must be there, as most forms do ({@code (?<d>\d{1,2})}), not
     * an optional part or alternatives; with a month's name and the day after it, as {@link #MONTH_DAY} writes it;
     * or in any other way.
     */
    private static Opening opening(Pattern pattern) {
      String p = pattern.pattern();
      String rest = p.startsWith(BEFORE) ? p.substring(BEFORE.length()) : p;
      rest = rest.startsWith(NOT_AN_OFFSET) ? rest.substring(NOT_AN_OFFSET.length()) : rest; // looks, takes nothing
      if (DIGIT_GROUP_FIRST.matcher(rest).lookingAt()) {
        return Opening.DIGIT;
      }
      return p.startsWith(BEFORE + MONTH_DAY) ? Opening.MONTH_DAY : Opening.ANY;
    }

    /** How every match of a form opens, which tells the places of a text where one may start. */
    enum Opening {
      /** With a digit: {@code 24 May 2007}, {@code 2007-05-24}. */
      DIGIT,
      /**
       * With a month's name and the day after it, {@link #MONTH_DAY}: {@code May 24, 2007}. The name is two to
       * thirteen letters, 27 characters at most, which surrogates may be, and an optional full stop; then white
       * space, and a digit.
       */
      MONTH_DAY,
      /** Otherwise. */
      ANY
    }

    /**
     * Whether the form can match the text at all, by a test far cheaper than its pattern: whether the text has the
     * features that every match of it holds.
     *
     * @param features the text's {@link #features}
     */
    boolean mayMatch(int features) {
      return (features & needs) == needs;
    }

    private static Set<String> groupNames(Pattern pattern) {
      Set<String> names = new HashSet<>();
      Matcher m = GROUP_NAME.matcher(pattern.pattern());
      while (m.find()) {
        names.add(m.group(1));
      }
      return Set.copyOf(names);
    }
  }

  /**
   * A date found in a text.
   *
   * @param start where it starts in the normalised text
   * @param end where it ends
   * @param time what it says
   */
  public record Found(int start, int end, PageTime time) {}
}
