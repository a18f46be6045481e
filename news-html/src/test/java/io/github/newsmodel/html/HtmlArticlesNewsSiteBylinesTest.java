package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines in the shapes that news sites of English, German, French, Spanish, Italian, Dutch and Polish print, with
 * the writer's place, role, desk or agency beside the name: the article's authors are the people alone, and none
 * where the byline names no one ("-"). The pages are made by hand after those sites' markup.
 */
class HtmlArticlesNewsSiteBylinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      ap # <div class="ap-story-byline"><div class="field byline-original">By JANE ROE and JOHN DOE</div><div class="field byline-title">Associated Press</div></div> # JANE ROE; JOHN DOE
      timesofindia # <div class="byline">Jane Roe / TNN / Updated: May 3, 2024, 10:14 IST</div> # Jane Roe
      indianexpress # <div class="byline">Written by Jane Roe | New Delhi | Updated: May 3, 2024 10:14 IST</div> # Jane Roe
      hindustantimes # <div class="storyBy"><span class="author">HT Correspondent</span>, New Delhi</div> # -
      dawn # <span class="story__byline"><a href="https://www.example.com/authors/123/our-correspondent">Our Correspondent</a></span> # -
      cnn # <div class="byline__names"><span class="byline__name">Jane Roe</span>, CNN</div> # Jane Roe
      faz # <div class="atc-Meta"><span class="atc-MetaAuthor">Von Jane Roe, Berlin</span></div> # Jane Roe
      tagesschau # <div class="authorline__author">Von Jane Roe, ARD-Studio Brüssel</div> # Jane Roe
      welt # <div class="c-author">Von Jane Roe, Max Muster | Berlin</div> # Jane Roe; Max Muster
      liberation # <div class="author">par Jeanne Dupont, envoyée spéciale à Kyiv</div> # Jeanne Dupont
      lemonde # <p class="article__author">Par notre correspondant à Bruxelles</p> # -
      figaro # <span class="fig-author">Par Jeanne Dupont et Paul Martin | BRUXELLES</span> # Jeanne Dupont; Paul Martin
      elpais # <div class="article-author">Por María López, Corresponsal en Bruselas</div> # María López
      abc # <span class="autor">María López / Madrid</span> # María López
      repubblica # <em class="author">dal nostro corrispondente Marco Rossi</em> # Marco Rossi
      corriere # <p class="writer">di Marco Rossi, inviato a Kiev</p> # Marco Rossi
      ilsole # <span class="author">Marco Rossi, giornalista</span> # Marco Rossi
      ansa # <div class="news-author">Redazione ANSA ROMA</div> # -
      nos # <p class="byline">door Jan de Vries, correspondent Brussel</p> # Jan de Vries
      volkskrant # <p class="article__author">Door onze redacteur Jan de Vries</p> # Jan de Vries
      nrc # <p class="byline">Jan de Vries | Verslaggever</p> # Jan de Vries
      nunl # <span class="author">Door ANP</span> # -
      gazeta # <span class="article_author">oprac. Jan Kowalski</span> # Jan Kowalski
      rmf # <p class="author">Jan Kowalski, PAP</p> # Jan Kowalski
      onet # <div class="authorName">Jan Kowalski, korespondent w Brukseli</div> # Jan Kowalski
      wp # <div class="author">Redakcja</div> # -
      """)
  void namesThePeopleAlone(String site, String byline, String expected) {
    assertThat(BylinePage.authors(byline)).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split("; ")));
  }
}
