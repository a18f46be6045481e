package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.html.internal.time.DateTimes;
import io.github.newsmodel.html.internal.time.PageTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels that name a date line's date its publication's, where the line gives an update's date too: "Updated May
 * 5, 2024, first published May 3, 2024", "Sat 4 May 2024 10.02 BST · First published on Fri 3 May 2024 09.15 BST",
 * "Aktualisiert am 5.5.2024, erstmals veröffentlicht am 3.5.2024", "Mis à jour le 04/05/2024 à 08:02, publié le
 * 03/05/2024 à 09:15".
 *
 * <p>A label of the first publication ({@link #FIRST}) says so whatever else the page says: the date it labels is
 * the publication's, and a later date is an update. A plain label of the publication ({@link #PLAIN}) counts only
 * on a line whose first date its update's label gives, after it. No date without a label counts: "Last updated 04
 * Jun 2020, originally created 17 Jun 2019" says when the text was written, not published, and "Stand 12.11.2021
 * (Unverändert gültig seit: 05.11.2021)", German for "valid unchanged since", is no publication at all.
 */
final class PublicationLabels {
  /**
   * The labels of a first publication: "first published", "originally published", "erstmals veröffentlicht",
   * "zuerst erschienen", "Erstveröffentlichung", "publié pour la première fois", "initialement publié", "publicado
   * originalmente", "pubblicato per la prima volta", "oorspronkelijk gepubliceerd", "pierwotnie opublikowano",
   * "julkaistu alun perin", "впервые опубликовано", "вперше опубліковано".
   */
  static final Pattern FIRST = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:first|originally) (?:published|posted)"
      + "|(?:erstmals|zuerst|ursprünglich) (?:veröffentlicht|erschienen)|erstveröffentlichung"
      + "|publié (?:pour la première fois|initialement)|initialement publié|première publication"
      + "|publicad[oa] (?:originalmente|por primera vez|pela primeira vez|inicialmente)|publicación original"
      + "|pubblicat[oa] (?:per la prima volta|originariamente|originalmente)|prima pubblicazione"
      + "|(?:oorspronkelijk|voor het eerst) gepubliceerd|(?:pierwotnie|po raz pierwszy) opublikowan[oy]"
      + "|pierwsza publikacja|julkaistu (?:alun perin|ensimmäisen kerran)|alun perin julkaistu"
      + "|(?:впервые|первоначально) опубликован[оа]?|вперше опубліковано)(?![\\p{L}])");
  /** A part of each of the {@link #FIRST} words that an ASCII text can hold, as {@link DateClues#mayHold} reads. */
  static final List<String> FIRST_STEMS = List.of("first", "original", "erstmals", "zuerst", "publica", "pubblica",
      "gepubliceerd", "opublikowan", "publikacja", "julkaistu");
  /**
   * The plain labels of a publication: "Published", "Posted", "Veröffentlicht", "Erschienen", "Publié", "Publicado",
   * "Pubblicato", "Gepubliceerd", "Opublikowano", "Publikacja", "Julkaistu", "Опубликовано", "Опубліковано".
   */
  static final Pattern PLAIN = Pattern.compile("(?iu)(?<![\\p{L}])(?:published|posted|veröffentlicht|erschienen"
      + "|publié|publicad[oa]|pubblicat[oa]|gepubliceerd|opublikowano|publikacja|julkaistu|опубликовано"
      + "|опубліковано)(?![\\p{L}])");
  /** A part of each of the {@link #PLAIN} words that an ASCII text can hold. */
  static final List<String> PLAIN_STEMS = List.of("published", "posted", "erschienen", "publica", "pubblicat",
      "gepubliceerd", "opublikowano", "publikacja", "julkaistu");
  /**
   * The most characters between a label and the date it labels: "on", "am", "le", the day of the week, "Fri",
   * "Mittwoch,", "mercredi".
   */
  private static final int MAX_GAP = 16;

  private PublicationLabels() {}

  /**
   * A date that a label names the publication's.
   *
   * @param time the date
   * @param first whether the label is a first publication's ({@link #FIRST})
   * @param labelStart where the label starts in the line
   */
  record Labelled(PageTime time, boolean first, int labelStart) {}

  /**
   * The date that a label of the first publication gives on a line, anywhere on it.
   *
   * @param line the line's text
   * @param reader the page's date reader
   * @return the date right after the label, if it has one
   */
  static Optional<Labelled> first(String line, DateTimes reader) {
    if (!DateClues.mayHold(line, FIRST_STEMS)) {
      return Optional.empty(); // nearly every line
    }
    Matcher m = FIRST.matcher(line);
    return m.find() ? after(line, m, reader, true) : Optional.empty();
  }

  /**
   * The date of the publication on a line whose first date is its update's: after a {@link #FIRST} label, or after a
   * {@link #PLAIN} one that follows the update's date.
   *
   * @param line the line's text
   * @param update where the update's label ends, before which a plain label labels no date of the line's
   * @param reader the page's date reader
   * @return the date right after the label, if it has one
   */
  static Optional<Labelled> afterUpdate(String line, int update, DateTimes reader) {
    Optional<Labelled> first = first(line, reader);
    if (first.isPresent() || !DateClues.mayHold(line, PLAIN_STEMS)) {
      return first;
    }
    Matcher m = PLAIN.matcher(line);
    return m.find(update) ? after(line, m, reader, false) : Optional.empty();
  }

  /** The date that starts right after a label's match, within {@link #MAX_GAP} characters. */
  private static Optional<Labelled> after(String line, Matcher label, DateTimes reader, boolean first) {
    String rest = line.substring(label.end());
    List<DateTimes.Found> found = reader.findAll(rest, 1);
    return found.isEmpty() || found.get(0).start() > MAX_GAP ? Optional.empty()
        : Optional.of(new Labelled(found.get(0).time(), first, label.start()));
  }
}
