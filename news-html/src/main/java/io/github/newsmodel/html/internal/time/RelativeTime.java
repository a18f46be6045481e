package io.github.newsmodel.html.internal.time;

import io.github.newsmodel.html.internal.dom.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A time that a page gives relative to when it was seen: "3 hours ago", "vor 2 Tagen", "il y a une heure",
 * "hace 5 minutos", "2 tuntia sitten", "3 години тому", "5 минут назад", and as comment systems print it in other
 * languages, "2 ore fa", "há 2 horas", "2 uur geleden", "2 godziny temu", "för 2 timmar sedan", "2 saat önce",
 * "2時間前", "2시간 전", "2小时前", "před 2 hodinami", "pre 2 sata", "преди 2 часа", "acum 2 ore", "fa 2 hores",
 * "prieš 2 val.", "2 tundi tagasi", "2 órája", "2 giờ trước", "2 jam yang lalu", "sejam yang lalu",
 * "πριν από 2 ώρες",
 * "منذ 3 ساعات", "منذ ساعتين" (the dual: two hours), "לפני 2 שעות", "לפני שעתיים", "2 घंटे पहले",
 * "2 ชั่วโมงที่แล้ว"; and the named days "yesterday", "gestern",
 * "hier", "ayer", "eilen", "вчора", "вчера", "ieri", "ontem", "gisteren", "wczoraj", "igår", "dün", "včera",
 * "tegnap", "juče", "vakar", "ahir", "昨天", "昨日", "어제", "เมื่อวาน", "hôm qua", "kemarin", "χθες", "אתמול", "أمس"
 * (and "today", "the day before yesterday" in most),
 * optionally with a time of day ("gestern, 13:52 Uhr"), as a count of days or weeks may be ("2 days ago at
 * 07:52 am", "vor 3 Tagen um 13:52"). An amount may hold a finer one ("1 hour 51 minutes ago",
 * "vor 1 Stunde 51 Minuten"), read in the finer unit; "her" after the amount is German for "ago", as the comment
 * system wpDiscuz prints it ("12 Stunden 33 Minuten her").
 *
 * <p>Such a text only means something against the moment the page was captured, so it is resolved against
 * {@code Source.capturedAt}, never against the clock of whoever parses the page later. Seconds, minutes and hours
 * give an instant; days and weeks give a date only, counted in the page's zone, unless a time of day is printed
 * with them. Months and years are too coarse
 * to name a day and are not read.
 *
 * <p>A zone printed after that time of day ({@link PrintedZone}), "Today 9:15 a.m. ET", "gestern, 13:52 Uhr MESZ",
 * gives it its offset, as it does after a full date, and the days are counted in that zone.
 *
 * @param amount how many units back
 * @param unit seconds, minutes, hours, days or weeks
 * @param at the time of day printed with a named day or a count of days or weeks, if any
 * @param printedZone the zone printed after that time of day, if any
 */
public record RelativeTime(long amount, ChronoUnit unit, Optional<LocalTime> at,
    Optional<PrintedZone> printedZone) {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String N = "(?<n>\\d{1,3}|an?|one|einer|einem|eine|une?|una?|un['’]|um|uma|een|ett|en|bir"
      + "|yksi|o|μία|μια|ένα|ενα|một|एक|satu)";
  /** After the amount: white space, or none after Italian's "un'" ("un'ora fa"). */
  private static final String N_END = "(?:(?<=['’])\\s*|\\s+)";
  /** A unit's word, its marks too: Hindi's "घंटे" holds two vowel signs. */
  private static final String UNIT = "(?<u>[\\p{L}\\p{M}]{2,12})\\.?";
  /** A finer amount after the first: the 51 minutes of "1 hour 51 minutes ago", "vor 1 Stunde 51 Minuten". */
  private static final String FINER = "(?:,?\\s+(?:and\\s+|und\\s+)?(?<n2>\\d{1,3})\\s+(?<u2>[\\p{L}]{2,12})\\.?)?";
  /**
   * A time of day after a day, "at 07:52 am", "um 13:52", "klo 10.15": the day is relative, the time is not,
   * so "2 days ago at 07:52 am" names a minute. It must not run on into more digits ("10.150"). Its seconds
   * stand before the "am" or "pm" that decides the hour: SMF's "Today at 04:27:40 PM". A zone may follow it,
   * "Today 9:15 a.m. ET".
   */
  private static final String CLOCK = "(?:\\s*,?\\s*(?:at|um|à|a las|klo|kello|в|о|@)?\\s*(?<h>\\d{1,2})[:.h]"
      + "(?<mi>\\d{2})(?::(?<se>\\d{2}))?(?!\\d)(?:\\s*(?<ap>[ap])\\.?m\\.?)?"
      + PrintedZone.AFTER_TIME + ")?";
  private static final List<Pattern> AGO = List.of(
      // "her" is German for "ago" after the amount, as wpDiscuz prints it: "1 Stunde 51 Minuten her"
      // and the words for "ago" after the amount in Italian, Portuguese, Dutch, the Scandinavian languages, Turkish,
      // Vietnamese, Indonesian, Greek and Hindi: "2 ore fa", "2 horas atrás", "2 uur geleden", "för 2 timmar sedan",
      // "for 2 timer siden", "2 saat önce", "2 giờ trước", "2 jam yang lalu", "2 ώρες πριν", "2 घंटे पहले"
      Pattern.compile("(?<![\\p{L}\\p{N}])" + N + N_END + UNIT + FINER
          + "\\s+(?:ago|her|fa|atrás|geleden|sedan|siden|önce|tagasi|ezelőtt|trước|(?:yang\\s+)?lalu|πριν|पहले)"
          + "(?![\\p{L}\\p{M}])" + CLOCK, FLAGS),
      Pattern.compile("(?<![\\p{L}])vor\\s+" + N + "\\s+" + UNIT + FINER + "(?![\\p{L}])" + CLOCK, FLAGS),
      // "ago" before the amount in French, Spanish, Portuguese, Czech, Slovak, Slovenian, Serbian, Bulgarian,
      // Romanian, Catalan, Lithuanian, Greek, Arabic and Hebrew: "il y a 3 heures", "hace 5 minutos", "há 2 horas",
      // "před 2 hodinami", "pred 3 dňami", "pre 2 sata", "преди 2 часа", "acum 2 ore", "fa 2 hores", "prieš 2 val.",
      // "πριν από 2 ώρες", "منذ 3 ساعات", "לפני 2 שעות" (Bulgarian "години" are years, where Ukrainian's are hours)
      Pattern.compile("(?<![\\p{L}])(?:il\\s+y\\s+a|hace|há|před|pred|pre|пре|преди|acum|fa|prieš"
          + "|πριν(?:\\s+απ[όο])?|منذ|לפני)\\s+" + N
          + "\\s+(?!годин)" + UNIT + "(?![\\p{L}])" + CLOCK, FLAGS),
      // the amount left out for one, as Czech and Slovak say an hour ago, "před hodinou", "pred týždňom": the unit
      // in the singular (its ending -ou, -om, -em), where "před hodinami", hours ago, names no amount
      Pattern.compile("(?<![\\p{L}])(?:před|pred)\\s+(?<u>[\\p{L}]{1,10}(?:ou|om|em))(?![\\p{L}])" + CLOCK, FLAGS),
      // the amount left out for one and for two, as Arabic and Hebrew say "an hour ago" and "two hours ago": the unit
      // in the singular, "منذ ساعة", "לפני שעה", or in the dual, "منذ ساعتين", "לפני שעתיים" ({@link #DUALS}); not
      // followed by a word, which makes it "since" or "before" a named day, "منذ يوم الجمعة", "לפני יום הבחירות"
      Pattern.compile("(?<![\\p{L}])(?:منذ|לפני)\\s+(?<u>[\\p{L}\\p{M}]{2,10})(?!\\s*[\\p{L}\\p{M}])" + CLOCK,
          FLAGS),
      // Indonesian, whose "se-" before the unit says one: "sejam yang lalu", "sehari yang lalu", an hour, a day ago
      Pattern.compile("(?<![\\p{L}])se(?<u>jam|hari|minggu|menit|detik)\\s+(?:yang\\s+)?lalu(?![\\p{L}])" + CLOCK,
          FLAGS),
      // Hungarian, whose unit says "ago" in its ending: "2 órája", "3 napja", "5 perce", "2 hete"
      Pattern.compile("(?<![\\p{L}\\p{N}])(?<n>\\d{1,3})\\s+(?<u>másodperce|perce|órája|napja|hete)(?![\\p{L}])"
          + CLOCK, FLAGS),
      // the amount left out for one: Polish "godzinę temu", an hour ago
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<n>\\d{1,3})\\s+)?" + UNIT
          + "\\s+(?:sitten|тому|назад|temu)(?![\\p{L}])" + CLOCK, FLAGS),
      // Japanese, Korean and Chinese, with digits: "2時間前", "3日前", "2시간 전", "3일 전", "2小时前", "5分钟前";
      // not the day of a date, "3月5日前" or "3월 5일 전", before 5 March
      Pattern.compile("(?<![\\p{N}月年월년]\\s?)(?<n>\\d{1,3})\\s*(?<u>秒|초|分钟|分鐘|分|분|時間|小时|小時|시간|日|天|일|週間|周|週|주)"
          + "\\s*(?:前|전)" + CLOCK, FLAGS),
      // Thai, which writes no space between words: "2 ชั่วโมงที่แล้ว", "5 นาทีที่แล้ว", "เมื่อ 3 วันที่แล้ว",
      // "2 ชม. ที่แล้ว" (hours abbreviated)
      Pattern.compile("(?<![\\p{N}])(?<n>\\d{1,3})\\s*(?<u>วินาที|นาที|ชั่วโมง|ชม\\.|วัน|สัปดาห์|อาทิตย์)"
          + "\\s*(?:ที่แล้ว|ก่อน)" + CLOCK, FLAGS));
  private static final Pattern NAMED_DAY = Pattern.compile("(?<![\\p{L}-])(?<day>yesterday|today|gestern|vorgestern"
      + "|heute|avant-hier|hier|aujourd['’]hui|anteayer|ayer|hoy|toissapäivänä|eilen|tänään|позавчора|вчора"
      + "|сьогодні|позавчера|вчера|сегодня|l['’]altro\\s*ieri|ieri|oggi|anteontem|ontem|hoje|eergisteren|gisteren"
      + "|vandaag|przedwczoraj|wczoraj|dzisiaj|dziś|i\\s*förrgår|i\\s*forgårs|i\\s*går|i\\s*dag|bugün|dün"
      + "|předevčírem|predvčerom|včera|včeraj|dnes|danes|tegnapelőtt|tegnap|alaltăieri|astăzi|azi|завчера|днес"
      + "|прекјуче|јуче|данас|prekjuče|juče|jučer|danas|užvakar|vakar|šiandien|abans-d['’]ahir|ahir|avui"
      // Chinese, Japanese, Korean, Thai, Vietnamese, Indonesian, Greek, Hebrew and Arabic (not Arabic's nor Hebrew's
      // "today", which are also "the day" in names such as "اليوم السابع")
      + "|前天|一昨日|昨天|昨日|今天|今日|그저께|그제|어제|오늘|เมื่อวานซืน|เมื่อวาน|วันนี้|hôm\\s*kia|hôm\\s*qua"
      + "|hôm\\s*nay|kemarin\\s*lusa|kemarin|hari\\s*ini|προχθές|προχθες|χθες|χθές|χτες|σήμερα|שלשום|אתמול"
      + "|أول\\s*أمس|أمس|امس)(?![\\p{L}\\p{M}-])"
      + CLOCK, FLAGS);
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  /**
   * Units in the dual, which counts two of them without a number: Arabic "ساعتين" (in the genitive that "منذ"
   * takes, and "ساعتان" as some write it), Hebrew "שעתיים". Hebrew's seconds and minutes have none in use.
   */
  private static final Set<String> DUALS = Set.of("ثانيتين", "ثانيتان", "دقيقتين", "دقيقتان", "ساعتين", "ساعتان",
      "يومين", "يومان", "أسبوعين", "اسبوعين", "أسبوعان", "שעתיים", "יומיים", "שבועיים");
  private static final Map<String, Long> DAYS_BACK = Map.ofEntries(
      Map.entry("yesterday", 1L), Map.entry("today", 0L), Map.entry("gestern", 1L), Map.entry("vorgestern", 2L),
      Map.entry("heute", 0L), Map.entry("hier", 1L), Map.entry("avant-hier", 2L), Map.entry("aujourd'hui", 0L),
      Map.entry("aujourd’hui", 0L), Map.entry("ayer", 1L), Map.entry("anteayer", 2L), Map.entry("hoy", 0L),
      Map.entry("eilen", 1L), Map.entry("toissapäivänä", 2L), Map.entry("tänään", 0L), Map.entry("вчора", 1L),
      Map.entry("позавчора", 2L), Map.entry("сьогодні", 0L), Map.entry("вчера", 1L), Map.entry("позавчера", 2L),
      Map.entry("сегодня", 0L), Map.entry("l'altroieri", 2L), Map.entry("l’altroieri", 2L), Map.entry("ieri", 1L),
      Map.entry("oggi", 0L), Map.entry("anteontem", 2L), Map.entry("ontem", 1L), Map.entry("hoje", 0L),
      Map.entry("eergisteren", 2L), Map.entry("gisteren", 1L), Map.entry("vandaag", 0L),
      Map.entry("przedwczoraj", 2L), Map.entry("wczoraj", 1L), Map.entry("dzisiaj", 0L), Map.entry("dziś", 0L),
      Map.entry("iförrgår", 2L), Map.entry("iforgårs", 2L), Map.entry("igår", 1L), Map.entry("idag", 0L),
      Map.entry("bugün", 0L), Map.entry("dün", 1L), Map.entry("předevčírem", 2L), Map.entry("predvčerom", 2L),
      Map.entry("včera", 1L), Map.entry("včeraj", 1L), Map.entry("dnes", 0L), Map.entry("danes", 0L),
      Map.entry("tegnapelőtt", 2L), Map.entry("tegnap", 1L), Map.entry("alaltăieri", 2L), Map.entry("astăzi", 0L),
      Map.entry("azi", 0L), Map.entry("завчера", 2L), Map.entry("днес", 0L), Map.entry("прекјуче", 2L),
      Map.entry("јуче", 1L), Map.entry("данас", 0L), Map.entry("prekjuče", 2L), Map.entry("juče", 1L),
      Map.entry("jučer", 1L), Map.entry("danas", 0L), Map.entry("užvakar", 2L), Map.entry("vakar", 1L),
      Map.entry("šiandien", 0L), Map.entry("abans-d'ahir", 2L), Map.entry("abans-d’ahir", 2L), Map.entry("ahir", 1L),
      Map.entry("avui", 0L), Map.entry("前天", 2L), Map.entry("一昨日", 2L), Map.entry("昨天", 1L),
      Map.entry("昨日", 1L), Map.entry("今天", 0L), Map.entry("今日", 0L), Map.entry("그저께", 2L), Map.entry("그제", 2L),
      Map.entry("어제", 1L), Map.entry("오늘", 0L), Map.entry("เมื่อวานซืน", 2L), Map.entry("เมื่อวาน", 1L),
      Map.entry("วันนี้", 0L), Map.entry("hômkia", 2L), Map.entry("hômqua", 1L), Map.entry("hômnay", 0L),
      Map.entry("kemarinlusa", 2L), Map.entry("kemarin", 1L), Map.entry("hariini", 0L), Map.entry("προχθές", 2L),
      Map.entry("προχθες", 2L), Map.entry("χθες", 1L), Map.entry("χθές", 1L), Map.entry("χτες", 1L),
      Map.entry("σήμερα", 0L), Map.entry("שלשום", 2L), Map.entry("אתמול", 1L), Map.entry("أولأمس", 2L),
      Map.entry("أمس", 1L), Map.entry("امس", 1L));
  /**
   * For each of {@link #AGO}, ASCII words one of which every match holds, ignoring ASCII case: the word for "ago"
   * or "before". An ASCII text matches a pattern's letters only as written or in the other ASCII case: the
   * characters that {@code UNICODE_CASE} folds to an ASCII letter (KELVIN SIGN, DOTLESS I, LONG S) are not ASCII,
   * and the Cyrillic words match no ASCII text at all. So an ASCII text without the words need not be searched;
   * a text with another character is, whatever it holds.
   */
  private static final List<List<String>> AGO_WORDS = List.of(List.of("ago", "her", "fa", "geleden", "sedan", "siden",
      "tagasi", "lalu"), List.of("vor"), List.of("il", "hace", "pre", "acum", "fa"), List.of("pred"),
      List.of(), List.of("lalu"), List.of("perce", "napja", "hete"),
      List.of("sitten", "temu"), List.of(), List.of());
  /** As {@link #AGO_WORDS}, for {@link #NAMED_DAY}: a part of each of its ASCII words. */
  private static final List<String> NAMED_DAY_WORDS = List.of("day", "gestern", "heute", "hier", "hui", "ayer",
      "ieri", "oggi", "ontem", "hoje", "gisteren", "vandaag", "wczoraj", "dzisiaj", "dag", "dnes", "danes", "tegnap",
      "azi", "danas", "vakar", "ahir", "avui",
      "hoy", "eilen", "kemarin", "hari");
  /** Unit words by their beginning, in every language read here. */
  /** Units of time too coarse to read, as the starts of their words: months and years. */
  private static final List<String> COARSE = List.of("month", "monat", "mois", "kuukau", "місяц", "месяц",
      "year", "jahr", "année", "año", "vuo", "рок", "рік", "год", "mesi", "anni", "anno", "mês", "maand", "jaar",
      "miesi", "rok", "månad", "måned", "yıl", "měsíc", "mesiac", "mesec", "месец", "hónap", "lun", "kuu", "aasta",
      "mėnes", "mesos", "anys", "godin", "bulan", "tahun", "tháng", "năm", "μήν", "μην", "χρόν", "χρον", "έτ", "ετ",
      "شهر", "أشهر", "اشهر", "سن", "חודש", "שנ", "महीन", "साल", "वर्ष");
  /**
   * Short words of months and years, read whole: Spanish "mes(es)", French "an(s)", Russian "лет", Portuguese
   * "ano(s)", Polish "lat", Swedish "år", Turkish "ay".
   */
  private static final Set<String> COARSE_WORDS = Set.of("mes", "meses", "an", "ans", "лет", "ano", "anos", "lat",
      "år", "ay", "ani", "let", "lety", "roky", "rokmi", "metus", "metų", "éve");
  private static final List<Map.Entry<String, ChronoUnit>> UNITS = List.of(
      Map.entry("sec", ChronoUnit.SECONDS), Map.entry("sek", ChronoUnit.SECONDS), Map.entry("seg", ChronoUnit.SECONDS),
      Map.entry("секунд", ChronoUnit.SECONDS), Map.entry("saniye", ChronoUnit.SECONDS),
      Map.entry("másodperc", ChronoUnit.SECONDS), Map.entry("秒", ChronoUnit.SECONDS),
      Map.entry("초", ChronoUnit.SECONDS),
      // Indonesian "minggu", a week, before "min"
      Map.entry("minggu", ChronoUnit.WEEKS), Map.entry("detik", ChronoUnit.SECONDS),
      Map.entry("giây", ChronoUnit.SECONDS), Map.entry("δευτερ", ChronoUnit.SECONDS), Map.entry("ثان", ChronoUnit.SECONDS),
      Map.entry("ثوان", ChronoUnit.SECONDS), Map.entry("שניו", ChronoUnit.SECONDS), Map.entry("שניי", ChronoUnit.SECONDS), Map.entry("सेकंड", ChronoUnit.SECONDS),
      Map.entry("วินาที", ChronoUnit.SECONDS),
      Map.entry("min", ChronoUnit.MINUTES), Map.entry("menit", ChronoUnit.MINUTES), Map.entry("phút", ChronoUnit.MINUTES),
      Map.entry("λεπτ", ChronoUnit.MINUTES), Map.entry("دقي", ChronoUnit.MINUTES), Map.entry("دقائق", ChronoUnit.MINUTES),
      Map.entry("דק", ChronoUnit.MINUTES), Map.entry("मिनट", ChronoUnit.MINUTES), Map.entry("นาที", ChronoUnit.MINUTES), Map.entry("хвилин", ChronoUnit.MINUTES),
      Map.entry("минут", ChronoUnit.MINUTES), Map.entry("dakika", ChronoUnit.MINUTES),
      Map.entry("perc", ChronoUnit.MINUTES), Map.entry("分", ChronoUnit.MINUTES), Map.entry("분", ChronoUnit.MINUTES),
      // Italian "ora", "ore"; Dutch "uur"; Polish "godzin(a|y|ę)"; Swedish "timme", "timmar", Norwegian and Danish
      // "timer" (not "tim", which English "times" starts with); Turkish "saat"; Czech and Slovak "hod(in)";
      // Serbian "sat(a|i)"; Slovenian "ura", "uro"; Catalan "hores"; Lithuanian "val(andas)"; Estonian "tund(i)";
      // Hungarian "órá(ja)"; Romanian "oră"
      Map.entry("hour", ChronoUnit.HOURS), Map.entry("hr", ChronoUnit.HOURS), Map.entry("std", ChronoUnit.HOURS),
      Map.entry("stund", ChronoUnit.HOURS), Map.entry("heure", ChronoUnit.HOURS), Map.entry("hora", ChronoUnit.HOURS),
      Map.entry("tunti", ChronoUnit.HOURS), Map.entry("годин", ChronoUnit.HOURS), Map.entry("час", ChronoUnit.HOURS),
      Map.entry("ora", ChronoUnit.HOURS), Map.entry("ore", ChronoUnit.HOURS), Map.entry("uur", ChronoUnit.HOURS),
      Map.entry("godzin", ChronoUnit.HOURS), Map.entry("timm", ChronoUnit.HOURS), Map.entry("timer", ChronoUnit.HOURS),
      Map.entry("saat", ChronoUnit.HOURS), Map.entry("hod", ChronoUnit.HOURS), Map.entry("sat", ChronoUnit.HOURS),
      Map.entry("сат", ChronoUnit.HOURS), Map.entry("ura", ChronoUnit.HOURS), Map.entry("uro", ChronoUnit.HOURS),
      Map.entry("hores", ChronoUnit.HOURS), Map.entry("val", ChronoUnit.HOURS), Map.entry("tund", ChronoUnit.HOURS),
      Map.entry("órá", ChronoUnit.HOURS), Map.entry("oră", ChronoUnit.HOURS), Map.entry("時間", ChronoUnit.HOURS),
      Map.entry("小时", ChronoUnit.HOURS), Map.entry("小時", ChronoUnit.HOURS), Map.entry("시간", ChronoUnit.HOURS),
      // Indonesian "jam"; Vietnamese "giờ"; Greek "ώρα", "ώρες"; Arabic "ساعة", "ساعات"; Hebrew "שעה", "שעות";
      // Hindi "घंटा", "घंटे"; Thai "ชั่วโมง", "ชม."
      Map.entry("jam", ChronoUnit.HOURS), Map.entry("giờ", ChronoUnit.HOURS),
      Map.entry("ώρ", ChronoUnit.HOURS), Map.entry("ωρ", ChronoUnit.HOURS), Map.entry("ساع", ChronoUnit.HOURS),
      Map.entry("שע", ChronoUnit.HOURS), Map.entry("घंट", ChronoUnit.HOURS), Map.entry("ชั่วโมง", ChronoUnit.HOURS),
      Map.entry("ชม", ChronoUnit.HOURS),
      Map.entry("day", ChronoUnit.DAYS), Map.entry("tag", ChronoUnit.DAYS), Map.entry("jour", ChronoUnit.DAYS),
      Map.entry("día", ChronoUnit.DAYS), Map.entry("dia", ChronoUnit.DAYS), Map.entry("päivä", ChronoUnit.DAYS),
      Map.entry("дн", ChronoUnit.DAYS), Map.entry("день", ChronoUnit.DAYS), Map.entry("giorn", ChronoUnit.DAYS),
      Map.entry("dag", ChronoUnit.DAYS), Map.entry("dni", ChronoUnit.DAYS), Map.entry("dzie", ChronoUnit.DAYS),
      Map.entry("gün", ChronoUnit.DAYS), Map.entry("dn", ChronoUnit.DAYS), Map.entry("dň", ChronoUnit.DAYS),
      Map.entry("dnev", ChronoUnit.DAYS), Map.entry("dan", ChronoUnit.DAYS), Map.entry("дан", ChronoUnit.DAYS),
      Map.entry("zi", ChronoUnit.DAYS), Map.entry("dies", ChronoUnit.DAYS), Map.entry("dien", ChronoUnit.DAYS),
      Map.entry("päev", ChronoUnit.DAYS), Map.entry("nap", ChronoUnit.DAYS), Map.entry("日", ChronoUnit.DAYS),
      Map.entry("天", ChronoUnit.DAYS), Map.entry("일", ChronoUnit.DAYS), Map.entry("hari", ChronoUnit.DAYS),
      Map.entry("ngày", ChronoUnit.DAYS), Map.entry("μέρ", ChronoUnit.DAYS), Map.entry("ημέρ", ChronoUnit.DAYS),
      Map.entry("μερ", ChronoUnit.DAYS), Map.entry("ημερ", ChronoUnit.DAYS), Map.entry("يوم", ChronoUnit.DAYS),
      Map.entry("أيام", ChronoUnit.DAYS), Map.entry("ايام", ChronoUnit.DAYS), Map.entry("יום", ChronoUnit.DAYS),
      Map.entry("ימים", ChronoUnit.DAYS),
      Map.entry("יומיים", ChronoUnit.DAYS), Map.entry("दिन", ChronoUnit.DAYS), Map.entry("วัน", ChronoUnit.DAYS),
      Map.entry("week", ChronoUnit.WEEKS), Map.entry("woche", ChronoUnit.WEEKS), Map.entry("semain", ChronoUnit.WEEKS),
      Map.entry("semana", ChronoUnit.WEEKS), Map.entry("viikko", ChronoUnit.WEEKS), Map.entry("тиж", ChronoUnit.WEEKS),
      Map.entry("недел", ChronoUnit.WEEKS), Map.entry("settiman", ChronoUnit.WEEKS),
      Map.entry("weken", ChronoUnit.WEEKS), Map.entry("tydzie", ChronoUnit.WEEKS),
      Map.entry("tygodn", ChronoUnit.WEEKS), Map.entry("veck", ChronoUnit.WEEKS), Map.entry("uke", ChronoUnit.WEEKS),
      Map.entry("uge", ChronoUnit.WEEKS), Map.entry("hafta", ChronoUnit.WEEKS), Map.entry("týd", ChronoUnit.WEEKS),
      Map.entry("týž", ChronoUnit.WEEKS), Map.entry("tedn", ChronoUnit.WEEKS), Map.entry("nedelj", ChronoUnit.WEEKS),
      Map.entry("недељ", ChronoUnit.WEEKS), Map.entry("седмиц", ChronoUnit.WEEKS), Map.entry("nädal", ChronoUnit.WEEKS),
      Map.entry("savait", ChronoUnit.WEEKS), Map.entry("săpt", ChronoUnit.WEEKS), Map.entry("setman", ChronoUnit.WEEKS),
      Map.entry("het", ChronoUnit.WEEKS), Map.entry("週", ChronoUnit.WEEKS), Map.entry("周", ChronoUnit.WEEKS),
      Map.entry("주", ChronoUnit.WEEKS), Map.entry("tuần", ChronoUnit.WEEKS), Map.entry("εβδομ", ChronoUnit.WEEKS),
      Map.entry("أسبوع", ChronoUnit.WEEKS), Map.entry("اسبوع", ChronoUnit.WEEKS), Map.entry("أسابيع", ChronoUnit.WEEKS),
      Map.entry("שבוע", ChronoUnit.WEEKS), Map.entry("हफ", ChronoUnit.WEEKS), Map.entry("ह\u095e", ChronoUnit.WEEKS), Map.entry("सप्ताह", ChronoUnit.WEEKS),
      Map.entry("สัปดาห์", ChronoUnit.WEEKS), Map.entry("อาทิตย์", ChronoUnit.WEEKS));

  /**
   * A relative time without a zone of its own, read in the page's.
   *
   * @param amount how many units back
   * @param unit seconds, minutes, hours, days or weeks
   * @param at the time of day printed with a named day or a count of days or weeks, if any
   */
  public RelativeTime(long amount, ChronoUnit unit, Optional<LocalTime> at) {
    this(amount, unit, at, Optional.empty());
  }

  /**
   * Finds the first relative time in a short text, such as the content of a date element.
   *
   * @param text the text
   * @return the relative time, if the text holds one in a language read here
   */
  public static Optional<RelativeTime> find(String text) {
    // The text in lower case if it is ASCII, else null: searched for the patterns' words, which it must hold.
    String ascii = Texts.isAscii(text) ? text.toLowerCase(Locale.ROOT) : null;
    for (int k = 0; k < AGO.size(); k++) {
      if (ascii != null && !Texts.containsAny(ascii, AGO_WORDS.get(k))) {
        continue; // the pattern's word is not in the text: most texts asked about, names and bylines, hold none
      }
      Matcher m = AGO.get(k).matcher(text);
      for (int from = 0; from < text.length() && m.find(from); from = next(m)) {
        Optional<ChronoUnit> unit = unit(m.group("u"));
        if (unit.isPresent()) {
          String finer = group(m, "u2");
          if (finer == null) {
            long amount = DUALS.contains(m.group("u")) ? 2 : amount(group(m, "n"));
            return dayTime(m, amount, unit.get());
          }
          Optional<RelativeTime> both = unit(finer).filter(f -> f.getDuration().compareTo(unit.get().getDuration()) < 0)
              .map(f -> new RelativeTime(amount(group(m, "n")) * (unit.get().getDuration().toSeconds()
                  / f.getDuration().toSeconds()) + amount(group(m, "n2")), f, Optional.empty()));
          if (both.isPresent()) {
            return both;
          }
        }
      }
    }
    if (ascii != null && !Texts.containsAny(ascii, NAMED_DAY_WORDS)) {
      return Optional.empty();
    }
    Matcher day = NAMED_DAY.matcher(text);
    if (day.find()) {
      // "i går" and "igår", "l'altro ieri" and "l'altroieri" are one word
      Long back = DAYS_BACK.get(WHITE_SPACE.matcher(day.group("day").toLowerCase(Locale.ROOT)).replaceAll(""));
      return clock(day, back == null ? 0 : back, ChronoUnit.DAYS);
    }
    return Optional.empty();
  }

  /**
   * The time with the time of day printed after a count of days or weeks. After hours or minutes the count is
   * already an instant, and a time of day beside it is not read.
   *
   * @return empty if the printed time does not exist ("at 25:00"), else the time
   */
  private static Optional<RelativeTime> dayTime(Matcher m, long amount, ChronoUnit unit) {
    return unit.isTimeBased() ? Optional.of(new RelativeTime(amount, unit, Optional.empty()))
        : clock(m, amount, unit);
  }

  /**
   * The time with the time of day and zone that {@link #CLOCK} matched, if it matched them.
   *
   * @return empty if the printed time or offset does not exist ("at 25:00", "GMT+25"); else the time
   */
  private static Optional<RelativeTime> clock(Matcher m, long amount, ChronoUnit unit) {
    if (m.group("h") == null) {
      return Optional.of(new RelativeTime(amount, unit, Optional.empty()));
    }
    int seconds = m.group("se") == null ? 0 : Integer.parseInt(m.group("se"));
    Optional<LocalTime> at = DateTimes.timeOfDay(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("mi")),
        m.group("ap")).filter(t -> seconds <= 59).map(t -> t.withSecond(seconds));
    try {
      Optional<PrintedZone> zone = PrintedZone.read(m.group("off"), m.group("abbr"), m.group("ap") != null);
      return at.map(t -> new RelativeTime(amount, unit, Optional.of(t), zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Counts back from the capture. An instant is given at the zone's offset; a day, as 00:00 of that day in the
   * zone, marked date-only. Either way the zone is recorded as assumed, since the page did not print the offset.
   * A time of day printed with its zone ("Today 9:15 a.m. ET") is at that zone's offset on the day counted back
   * in that zone, which the page stated and nobody assumed.
   *
   * @param capturedAt when the page was captured
   * @param zone the page's zone, which decides where "yesterday" began
   * @return the time, or empty if it does not exist in the zone
   */
  public Optional<ResolvedTime> resolve(OffsetDateTime capturedAt, ZoneId zone) {
    if (unit.isTimeBased()) {
      OffsetDateTime t = capturedAt.atZoneSameInstant(zone).minus(amount, unit).toOffsetDateTime();
      return Optional.of(new ResolvedTime(t, Optional.of(zone)));
    }
    // "today" where the time was printed: at 03:00 UTC it is still yesterday in Pacific time
    LocalDate day = PrintedZone.dayOf(printedZone, capturedAt, zone).minus(amount, unit);
    if (at.isPresent()) {
      LocalDateTime local = LocalDateTime.of(day, at.get());
      return new PageTime(day, at, printedZone.flatMap(z -> z.at(local))).in(zone);
    }
    return new PageTime(day, Optional.empty(), Optional.empty()).resolve(zone);
  }

  /** The text of a named group, or null if the pattern has no such group or it did not take part. */
  private static @Nullable String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }


  private static long amount(@Nullable String n) {
    if (n == null) {
      return 1;
    }
    return Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
  }

  /**
   * Where the search goes on after a match that gave no time. A count of something other than time before the
   * time ("5 points 3 hours ago") matches first, as if it were the time's larger part: the search goes on from
   * just after its start, where the time itself matches. After a count of time ("1 Monat 2 Wochen her", months
   * being too coarse to read), the rest is part of that count and is not read apart.
   */
  private static int next(Matcher m) {
    String word = m.group("u");
    return unit(word).isEmpty() && !isCoarse(word) ? m.start() + 1 : m.end();
  }

  private static boolean isCoarse(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return COARSE.stream().anyMatch(w::startsWith) || COARSE_WORDS.contains(w);
  }

  private static Optional<ChronoUnit> unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("time")) {
      // Norwegian and Danish "time", an hour, the singular of "timer"; as a whole word only, not English "times"
      return Optional.of(ChronoUnit.HOURS);
    }
    for (Map.Entry<String, ChronoUnit> e : UNITS) {
      if (w.startsWith(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
