package io.github.newsmodel.html.internal.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Month names and their abbreviations, in one or more languages, matched without regard to case.
 *
 * <p>A language is added as one more table and merged with {@link #plus(MonthNames)}; a name that means different
 * months in two languages is a programming error and rejected when merging.
 */
public final class MonthNames {
  /** English names, three-letter abbreviations and "Sept". */
  public static final MonthNames ENGLISH = of(
      List.of("january", "jan"), List.of("february", "feb"), List.of("march", "mar"), List.of("april", "apr"),
      List.of("may"), List.of("june", "jun"), List.of("july", "jul"), List.of("august", "aug"),
      List.of("september", "sep", "sept"), List.of("october", "oct"), List.of("november", "nov"),
      List.of("december", "dec"));

  /** German names and abbreviations, with the Austrian "Jänner" and "März" written without the umlaut. */
  public static final MonthNames GERMAN = of(
      List.of("januar", "jänner", "jan", "jän"), List.of("februar", "feber", "feb", "febr"),
      List.of("märz", "maerz", "mär", "mrz"), List.of("april", "apr"), List.of("mai"), List.of("juni", "jun"),
      List.of("juli", "jul"), List.of("august", "aug"), List.of("september", "sep", "sept"),
      List.of("oktober", "okt"), List.of("november", "nov"), List.of("dezember", "dez"));

  /** French names and abbreviations, also as written without accents. */
  public static final MonthNames FRENCH = of(
      List.of("janvier", "janv"), List.of("février", "fevrier", "févr", "fevr", "fév", "fev"), List.of("mars"),
      List.of("avril", "avr"), List.of("mai"), List.of("juin"), List.of("juillet", "juil"),
      List.of("août", "aout"), List.of("septembre", "sept"), List.of("octobre", "oct"), List.of("novembre", "nov"),
      List.of("décembre", "decembre", "déc", "dec"));

  /** Spanish names and abbreviations, with "setiembre" as in parts of Latin America. */
  public static final MonthNames SPANISH = of(
      List.of("enero", "ene"), List.of("febrero", "feb"), List.of("marzo", "mar"), List.of("abril", "abr"),
      List.of("mayo", "may"), List.of("junio", "jun"), List.of("julio", "jul"), List.of("agosto", "ago"),
      List.of("septiembre", "setiembre", "sep", "sept", "set"), List.of("octubre", "oct"),
      List.of("noviembre", "nov"), List.of("diciembre", "dic"));

  /** Finnish names in the nominative ("toukokuu") and the partitive that dates use ("toukokuuta"). */
  public static final MonthNames FINNISH = of(
      List.of("tammikuu", "tammikuuta", "tammik"), List.of("helmikuu", "helmikuuta", "helmik"),
      List.of("maaliskuu", "maaliskuuta", "maalisk"), List.of("huhtikuu", "huhtikuuta", "huhtik"),
      List.of("toukokuu", "toukokuuta", "toukok"), List.of("kesäkuu", "kesäkuuta", "kesäk"),
      List.of("heinäkuu", "heinäkuuta", "heinäk"), List.of("elokuu", "elokuuta", "elok"),
      List.of("syyskuu", "syyskuuta", "syysk"), List.of("lokakuu", "lokakuuta", "lokak"),
      List.of("marraskuu", "marraskuuta", "marrask"), List.of("joulukuu", "joulukuuta", "jouluk"));

  /** Ukrainian names in the nominative ("травень") and the genitive that dates use ("травня"), and abbreviations. */
  public static final MonthNames UKRAINIAN = of(
      List.of("січень", "січня", "січ"), List.of("лютий", "лютого", "лют"), List.of("березень", "березня", "бер"),
      List.of("квітень", "квітня", "квіт"), List.of("травень", "травня", "трав"),
      List.of("червень", "червня", "черв"), List.of("липень", "липня", "лип"), List.of("серпень", "серпня", "серп"),
      List.of("вересень", "вересня", "вер"), List.of("жовтень", "жовтня", "жовт"),
      List.of("листопад", "листопада", "лист"), List.of("грудень", "грудня", "груд"));

  /** Russian names in the nominative ("май") and the genitive that dates use ("мая"), and abbreviations. */
  public static final MonthNames RUSSIAN = of(
      List.of("январь", "января", "янв"), List.of("февраль", "февраля", "фев", "февр"),
      List.of("март", "марта", "мар"), List.of("апрель", "апреля", "апр"), List.of("май", "мая"),
      List.of("июнь", "июня", "июн"), List.of("июль", "июля", "июл"), List.of("август", "августа", "авг"),
      List.of("сентябрь", "сентября", "сен", "сент"), List.of("октябрь", "октября", "окт"),
      List.of("ноябрь", "ноября", "ноя", "нояб"), List.of("декабрь", "декабря", "дек"));

  /** Italian names and abbreviations. */
  public static final MonthNames ITALIAN = of(
      List.of("gennaio", "gen"), List.of("febbraio", "feb"), List.of("marzo", "mar"), List.of("aprile", "apr"),
      List.of("maggio", "mag"), List.of("giugno", "giu"), List.of("luglio", "lug"), List.of("agosto", "ago"),
      List.of("settembre", "set", "sett"), List.of("ottobre", "ott"), List.of("novembre", "nov"),
      List.of("dicembre", "dic"));

  /** Portuguese names and abbreviations. */
  public static final MonthNames PORTUGUESE = of(
      List.of("janeiro", "jan"), List.of("fevereiro", "fev"), List.of("março", "marco", "mar"),
      List.of("abril", "abr"), List.of("maio", "mai"), List.of("junho", "jun"), List.of("julho", "jul"),
      List.of("agosto", "ago"), List.of("setembro", "set"), List.of("outubro", "out"), List.of("novembro", "nov"),
      List.of("dezembro", "dez"));

  /** Dutch names and abbreviations. */
  public static final MonthNames DUTCH = of(
      List.of("januari", "jan"), List.of("februari", "feb"), List.of("maart", "mrt"), List.of("april", "apr"),
      List.of("mei"), List.of("juni", "jun"), List.of("juli", "jul"), List.of("augustus", "aug"),
      List.of("september", "sep", "sept"), List.of("oktober", "okt"), List.of("november", "nov"),
      List.of("december", "dec"));

  /** Polish names in the genitive that dates use ("maja") and the nominative. */
  public static final MonthNames POLISH = of(
      List.of("stycznia", "styczeń"), List.of("lutego", "luty"), List.of("marca", "marzec"),
      List.of("kwietnia", "kwiecień"), List.of("maja", "maj"), List.of("czerwca", "czerwiec"),
      List.of("lipca", "lipiec"), List.of("sierpnia", "sierpień"), List.of("września", "wrzesień"),
      List.of("października", "październik"), List.of("listopada", "listopad"), List.of("grudnia", "grudzień"));

  /** Swedish, Danish and Norwegian names, which differ little. */
  public static final MonthNames SCANDINAVIAN = of(
      List.of("januari", "januar"), List.of("februari", "februar"), List.of("mars", "marts"),
      List.of("april"), List.of("maj", "mai"), List.of("juni"), List.of("juli"), List.of("augusti", "august"),
      List.of("september"), List.of("oktober"), List.of("november"), List.of("december", "desember"));

  /**
   * Greek names in the genitive that dates use ("5 Μαρτίου") and the nominative, each with and without its accent
   * (capitals drop it: "ΜΑΡΤΙΟΥ"), and abbreviations.
   */
  public static final MonthNames GREEK = of(
      List.of("ιανουαρίου", "ιανουαριου", "ιανουάριος", "ιανουαριος", "ιαν"),
      List.of("φεβρουαρίου", "φεβρουαριου", "φεβρουάριος", "φεβρουαριος", "φεβ", "φεβρ"),
      List.of("μαρτίου", "μαρτιου", "μάρτιος", "μαρτιος", "μαρ"),
      List.of("απριλίου", "απριλιου", "απρίλιος", "απριλιος", "απρ"),
      List.of("μαΐου", "μαίου", "μαιου", "μάιος", "μαιος", "μαΐ", "μαϊ", "μαι"),
      List.of("ιουνίου", "ιουνιου", "ιούνιος", "ιουνιος", "ιουν"),
      List.of("ιουλίου", "ιουλιου", "ιούλιος", "ιουλιος", "ιουλ"),
      List.of("αυγούστου", "αυγουστου", "αύγουστος", "αυγουστος", "αυγ"),
      List.of("σεπτεμβρίου", "σεπτεμβριου", "σεπτέμβριος", "σεπτεμβριος", "σεπ", "σεπτ"),
      List.of("οκτωβρίου", "οκτωβριου", "οκτώβριος", "οκτωβριος", "οκτ"),
      List.of("νοεμβρίου", "νοεμβριου", "νοέμβριος", "νοεμβριος", "νοε", "νοεμ"),
      List.of("δεκεμβρίου", "δεκεμβριου", "δεκέμβριος", "δεκεμβριος", "δεκ"));

  /**
   * Turkish names and abbreviations, also as a text lower-cased without Turkish rules writes the capitals' dotless
   * i ("MAYIS" as "mayis") or a page writes them without their marks ("Subat", "Agustos").
   */
  public static final MonthNames TURKISH = of(
      List.of("ocak", "oca"), List.of("şubat", "subat", "şub"), List.of("mart", "mar"),
      List.of("nisan", "nis"), List.of("mayıs", "mayis", "may"), List.of("haziran", "haz"),
      List.of("temmuz", "tem"), List.of("ağustos", "agustos", "ağu", "agu"), List.of("eylül", "eylul", "eyl"),
      List.of("ekim", "eki"), List.of("kasım", "kasim", "kas"), List.of("aralık", "aralik", "ara"));

  /** Indonesian and Malay names and abbreviations. */
  public static final MonthNames INDONESIAN = of(
      List.of("januari", "jan"), List.of("februari", "feb"), List.of("maret", "mac", "mar"),
      List.of("april", "apr"), List.of("mei"), List.of("juni", "jun"), List.of("juli", "jul"),
      List.of("agustus", "ogos", "agu", "agt"), List.of("september", "sep"), List.of("oktober", "okt"),
      List.of("november", "nov"), List.of("desember", "disember"));

  /**
   * Hindi names, which Marathi and Nepali pages write alike, in both spellings of the nasal ("सितंबर",
   * "सितम्बर") and with and without the nukta of "फ़रवरी", composed or not.
   */
  public static final MonthNames HINDI = of(
      List.of("जनवरी"), List.of("फ\u093cरवरी", "\u095eरवरी", "फरवरी"), List.of("मार्च"),
      List.of("अप्रैल", "अप्रेल", "एप्रिल"), List.of("मई", "मे"), List.of("जून"), List.of("जुलाई", "जुलै"),
      List.of("अगस्त", "ऑगस्ट"), List.of("सितंबर", "सितम्बर", "सप्टेंबर"), List.of("अक्टूबर", "अक्तूबर", "ऑक्टोबर"),
      List.of("नवंबर", "नवम्बर", "नोव्हेंबर"), List.of("दिसंबर", "दिसम्बर", "डिसेंबर"));

  /**
   * Arabic names: those of Egypt and the Gulf ("مارس"), in their spellings with and without hamza, those of the
   * Maghreb ("جانفي", "أوت"), and the Levant's one-word names ("آذار"). The Levant's two-word names ("كانون
   * الثاني") are not read: a month is one word here.
   */
  public static final MonthNames ARABIC = of(
      List.of("يناير", "جانفي"), List.of("فبراير", "فيفري", "شباط"), List.of("مارس", "آذار", "اذار"),
      List.of("أبريل", "ابريل", "إبريل", "أفريل", "افريل", "نيسان"), List.of("مايو", "ماي", "أيار", "ايار"),
      List.of("يونيو", "يونيه", "جوان", "حزيران"), List.of("يوليو", "يوليه", "جويلية", "تموز"),
      List.of("أغسطس", "اغسطس", "أوت", "اوت", "آب"), List.of("سبتمبر", "أيلول", "ايلول"),
      List.of("أكتوبر", "اكتوبر"), List.of("نوفمبر"), List.of("ديسمبر"));

  /** Hebrew names, also with the prefix that dates write them with ("5 במרץ 2024": "in March"). */
  public static final MonthNames HEBREW = of(
      List.of("ינואר", "בינואר"), List.of("פברואר", "בפברואר"), List.of("מרץ", "מרס", "במרץ", "במרס"),
      List.of("אפריל", "באפריל"), List.of("מאי", "במאי"), List.of("יוני", "ביוני"), List.of("יולי", "ביולי"),
      List.of("אוגוסט", "באוגוסט"), List.of("ספטמבר", "בספטמבר"), List.of("אוקטובר", "באוקטובר"),
      List.of("נובמבר", "בנובמבר"), List.of("דצמבר", "בדצמבר"));

  /**
   * Thai names. Thai pages count years in the Buddhist era, 543 ahead ("5 มีนาคม 2567" is 5 March 2024), which
   * {@link DateTimes} reads.
   */
  public static final MonthNames THAI = of(
      List.of("มกราคม"), List.of("กุมภาพันธ์"), List.of("มีนาคม"), List.of("เมษายน"), List.of("พฤษภาคม"),
      List.of("มิถุนายน"), List.of("กรกฎาคม"), List.of("สิงหาคม"), List.of("กันยายน"), List.of("ตุลาคม"),
      List.of("พฤศจิกายน"), List.of("ธันวาคม"));

  /** Every language above, for pages whose language is not known or not declared. */
  public static final MonthNames ALL = ENGLISH.plus(GERMAN).plus(FRENCH).plus(SPANISH).plus(FINNISH)
      .plus(UKRAINIAN).plus(RUSSIAN).plus(ITALIAN).plus(PORTUGUESE).plus(DUTCH).plus(POLISH).plus(SCANDINAVIAN)
      .plus(GREEK).plus(TURKISH).plus(INDONESIAN).plus(HINDI).plus(ARABIC).plus(HEBREW).plus(THAI);

  private final Map<String, Integer> months;

  private MonthNames(Map<String, Integer> months) {
    this.months = Map.copyOf(months);
  }

  /**
   * Makes a table from the names of each month, January first.
   *
   * @param names twelve lists, each with every name and abbreviation of one month
   * @return the table
   */
  @SafeVarargs
  public static MonthNames of(List<String>... names) {
    if (names.length != 12) {
      throw new IllegalArgumentException("need the names of 12 months, got " + names.length);
    }
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      for (String name : names[i]) {
        months.put(name.toLowerCase(Locale.ROOT), i + 1);
      }
    }
    return new MonthNames(months);
  }

  /**
   * Merges two tables.
   *
   * @param other the names to add
   * @return a table with the names of both
   */
  public MonthNames plus(MonthNames other) {
    Map<String, Integer> merged = new HashMap<>(months);
    other.months.forEach((name, month) -> {
      Integer earlier = merged.putIfAbsent(name, month);
      if (earlier != null && !earlier.equals(month)) {
        throw new IllegalArgumentException("'" + name + "' is month " + earlier + " and month " + month);
      }
    });
    return new MonthNames(merged);
  }

  /**
   * The month a name stands for.
   *
   * @param name a month name or abbreviation, in any case, without a trailing dot
   * @return the month number from 1 to 12, if the name is known
   */
  public Optional<Integer> month(String name) {
    return Optional.ofNullable(months.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * A regular-expression alternation of every name, longest first so that "June" is tried before "Jun".
   *
   * @return the alternation, without a surrounding group
   */
  String alternation() {
    return months.keySet().stream()
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .map(java.util.regex.Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
