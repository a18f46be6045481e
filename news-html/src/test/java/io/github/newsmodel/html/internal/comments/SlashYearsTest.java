package io.github.newsmodel.html.internal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SlashYearsTest {
  @Test
  void theStoryIdInAnAddressGivesItsDay() {
    assertThat(SlashYears.sid("http://slashdot.org/article.pl?sid=03/03/04/1234217"))
        .hasValue(LocalDate.of(2003, 3, 4));
    assertThat(SlashYears.sid("http://slashdot.org/comments.pl?sid=99/12/31/0912201&cid=12"))
        .as("Slash began in 1997").hasValue(LocalDate.of(1999, 12, 31));
    assertThat(SlashYears.sid("http://slashdot.org/article.pl?sid=03%2F03%2F04%2F1234217"))
        .hasValue(LocalDate.of(2003, 3, 4));
    assertThat(SlashYears.sid("http://slashdot.org/articles/03/03/04/1234217.shtml")).as("an archived story's copy")
        .hasValue(LocalDate.of(2003, 3, 4));
    assertThat(SlashYears.sid("http://slashdot.org/comments.pl?sid=56789&cid=5432101")).as("a discussion's number")
        .isEmpty();
    assertThat(SlashYears.sid("http://example.org/?sid=03/13/04/1")).as("no 13th month").isEmpty();
  }

  @Test
  void aDayBeforeTheStoryIsOfTheNextYearUnlessTheWeekdaySaysOtherwise() {
    LocalDate story = LocalDate.of(2002, 12, 31);
    assertThat(SlashYears.year(story, Month.JANUARY, 1, null)).isEqualTo(2003);
    assertThat(SlashYears.year(story, Month.DECEMBER, 31, "Tuesday")).isEqualTo(2002);
    assertThat(SlashYears.year(LocalDate.of(2003, 3, 4), Month.MARCH, 3, null))
        .as("a day before, within the zones' slack").isEqualTo(2003);
    assertThat(SlashYears.year(LocalDate.of(2003, 3, 4), Month.FEBRUARY, 20, "Friday"))
        .as("February 20 was a Thursday in 2003 and a Friday in 2004").isEqualTo(2004);
    assertThat(SlashYears.year(LocalDate.of(2003, 3, 4), Month.FEBRUARY, 20, "Thursday"))
        .as("the weekday of the story's year wins over the order").isEqualTo(2003);
  }

  /** The zones' slack reaches back across New Year: December 31 on a story of January 1 is the day before. */
  @Test
  void aDayJustBeforeAStoryOfTheNewYearIsOfTheYearBefore() {
    LocalDate story = LocalDate.of(2004, 1, 1);
    assertThat(SlashYears.year(story, Month.DECEMBER, 31, null)).isEqualTo(2003);
    assertThat(SlashYears.year(story, Month.DECEMBER, 31, "Wednesday")).isEqualTo(2003);
    assertThat(SlashYears.year(story, Month.DECEMBER, 28, null)).as("beyond the slack").isEqualTo(2004);
    assertThat(SlashYears.year(story, Month.JANUARY, 1, null)).isEqualTo(2004);
  }

  @Test
  void theYearIsPutIntoTheFirstDateWithoutOne() {
    Document page = Jsoup.parse("<p>x</p>", "http://slashdot.org/article.pl?sid=03/03/04/1234217");
    SlashYears years = new SlashYears();

    assertThat(years.withYear("Tuesday March 04, @10:52AM (#5)", page.body()))
        .isEqualTo("Tuesday March 4, 2003 @10:52AM (#5)");
    assertThat(years.withYear("Monday August 02, 2010 @08:12PM", page.body())).as("a year already")
        .isEqualTo("Monday August 02, 2010 @08:12PM");
  }

  @Test
  void withoutAnIdInTheAddressALinkToTheStoryGivesIt() {
    Document page = Jsoup.parse("<a href='//slashdot.org/print.pl?sid=03/03/04/1234217'>Print</a>",
        "http://slashdot.org/comments.pl?sid=56789&cid=5432101");

    assertThat(new SlashYears().withYear("Wednesday March 05, @12:30AM", page.body()))
        .isEqualTo("Wednesday March 5, 2003 @12:30AM");
    assertThat(new SlashYears().withYear("Wednesday March 05, @12:30AM", Jsoup.parse("<p>x</p>").body()))
        .as("no story's day: no year").isEqualTo("Wednesday March 05, @12:30AM");
  }
}
