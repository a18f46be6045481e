package io.github.newsmodel.html.internal.time;

import java.util.List;
import java.util.regex.Pattern;

/** The days of the week, which date lines print before their dates: "Tuesday, November 19, 2019". */
public final class Weekdays {
  /** The days' names, lower case, in the languages whose month names the date reader knows ({@link MonthNames}). */
  private static final List<String> NAMES = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
      "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves",
      "viernes", "sábado", "domingo", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
      "sunnuntai", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "понеділок",
      "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя", "lunedì", "martedì", "mercoledì",
      "giovedì", "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
      "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "poniedziałek",
      "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "mandag", "måndag", "tirsdag", "tisdag",
      "onsdag", "torsdag", "fredag", "lørdag", "lördag", "søndag", "söndag");
  /** A day's name that opens a text, with a full stop or a comma after it: "Tuesday, ", "mardi ", "sexta-feira, ". */
  private static final Pattern LEADING = Pattern.compile("(?iu)^(?:" + String.join("|", NAMES) + ")\\.?,?\\s+");

  private Weekdays() {}

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
