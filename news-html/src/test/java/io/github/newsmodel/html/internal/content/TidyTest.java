package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Heading;
import io.github.newsmodel.core.Image;
import io.github.newsmodel.core.Paragraph;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TidyTest {
  private static final String LETTERS_80 = "Jane Roe and John Doe for the Example Photo Agency with thanks to everyone there";

  @Test
  void dropsLabelsAndCreditLinesHoweverMuchPunctuationSurroundsThem() {
    String padded = "-".repeat(150) + " Read more ... " + "*".repeat(150);
    String longestCredit = "(Bildquelle :" + LETTERS_80; // all that a credit holds after its colon
    assertThat(LETTERS_80).hasSize(80);
    assertThat(tidy(padded, longestCredit, "The article's own text, which stays.")).extracting(Block::text)
        .containsExactly("The article's own text, which stays.");
  }

  /** One mark alone says nothing; a line of marks is the writer's break, and an emoji or a number says something. */
  @Test
  void dropsABlockOfOneMarkAloneAndKeepsBreaksEmojiAndNumbers() {
    List<Block> read = List.of(Paragraph.of("\u201c"), Paragraph.of("\u200b"), Paragraph.of(" % "), Heading.of(5, "*"),
        Paragraph.of("The text of the article."), Paragraph.of("* * *"), Paragraph.of("___"),
        Paragraph.of("\uD83D\uDC4D"), Paragraph.of("7"), Paragraph.of("The text goes on."));

    assertThat(Tidy.blocks(read, Optional.empty())).extracting(Block::text).containsExactly(
        "The text of the article.", "* * *", "___", "\uD83D\uDC4D", "7", "The text goes on.");
  }

  /** The headline goes, and the heading that opens the body over it, the kicker; a later section heading stays. */
  @Test
  void dropsTheHeadlineAndTheKickerOverIt() {
    List<Block> read = List.of(Heading.of(4, "Siemens und die Kohlemine Adani"), Heading.of(1, "Kaeser verarscht Neubauer"),
        Paragraph.of("Siemens-Chef Joe Kaeser hat die Klimaaktivistin über den Tisch gezogen."),
        Heading.of(2, "Die Mine"), Paragraph.of("Die Mine liegt in Queensland."));

    assertThat(Tidy.blocks(read, Optional.of("Kaeser verarscht Neubauer"))).extracting(Block::text)
        .containsExactly("Siemens-Chef Joe Kaeser hat die Klimaaktivistin über den Tisch gezogen.", "Die Mine",
            "Die Mine liegt in Queensland.");
    assertThat(Tidy.blocks(read.subList(1, 5), Optional.of("Die Mine"))).as("not the first heading before it")
        .extracting(Block::text).contains("Kaeser verarscht Neubauer");
  }

  /**
   * The lines of a few words that open the body over the headline are its labels, its kind and its topic
   * ("Artikel", "Corona"), and go with it; a paragraph of the text's own before it stays, and so do labels after it.
   */
  @Test
  void dropsTheLabelsOverTheHeadline() {
    List<Block> read = List.of(Paragraph.of("Artikel"), Paragraph.of("Corona"),
        Heading.of(1, "Ende der epidemischen Lage"), Paragraph.of("Der Bundestag beendet die epidemische Lage."),
        Paragraph.of("Pressestelle"));

    assertThat(Tidy.blocks(read, Optional.of("Ende der epidemischen Lage"))).extracting(Block::text)
        .containsExactly("Der Bundestag beendet die epidemische Lage.", "Pressestelle");
    List<Block> opening = List.of(Paragraph.of("Der Bundestag tagt heute zum letzten Mal vor der Pause."),
        Heading.of(1, "Ende der epidemischen Lage"));
    assertThat(Tidy.blocks(opening, Optional.of("Ende der epidemischen Lage"))).as("a sentence over the headline")
        .extracting(Block::text).containsExactly("Der Bundestag tagt heute zum letzten Mal vor der Pause.");
  }

  /** The control that opens the comment form, which pages set at the article's end. */
  @Test
  void dropsTheControlThatOpensTheCommentForm() {
    assertThat(tidy("The article's own text, which stays.", "Post Comment (+)", "Leave a comment",
        "Kommentar schreiben")).extracting(Block::text).containsExactly("The article's own text, which stays.");
    assertThat(tidy("Leave a comment on the council's plan by Friday.")).hasSize(1);
  }

  /**
   * The labels of controls for sharing, subscribing, printing, rating and leaving the article, in English and German.
   */
  @Test
  void dropsTheLabelsOfTheArticlesControls() {
    assertThat(tidy("The article's own text, which stays.", "Möchten Sie den Artikel teilen?", "Artikel teilen",
        "Dieses Skript als PDF herunterladen", "Artikel als PDF", "War dieser Artikel nützlich?",
        "Was this article helpful?", "zurück zur Listenansicht", "Back to overview", "Caption", "Close",
        "Espacio publicitario", "Social Share", "SUBSCRIBE")).extracting(Block::text)
        .containsExactly("The article's own text, which stays.");
  }

  /** A pitch for the site's newsletter offers it and calls to take it; either alone is the article's text. */
  @Test
  void dropsANewslettersPitch() {
    assertThat(Appeals.pitch("Never miss the latest news by signing up to our newsletter today!")).isTrue();
    assertThat(Appeals.pitch("Want more stories like this in your inbox? Subscribe to our weekly letter.")).isTrue();
    assertThat(Appeals.pitch("Lust auf mehr? Melde dich hier für unseren Newsletter an!")).isTrue();
    assertThat(Appeals.pitch("Nichts Neues verpassen! - Newsletter abonnieren")).isTrue();
    assertThat(Appeals.pitch("Subscribe now to our print edition for the full story.")).isTrue();
    assertThat(Appeals.pitch("Readers of the newsletter wrote in to complain about the ferry.")).isFalse();
    assertThat(Appeals.pitch("The council voted to subscribe to the regional bus scheme.")).isFalse();
    assertThat(Appeals.pitch("Subscribers to the print edition were told on Monday.")).isFalse();
    assertThat(Appeals.pitch("Sign up for our newsletter. " + "The ferry runs every hour. ".repeat(12))).isFalse();
    assertThat(Appeals.pitch("Readers can sign up for the 2025 edition at the town library.")).isFalse();
    assertThat(Appeals.pitch("Hundreds subscribe to the magazine each month, the publisher said.")).isFalse();
    assertThat(Appeals.pitch("Jetzt kostenlos anmelden - der Newsletter der Redaktion")).isTrue();
    assertThat(Appeals.pitch("Der Newsletter kann jederzeit abonniert werden. Ihre Adresse geben wir nicht weiter."))
        .isTrue();
    assertThat(Appeals.pitch("Abonnieren Sie jetzt den Newsletter der Redaktion.")).isTrue();
    assertThat(Appeals.pitch("Síguenos en Facebook: La Gaceta del Puerto y en Twitter: @gacetapuerto")).isTrue();
    assertThat(Appeals.pitch("Folgen Sie uns auf Twitter Liken Sie uns auf Facebook")).isTrue();
    assertThat(Appeals.pitch("Jane Roe may be reached at jane@example.com. Follow her on Twitter @janeroe.")).isTrue();
    assertThat(Appeals.pitch("Follow me on Twitter or LinkedIn. Check out my website.")).isTrue();
    assertThat(Appeals.pitch("The singer urged fans to follow him on Instagram, where he posts daily.")).isFalse();
    assertThat(Appeals.pitch("Follow us for the latest news from the harbour.")).as("no network").isFalse();
    assertThat(Appeals.pitch("Follow The Example Times Opinion section on Facebook and Instagram.")).isTrue();
    assertThat(Appeals.pitch("Follow the money, Facebook's critics say.")).isFalse();
    assertThat(Appeals.pitch("Folgt uns auf Instagram!")).isTrue();
    assertThat(Appeals.pitch("Follow us on Twitter for today’s news from the harbour.")).isTrue();
    assertThat(Appeals.pitch("\"Follow us on Instagram,\" the mayor told the crowd.")).isFalse();
    assertThat(Appeals.pitch("Die Bürgermeisterin rief: „Folgt uns auf Instagram!“")).isFalse();
    assertThat(Appeals.pitch("Folgt man den Kommentaren auf Twitter, ist die Stimmung im Hafen gekippt.")).isFalse();
    assertThat(Appeals.pitch("Follow the threads of the story on page 3, and x marks the spot.")).isFalse();
    assertThat(Appeals.pitch("There was a problem subscribing you to the newsletter. Try again.")).isTrue();
    assertThat(Appeals.pitch("Need more? Subscribe to our sister title, the Harbour Magazine!")).isTrue();
    assertThat(Appeals.pitch("We want to hear what you think. Submit a letter to the editor or write to "
        + "letters@example.com.")).isTrue();
    assertThat(Appeals.pitch("In a letter to the editor, the harbour master defended the new timetable.")).isFalse();
    assertThat(Appeals.pitch("Inscrivez-vous à notre newsletter !")).isTrue();
    assertThat(Appeals.pitch("Suscríbete a nuestra newsletter.")).isTrue();
    assertThat(Appeals.pitch("Le magazine Forbes a inscrit la navigatrice en tête de son classement.")).isFalse();
    assertThat(Appeals.pitch("La newsletter, lancée en mars, compte déjà 20 000 inscrits.")).isFalse();
  }

  /** A call to download the site's app, or one that brings its news; a report on someone else's app stays. */
  @Test
  void dropsAnAppsPitch() {
    assertThat(Appeals.pitch("For the latest stories and breaking news updates download the Harbour News apps for iOS "
        + "and Android.")).isTrue();
    assertThat(Appeals.pitch("Download our app to get alerts on the go.")).isTrue();
    assertThat(Appeals.pitch("Laden Sie sich jetzt unsere kostenlose App herunter!")).isTrue();
    assertThat(Appeals.pitch("Téléchargez notre appli pour suivre les dernières actualités.")).isTrue();
    assertThat(Appeals.pitch("Users can download the app for iOS and Android, the company said.")).isFalse();
    assertThat(Appeals.pitch("Laden Sie die App herunter und melden Sie sich mit Ihrem Konto an.")).isFalse();
    assertThat(Appeals.pitch("Our reporter tried the app for a week.")).as("no call to download").isFalse();
    assertThat(Appeals.pitch("We could not download the file from our server.")).as("no app").isFalse();
    assertThat(tidy("The ferry leaves at dawn.", "Download our app for the latest news from the harbour."))
        .extracting(Block::text).containsExactly("The ferry leaves at dawn.");
  }

  /**
   * A call to follow the site's coverage at its address, as wire copy closes; a report on the coverage, or a call
   * without an address, stays.
   */
  @Test
  void dropsACallToFollowTheCoverageAtTheSitesAddress() {
    assertThat(tidy("The ferry leaves at dawn.", "Follow the Harbour Wire's full coverage of the strike at"
        + " https://example.com/strike", "Follow our coverage at www.example.com/ferries"))
        .extracting(Block::text).containsExactly("The ferry leaves at dawn.");
    assertThat(Appeals.pitch("Follow the coverage of the strike on the radio tonight.")).as("no address").isFalse();
    assertThat(Appeals.pitch("Readers who follow our coverage at https://example.com wrote in.")).isFalse();
  }

  /** A call to support the site with money, as an imperative or by its form; the verb in a report stays. */
  @Test
  void dropsACallToSupportTheSite() {
    assertThat(tidy("The ferry leaves at dawn.", "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form"
        + " des\nJournalismus.", "Si te parece valioso el trabajo de La Gaceta, apóyanos para seguir."))
        .extracting(Block::text).containsExactly("The ferry leaves at dawn.");
    assertThat(Appeals.pitch("Support independent journalism: donate now to keep the Harbour News free.")).isTrue();
    assertThat(Appeals.pitch("Bitte unterstütze uns mit einer Spende.")).isTrue();
    assertThat(Appeals.pitch("Die Eltern unterstützen sie dabei und zahlen die Miete.")).isFalse();
    assertThat(Appeals.pitch("Unterstützen Sie uns jetzt mit einer Spende.")).isTrue();
    assertThat(Appeals.pitch("\"Support our shops,\" the mayor told the crowd.")).as("quoted").isFalse();
    assertThat(Appeals.pitch("Unions say they support our plan to extend the ferry timetable.")).isFalse();
    assertThat(Appeals.pitch("Donate blood at the clinic on Monday, the health office asks.")).isFalse();
  }

  /** A notice on how comments are moderated goes from the body's end, where the form stands, and only there. */
  @Test
  void dropsANoticeOnModeratedCommentsAtTheEnd() {
    String notice = "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.";
    String article = "The ferry leaves at dawn.";
    assertThat(tidy(article, notice)).extracting(Block::text).containsExactly(article);
    assertThat(tidy(notice, article, article + " ", article + "  ", article + "   ")).hasSize(5);
    assertThat(Appeals.commentNotice("ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador."))
        .isTrue();
    assertThat(Appeals.commentNotice("Readers' comments on the ferry were mostly kind.")).isFalse();
    assertThat(Appeals.commentNotice("Your comment is awaiting moderation.")).isTrue();
    assertThat(Appeals.commentNotice("Kommentare werden erst nach Prüfung freigeschaltet.")).isTrue();
    assertThat(Appeals.commentNotice("The board approved the plan on Monday. Roe did not respond to a request for"
        + " comment.")).as("the reporter's request").isFalse();
    assertThat(Appeals.commentNotice("A moderate Republican, Roe declined to comment.")).isFalse();
    assertThat(Appeals.commentNotice("Die Kommentare der Opposition blieben moderat.")).isFalse();
    assertThat(Appeals.commentNotice("Il decreto è stato approvato ieri. Nessun commento dal ministero.")).isFalse();
  }

  /** An affiliate disclosure that opens with the purchase: "If you buy something through this post, …". */
  @Test
  void dropsAnAffiliateDisclosureThatOpensWithThePurchase() {
    assertThat(Tidy.disclosure("If you buy something through this post, we may get a share of the sale.")).isTrue();
    assertThat(Tidy.disclosure("If you buy something, keep the receipt.")).isFalse();
    assertThat(Tidy.disclosure("If you buy something through one of our affiliate links, we may earn a commission."))
        .isTrue();
    assertThat(Tidy.disclosure("If you buy something through a third-party seller, check who ships it."))
        .as("consumer advice, no disclosure").isFalse();
  }

  /** "bilder?" once spelled "Bilde" or "Bilder", and let the most common German label through. */
  @Test
  void dropsACreditLineOfEachLabelsSpelling() {
    assertThat(tidy("Bild: dpa", "Bilder: Jane Roe", "Foto: dpa", "© Jane Roe", "Foto via dpa",
        "The article's own text, which stays.")).extracting(Block::text)
        .containsExactly("The article's own text, which stays.");
  }

  @Test
  void keepsACreditLineLongerThanACreditAndTextThatOnlyStartsWithALabel() {
    String tooLong = "Foto: " + LETTERS_80 + "!";
    assertThat(tidy(tooLong, "Related: the council voted on Tuesday to close the bridge.")).hasSize(2);
  }

  @Test
  void tellsADisclosureAfterAtMostThreeSignsInAnyCase() {
    assertThat(Tidy.disclosure("*Werbung")).isTrue();
    assertThat(Tidy.disclosure("-- ANZEIGE: enthält Affiliate-Links")).isTrue();
    assertThat(Tidy.disclosure("\u00bbWerbung\u00ab")).isTrue(); // guillemets are not word characters either
    assertThat(Tidy.disclosure("\u017fponsored by the city")).isTrue(); // a long s is an s, ignoring case
    assertThat(Tidy.disclosure("This article contains affiliate links.")).isTrue();
    assertThat(Tidy.disclosure("****Werbung")).isFalse();
    assertThat(Tidy.disclosure("Die Werbung des Hauses")).isFalse();
    assertThat(Tidy.disclosure("This is the article's own text.")).isFalse();
    assertThat(Tidy.disclosure("1 Werbung")).isFalse();
  }

  /**
   * A dateline standing alone, under any of its labels and with the weekday before the date, is no text; nor is its
   * label alone, ending in a colon, whose date stands apart. A word alone, or another label, stays.
   */
  @Test
  void dropsADatelineStandingAloneWithItsLabelAndWeekday() {
    assertThat(tidy("First Published: Tuesday, November 19, 2019 08:38 AM", "Updated : 19 November 2019, 09:01 AM",
        "Zuletzt aktualisiert am 19.11.2019, 09:01 Uhr", "Publié le mardi 19 novembre 2019 à 08h38",
        "Dienstag, 19. November 2019", "Aktualisiert am 17.01.2021.", "Veröffentlichung: 2. Februar 2022",
        "sexta-feira, 22 de outubro de 2010 às 20:13", "четверг, 14 марта 2019",
        "First published on Fri 3 May 2024 09.15 BST", "Updated: Thu, 2 May 2024", "Release Date:",
        "Veröffentlicht am:", "The article's own text, which stays.")).extracting(Block::text)
        .containsExactly("The article's own text, which stays.");
    assertThat(tidy("Tuesday, the council voted.", "Published in the Example Times on 19 November 2019",
        "Sun Valley 2024", "Sat 3 rows back, in seat 12", "Published", "Posted in:")).hasSize(6);
  }

  /**
   * A dateline that names its place, source or writer beside the date, or its change's date, the parts apart by a bar,
   * a dot or a slash, is no text;
   * a caption with its credit, a line of more parts or a sentence beside a date stays.
   */
  @Test
  void dropsADatelineWithItsSourceBesideTheDate() {
    assertThat(tidy("New Delhi, Example Bureau | Updated : 19 November 2019, 09:01 AM", "Handball Schweiz • 02.02.2022",
        "Jane Roe jane@example.com | Viernes 22 abril, 2022", "postado em 14/05/2022 05:49 / atualizado em 14/05/2022"
        + " 05:50", "Erstellt am: 30.01.2022 18:36 / jr", "The article's own text, which stays."))
        .extracting(Block::text).containsExactly("The article's own text, which stays.");
    assertThat(tidy("The quay at dawn. | © Jane Roe", "The regatta starts on Saturday. | 19 November 2019",
        "Harbour | Ferries | Weather | 19 November 2019", "Tickets | 12 euros", "Text / Fotos: Jane Roe")).hasSize(5);
  }

  /**
   * The standfirst shown twice atop the body, in the header and again over the text, is read once; a refrain further
   * on stays, and so does a long paragraph written twice.
   */
  @Test
  void readsTheStandfirstShownTwiceOnce() {
    String standfirst = "The harbour board's picks for the month: four events on the quay.";
    String text = "The first is the regatta on Saturday, which starts at the old lighthouse.";
    Image picture = Image.of(URI.create("https://example.org/quay.jpg"));
    assertThat(Tidy.blocks(List.of(picture, Paragraph.of(standfirst), Paragraph.of(standfirst), Paragraph.of(text)),
        Optional.empty())).containsExactly(picture, Paragraph.of(standfirst), Paragraph.of(text));
    String refrain = "We shall not be moved.";
    assertThat(tidy(standfirst, text, text + " Again.", refrain, refrain)).hasSize(5);
    String longer = ("The first is the regatta on Saturday, which starts at the old lighthouse. ").repeat(5).strip();
    assertThat(tidy(longer, longer, text)).hasSize(3);
  }

  private static List<Block> tidy(String... paragraphs) {
    return Tidy.blocks(List.of(paragraphs).stream().map(p -> (Block) Paragraph.of(p)).toList(), Optional.empty());
  }
}
