package io.github.newsmodel.html.internal.time;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The days of the week, which date lines print before their dates: "Tuesday, November 19, 2019". */
public final class Weekdays {
  /**
   * The days' names, lower case, from Monday on, in the languages that write numeric dates with slashes or dashes in
   * either order ({@link NumericOrderEvidence}): the week's names of {@link #NAMES} and of {@link #DAYS} both.
   */
  private static final List<String> WEEKS = List.of("monday tuesday wednesday thursday friday saturday sunday",
      "montag dienstag mittwoch donnerstag freitag samstag sonntag",
      "lundi mardi mercredi jeudi vendredi samedi dimanche",
      "lunes martes miércoles jueves viernes sábado domingo",
      "lunedì martedì mercoledì giovedì venerdì sabato domenica",
      "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
      "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag");
  /** The days' names, lower case, in the languages whose month names the date reader knows ({@link MonthNames}). */
  private static final List<String> NAMES = Stream.concat(
      WEEKS.stream().flatMap(week -> Arrays.stream(week.split(" "))).distinct(), Stream.of("maanantai", "tiistai",
      "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai", "понедельник", "вторник", "среда", "четверг",
      "пятница", "суббота", "воскресенье", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця",
      "субота", "неділя", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "mandag",
      "måndag", "tirsdag", "tisdag", "onsdag", "torsdag", "fredag", "lørdag", "lördag", "søndag", "söndag",
      "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή", "pazartesi", "salı", "çarşamba",
      "perşembe", "cumartesi", "cuma", "pazar", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
      "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "الاثنين", "الإثنين", "الثلاثاء",
      "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد", "יום ראשון", "יום שני", "יום שלישי",
      "יום רביעי", "יום חמישי", "יום שישי", "שבת", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार",
      "शुक्रवार", "शनिवार", "रविवार",
      // Thai writes "on Tuesday the" before the day's number: "วันอังคารที่ 5 มีนาคม 2567"
      "วันจันทร์ที่", "วันอังคารที่", "วันพุธที่", "วันพฤหัสบดีที่", "วันศุกร์ที่", "วันเสาร์ที่", "วันอาทิตย์ที่", "วันจันทร์",
      "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์")).toList();
  /**
   * A day's name that opens a text, with a full stop or a comma after it: "Tuesday, ", "mardi ", "sexta-feira, ";
   * or English's abbreviation of it before the day's number, as the Guardian's date lines print it ("Fri 3 May 2024
   * 09.15 BST"). Only before a digit: "Sun Valley", and "Mar" of other languages, which is March in English, stay.
   */
  private static final Pattern LEADING = Pattern.compile("(?iu)^(?:(?:" + String.join("|", NAMES) + ")\\.?[,،]?\\s+"
      + "|(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)\\.?,?\\s+(?=\\d))");

  /**
   * The days' names of {@link #WEEKS} and their abbreviations, lower case, each of the seven from Monday on: one word
   * names the same day in every language it is in ("mar" is Tuesday in French, Spanish and Italian).
   */
  private static final Map<String, DayOfWeek> DAYS = days(Stream.concat(WEEKS.stream(), Stream.of(
      "mon tue wed thu fri sat sun", "mon tues weds thur fri sat sun", "mon tues wed thurs fri sat sun",
      "mo di mi do fr sa so", "lun mar mer jeu ven sam dim", "lun mar mié jue vie sáb dom",
      "lun mar mer gio ven sab dom",
      "seg ter qua qui sex sáb dom", "ma di wo do vr za zo")).toList());
  /**
   * A day's name or its abbreviation that ends a text, before a date: "Fri, ", "Tuesday ", "mar. ". A name of two
   * letters ("Fr", "do") counts only with a full stop or a comma after it, where it is no word of the sentence.
   */
  private static final Pattern TRAILING = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(\\p{L}{3,}(?:-feira)?\\.?,?"
      + "|\\p{L}{2}(?:\\.,?|,))\\s*$");

  private Weekdays() {}

  private static Map<String, DayOfWeek> days(List<String> weeks) {
    Map<String, DayOfWeek> days = new HashMap<>();
    for (String week : weeks) {
      String[] names = week.split(" ");
      for (int i = 0; i < names.length; i++) {
        DayOfWeek day = DayOfWeek.of(i + 1);
        DayOfWeek before = days.put(names[i], day);
        if (before != null && before != day) {
          throw new IllegalStateException(names[i] + " names two days");
        }
      }
    }
    return Map.copyOf(days);
  }

  /**
   * The day of the week whose name or abbreviation a text prints right before a position, as "Fri, 05/03/2024"
   * does before its date.
   *
   * @param text the text
   * @param end where the date starts
   * @return the day; empty if no day's name ends there
   */
  public static Optional<DayOfWeek> before(CharSequence text, int end) {
    CharSequence window = text.subSequence(Math.max(0, end - 24), end);
    Matcher m = TRAILING.matcher(window);
    if (!m.find()) {
      return Optional.empty();
    }
    String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
    return Optional.ofNullable(DAYS.get(word));
  }

  /**
   * The days' names, lower case, in every language this class knows; some are two words ("thứ ba", "יום שלישי").
   *
   * @return the names
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * A text without the day of the week that opens it.
   *
   * @param text a date line, such as "Tuesday, November 19, 2019"
   * @return the text after the day's name, or the text as it is if it opens with none
   */
  public static String withoutLeading(String text) {
    return LEADING.matcher(text).replaceFirst("");
  }
}
