package io.github.newsmodel.html.internal.sites.afterdawn;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditKind;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.ItemList;
import io.github.newsmodel.core.Paragraph;
import io.github.newsmodel.core.Quote;
import io.github.newsmodel.html.Pages;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The articles the AfterDawn fixtures must give, written out by hand from the pages as a reader sees them. Public
 * so that other tests, such as news-json's golden files, can reuse them.
 */
public final class AfterDawnExpected {
  /** AfterDawn's documented zone. */
  public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private AfterDawnExpected() {}

  static OffsetDateTime at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset);
  }

  /** An edit as AfterDawn's notice reports it: the whole notice is the note, its local time the edit's time. */
  static EditRecord edited(String at, String printed) {
    return EditRecord.builder()
        .editedAt(at(at))
        .assumedZone(HELSINKI)
        .note("This message has been edited since its posting. Latest edit was made on " + printed)
        .kind(EditKind.UPDATE)
        .build();
  }

  /** A registered AfterDawn user, whose name links to the profile page. */
  static Author member(String name) {
    return Author.builder().name(name).url(URI.create("http://www.afterdawn.com/profile/" + name)).build();
  }

  /**
   * The five comments of the golden page.
   *
   * @return the comments, in page order
   */
  public static List<Comment> allofmp3Comments() {
    return List.of(
        Comment.builder().id("1").number(1).publishedAt(at("2007-05-24T17:46+03:00")).assumedZone(HELSINKI)
            .addBody(Quote.of("AllofMP3 is currently facing a $1.65 trillion USD lawsuit from US music publishers."))
            .addBody(Paragraph.of("Wholly crap that is a lot of money. Wow i hope they get out of this not because"
                + " i want them to continue their service or anything. I just do not want anyone to face that kinda"
                + " payment. I feel that this is going way over the top."))
            .build(),
        Comment.builder().id("2").number(2).publishedAt(at("2007-05-25T03:36+03:00")).assumedZone(HELSINKI)
            .addBody(Paragraph.of("Well it's all totally irrelevant so I wouldn't worry about it."))
            .addBody(Paragraph.of("The lawsuit was filed in the States, the land where you get paid $ 5 million if"
                + " somebody looks at you the wrong way and you sue them for emotional trauma and mental stress which"
                + " lasts 20 years and prevents you from going to McDonalds due to staring-induced agrophobia."))
            .addBody(Paragraph.of("It has absolutely no legal standing in Russia."))
            .addEdits(edited("2007-05-25T03:38+03:00", "25 May 2007 @ 3:38"))
            .build(),
        Comment.builder().id("3").number(3).publishedAt(at("2007-05-31T07:28+03:00")).assumedZone(HELSINKI)
            .addBody(Paragraph.of("I hope Allofmp3 sticks to their guns and doesn't give up. The U.S. companies know"
                + " we are paying too much to download their music. If it was up to them we would be paying $5.00 a"
                + " song. They should worry about what's going on in their own back yard before trying to get the"
                + " world to do what the U.S. wants. Hang in there Mediaservices."))
            .build(),
        Comment.builder().id("4").number(4).publishedAt(at("2007-06-01T19:33+03:00")).assumedZone(HELSINKI)
            .addBody(Paragraph.of("Nobody, I mean nobody, makes Russia, pay ANYTHING. Especially not the US of A."))
            .build(),
        Comment.builder().id("5").number(5).publishedAt(at("2007-06-16T21:53+03:00")).assumedZone(HELSINKI)
            .addBody(Paragraph.of("This is just like killing the electric car. Get rid of the one that will cause"
                + " your profit margin to decrease."))
            .build());
  }

  /**
   * The golden page, {@code afterdawn-allofmp3-ifpi-raid.html}, as parsed from its live URL.
   *
   * @return the article
   */
  public static Article allofmp3() {
    String title = "AllofMP3 calls IFPI raid a publicity stunt";
    String lead = "The Russian music download store AllofMP3 called out the IFPI today, claiming their recent raid"
        + " was made as a publicity stunt.";
    return Article.builder()
        .url(Pages.ALLOFMP3)
        .canonicalUrl(Pages.ALLOFMP3)
        .title(title)
        .description(lead)
        .addAuthors(Author.builder()
            .name("Andre Yoskowitz")
            .addProfiles(URI.create("https://plus.google.com/105496026534573316553"))
            .build())
        .publishedAt(at("2007-05-24T13:52+03:00"))
        .assumedZone(HELSINKI)
        .siteName("AfterDawn")
        .section("Tech news")
        .language(Locale.ENGLISH)
        .addBody(Image.builder()
            .url(URI.create("http://www.afterdawn.com/news/news_images/allofmp3.jpg"))
            .alt(title)
            .caption(title)
            .build())
        .addBody(Paragraph.of(lead))
        .addBody(Paragraph.of("The accusations follow the news that the IFPI and British law enforcement raided the"
            + " home of a 25-yr old London citizen who was selling vouchers to use on ALLofMP3 as payment. The IFPI"
            + " claims the man then transferred that money to the Russian company's off shore bank accounts."))
        .addBody(Paragraph.of("The parent company of AllofMP3, Mediaservices was forced to use voucher payments for"
            + " North American and European customers, after the major credit card companies and Paypal refused to"
            + " continue servicing the site. AllofMP3 is currently facing a $1.65 trillion USD lawsuit from US music"
            + " publishers."))
        .addBody(Paragraph.of("Mediaservices, in a statement, said the arrested man was not an employee of the"
            + " company, and that he was merely \"reselling gift certificates.\""))
        .addBody(Quote.of("\"The Allofmp3 administration reiterates that the store has never had any activities"
            + " outside Russia. Thus we do not have any offices or employees abroad. Allofmp3 operates in full"
            + " compliance with Russian legislation and pays the necessary royalties to the rightholders and"
            + " authors,\""))
        .addBody(Paragraph.of("the statement reads."))
        .addBody(Quote.of("\"The members of the IFPI are unable to do anything about the natural crisis the music"
            + " industry faces in the digital era. Instead they engage in unfair competition practices and political"
            + " lobbying. They make up 'sensational' news to attract public attention to their activity which"
            + " becomes less and less valid every day.\""))
        .addBody(Paragraph.of("Mediaservices continued: \"The IFPI and BPI turned a person reselling gift"
            + " certificates into a 'European office of Allofmp3' in London. After that they initiated the loud"
            + " 'closure' of this 'office' and an arrest of its mythical 'employee'. The young Londoner is a victim"
            + " of music majors fighting the irreversible technological progress.\""))
        .addBody(Paragraph.of("This latest statement can also be seen as a publicity stunt by Mediaservices, and its"
            + " a wonder how the IFPI will respond."))
        .addImages(Image.of(URI.create("http://www.afterdawn.com/news/news_images/allofmp3.jpg")))
        .commentCount(5)
        .commentsOpen(false)
        .addAllComments(allofmp3Comments())
        .build();
  }

  /** The live URL of the second article. */
  public static final URI LAKESIDE =
      URI.create("http://www.afterdawn.com/news/article.cfm/2008/01/14/lakeside_net_brings_100_mbit_s_fibre_to_tampere_homes");

  /**
   * The second article, {@code afterdawn-lakeside-fibre.html}: winter time, no lead image and no Google+ link, a
   * heading and a list in the body, comments with authors and two edits, and comments open.
   *
   * @return the article
   */
  public static Article lakeside() {
    String lead = "Finnish broadband provider Lakeside Net has started to offer 100 Mbit/s fibre connections to"
        + " apartment buildings in Tampere.";
    return Article.builder()
        .url(LAKESIDE)
        .canonicalUrl(LAKESIDE)
        .title("Lakeside Net brings 100 Mbit/s fibre to Tampere homes")
        .description(lead)
        .addAuthors(Author.of("Matti Virtanen"))
        .publishedAt(at("2008-01-14T09:05+02:00"))
        .assumedZone(HELSINKI)
        .siteName("AfterDawn")
        .section("Tech news")
        .language(Locale.ENGLISH)
        .addBody(Paragraph.of(lead))
        .addBody(Paragraph.of("The company says that 40 buildings are already connected and that the rest of the"
            + " city centre will follow by the end of the year. Each building gets a fibre line to its basement, from"
            + " where the existing phone wiring carries the signal to the flats."))
        .addBody(Heading.of(3, "Prices"))
        .addBody(ItemList.bulleted("10 Mbit/s: 19.90 euros a month", "24 Mbit/s: 29.90 euros a month",
            "100 Mbit/s: 49.90 euros a month"))
        .addBody(Paragraph.of("The prices include a modem but no television channels, which the company plans to"
            + " sell separately later this spring."))
        .addBody(Quote.of("\"Most of our customers today use less than a tenth of what the line could carry."
            + " Fibre is about what they will need in five years, not what they need today,\""))
        .addBody(Paragraph.of("said the company's technical director."))
        .addBody(Paragraph.of("Lakeside Net is the third Finnish provider to sell 100 Mbit/s to homes."))
        .commentCount(3)
        .commentsOpen(true)
        .addComments(Comment.builder().id("1").number(1)
            .author(member("ketola"))
            .publishedAt(at("2008-01-14T09:41+02:00")).assumedZone(HELSINKI)
            .addBody(Paragraph.of("Finally. Our building in Hervanta is still waiting for anything faster than"
                + " 8 Mbit/s."))
            .build())
        .addComments(Comment.builder().id("2").number(2)
            .author(member("sami_r"))
            .publishedAt(at("2008-01-14T10:02+02:00")).assumedZone(HELSINKI)
            .addBody(Quote.of("Our building in Hervanta is still waiting for anything faster than 8 Mbit/s."))
            .addBody(Paragraph.of("Same here. The phone wiring in the older buildings will be the real limit, not"
                + " the fibre."))
            .addEdits(edited("2008-01-14T10:15+02:00", "14 Jan 2008 @ 10:15"))
            .build())
        .addComments(Comment.builder().id("3").number(3)
            .publishedAt(at("2008-01-15T00:07+02:00")).assumedZone(HELSINKI)
            .addBody(Paragraph.of("49.90 is a fair price for 100 Mbit/s.\nIt is what my 8 Mbit/s line cost two years"
                + " ago."))
            .addEdits(edited("2008-01-15T08:30+02:00", "15 Jan 2008 @ 8:30"))
            .build())
        .build();
  }
}
