package io.github.newsmodel.html.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Author;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Which of a page's bylines and declared authors name the article's authors. */
class PageAuthorsTest {
  private static final URI URL = URI.create("https://www.stadtanzeiger.example/politik/haushalt");
  private static final URI BRIDGE_URL = URI.create("https://news.example.com/2024/05/03/some-story");
  /** An English news page whose byline under the headline is the placeholder. */
  private static final String BRIDGE_PAGE = """
      <html><head><title>Council approves new bridge | Example News</title></head><body><article>
      <h1>Council approves new bridge</h1>
      %s
      <p>The city council voted on Thursday evening to approve a new pedestrian bridge across the river, ending a
      debate that lasted almost four years.</p></article></body></html>""";

  private static List<String> authors(String html) {
    return authors(html, URL);
  }

  private static List<String> authors(String html, URI url) {
    return GenericExtractor.extract(Jsoup.parse(html, url.toString()), url, Optional.empty(), Optional.empty())
        .authors().stream().map(Author::name).toList();
  }

  /**
   * A one-person blog's software credits an account named after the blog, and the owner signs the blog in the
   * footer's copyright line: "© Kleidwerk by Jana" names the person behind "kleidwerk". A line that signs another
   * name than the account's credits a maker, not the writer.
   */
  @Test
  void theCopyrightLineNamesThePersonBehindTheSitesAccount() {
    URI blog = URI.create("https://www.kleidwerk.example/naturkosmetik/");
    String page = """
        <html lang="de"><title>Naturkosmetik im Test – Kleidwerk</title><body>
        <header><p class="site-title"><a href="/">Kleidwerk</a></p></header>
        <article><h1>Naturkosmetik im Test</h1>
        <div class="entry-author">veröffentlicht von
        <a href="https://www.kleidwerk.example/author/kleidwerk/">kleidwerk</a></div>
        <p>Wer meinen Blog verfolgt, weiß, dass ich seit Monaten nur noch Naturkosmetik benutze. Heute erzähle ich
        euch, welche Cremes und Lippenstifte meiner trockenen Haut gut getan haben und welche nicht.</p></article>
        <footer><ul class="credit"><li>%s</li></ul></footer></body></html>""";

    assertThat(authors(page.formatted("© Kleidwerk by Jana"), blog)).containsExactly("Jana");
    assertThat(authors(page.formatted("© 2019 Kleidwerk by Jana Roe"), blog)).containsExactly("Jana Roe");
    assertThat(authors(page.formatted("© Theme Nova by Studio"), blog)).as("another site's name")
        .containsExactly("kleidwerk");
    assertThat(authors(page.formatted("© Kleidwerk"), blog)).containsExactly("kleidwerk");
    assertThat(authors(page.formatted("© Kleidwerk by design studio"), blog)).as("no capitalised name")
        .containsExactly("kleidwerk");
  }

  /**
   * A column's host stands on a line of their own right above the headline, "with Jane Roe", as a word-of-the-day
   * column sets it; a line that names someone the article is with ("Interview with Jane Roe") names no writer.
   */
  @Test
  void aColumnsHostAboveTheHeadline() {
    String page = """
        <html><title>maudlin</title><body><div id="main">
        <div class="series">Word of the Day</div> %s<br><br>
        <h3>maudlin</h3><p>Overly sentimental, often in a tearful way. After Mary Magdalene, whom painters showed
        weeping. Usage: the speech turned maudlin near its end.</p></div></body></html>""";

    assertThat(authors(page.formatted("with Jane Roe"))).containsExactly("Jane Roe");
    assertThat(authors(page.formatted("Interview with Jane Roe"))).isEmpty();
    assertThat(authors(page.formatted("with subtitles"))).isEmpty();
  }

  /**
   * A Korean wire story names its reporters where it opens, "(서울=연합뉴스) 홍길동 기자 = ...", and the papers and
   * portals that run it print no other byline: its text in a paragraph, or as Naver sets it, in the article element.
   */
  @Test
  void aKoreanWireStorysOpeningNamesItsReporters() {
    URI naver = URI.create("https://n.news.naver.com/mnews/article/001/0014512345");
    String page = """
        <html lang="ko"><title>정부, 반도체 지원 확대 | 연합뉴스</title>
        <h1>정부, 반도체 지원 확대</h1><p>송고시간 2024-03-05 14:30</p>
        <%1$s>%2$s 정부는 5일 반도체 산업에 대한 지원을 크게 확대한다고 발표했다.<br>
        산업통상자원부는 이날 세종정부청사에서 브리핑을 열고 세부 계획을 공개했다. 지원 규모는 총 10조 원이다.</%1$s>
        <ul class="related-news"><li>(서울=연합뉴스) 이영희 기자 = 다른 기사</li></ul>""";

    assertThat(authors(page.formatted("p", "(서울=연합뉴스) 홍길동 기자 ="), naver)).containsExactly("홍길동");
    assertThat(authors(page.formatted("article", "[서울=뉴시스]홍길동·김철수 기자 ="), naver))
        .containsExactly("홍길동", "김철수");
    assertThat(authors(page.formatted("p", "(워싱턴=연합뉴스) 박영수 특파원 ="), naver)).containsExactly("박영수");
    assertThat(authors(page.formatted("p", "(서울=연합뉴스) 정부는 오늘 ="), naver)).as("no reporter's word")
        .isEmpty();
  }

  /**
   * Japanese papers open a correspondent's story with the place and the reporter, "【ワシントン＝山田太郎】", or an
   * agency in the reporter's place, which names no one; Xinhua's dateline names its reporters in brackets.
   */
  @Test
  void japaneseAndChineseWireOpeningsNameTheirReporters() {
    URI url = URI.create("https://www.nikkei.example/article/DGXZQOGN05ABC");
    String japanese = """
        <html lang="ja"><title>米政府、新たな制裁を発表</title><h1>米政府、新たな制裁を発表</h1>
        <p>%s米政府は5日、新たな制裁を発表した。対象は複数の企業に及ぶ。国務省の報道官が詳細を説明した。</p>
        <p>制裁は即日発効する。対象企業は今後、米国との取引ができなくなる。</p>""";
    String chinese = """
        <html lang="zh-CN"><title>政府发布新政策</title><h1>政府发布新政策</h1>
        <p>%s国务院5日发布新政策，支持制造业发展。有关部门负责人在发布会上介绍了具体内容。</p>
        <p>政策自发布之日起施行。各地将陆续出台配套措施。</p>""";

    assertThat(authors(japanese.formatted("【ワシントン＝山田太郎】"), url)).containsExactly("山田太郎");
    assertThat(authors(japanese.formatted("（ワシントン＝山田太郎、鈴木花子）"), url))
        .containsExactly("山田太郎", "鈴木花子");
    assertThat(authors(japanese.formatted("【ワシントン＝ロイター】"), url)).as("an agency").isEmpty();
    assertThat(authors(chinese.formatted("新华社北京3月5日电（记者 王小明、张三）"), url)).containsExactly("王小明", "张三");
  }

  /** A paragraph that says "author" in Hungarian, Serbian, Slovenian or Lithuanian is a labelled byline. */
  @Test
  void aBylineLabelledInOtherLanguagesNamesItsAuthor() {
    for (String label : List.of("Szerző:", "Аутор:", "Avtor:", "Autorius:")) {
      assertThat(authors("""
          <title>Der Haushalt steht</title><h1>Der Haushalt steht</h1>
          <p>Der Rat hat den Haushalt nach langen Beratungen beschlossen, mit einer breiten Mehrheit.</p>
          <p>Die Opposition stimmte dagegen und kündigte an, den Beschluss vor Gericht prüfen zu lassen.</p>
          <p>%s Jana Novak</p>""".formatted(label))).as(label).containsExactly("Jana Novak");
      // and at the end of a long text, far from the headline, where only the labelled byline's search reads it
      String filler = "<p>Die Opposition stimmte dagegen und kündigte an, den Beschluss prüfen zu lassen.</p>\n";
      assertThat(authors("""
          <title>Der Haushalt steht</title><h1>Der Haushalt steht</h1>
          <p>Der Rat hat den Haushalt nach langen Beratungen beschlossen, mit einer breiten Mehrheit.</p>
          %s<p>%s Jana Novak</p>""".formatted(filler.repeat(70), label))).as(label + " at the end")
          .containsExactly("Jana Novak");
    }
  }

  /** A byline that runs on into the story names no one by its whole text: a name holds no "=". */
  @Test
  void aBylineThatRunsIntoTheStoryIsNoName() {
    assertThat(AuthorNames.of("(서울=연합뉴스) 홍길동 기자 = 정부는", Set.of())).isEmpty();
  }

  /** The author of a quotation that a box beside the text cites is not the article's. */
  @Test
  void theAuthorOfAQuotationInABoxIsNoByline() {
    String page = """
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <p class="%s">Jane Roe</p>
        <p>Der Rat hat den Haushalt nach langen Beratungen beschlossen, mit einer breiten Mehrheit.</p>
        <aside class="box-zitiert"><blockquote>Ein Haushalt ist ein Versprechen.</blockquote>
        <span class="%s">Hans Muster, deutscher Journalist und Autor</span></aside>""";

    assertThat(authors(page.formatted("x", "zitat-author"))).isEmpty();
    assertThat(authors(page.formatted("x", "quote__author"))).isEmpty();
    assertThat(authors(page.formatted("byline", "zitat-author"))).containsExactly("Jane Roe");
  }

  /**
   * A content system's JSON-LD may name the account that posted the page, a producer, while the byline and the
   * {@code parsely-author} meta name the reporters: the two that agree win. Either alone does not overrule it.
   */
  @Test
  void aBylineThatTheMetaBacksOverrulesTheJsonLdAccount() {
    String page = """
        <title>Crash on the causeway</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Crash on the causeway",
          "author": {"@type": "Person", "name": "Kate Producer", "url": "https://www.stadtanzeiger.example/author/kp/"}}
        </script>
        %s
        <h1>Crash on the causeway</h1>
        <div class="article-byline">By <a href="/author/ann-reporter/" rel="author">Ann Reporter</a>,
          <a href="/author/bo-camera/" rel="author">Bo Camera</a>, 7 News</div>
        <p>Two cars collided on the causeway on Tuesday morning, and the road was closed for three hours.</p>""";
    String backed = "<meta name=\"parsely-author\" content=\"Ann Reporter\">"
        + "<meta name=\"parsely-author\" content=\"Bo Camera\">";

    assertThat(authors(page.formatted(backed))).containsExactly("Ann Reporter", "Bo Camera");
    assertThat(authors(page.formatted(""))).as("the byline alone").containsExactly("Kate Producer");
    assertThat(authors(page.formatted("<meta name=\"author\" content=\"Kate Producer\">")))
        .as("the meta backs the JSON-LD").containsExactly("Kate Producer");
  }

  @Test
  void aBylineLabelInAnElementOfItsOwnIsReadWithTheNameBesideIt() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <div class="x1"><span class="x2">By</span><span><a href="/about/newsteam/jane-roe">Jane Roe</a></span></div>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void aLabelAsAHeadingOfItsOwnIsReadWithTheNameAfterIt() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <div class="meta-column"><h4 class="meta-title">Autor</h4>
          <p class="meta-text"><a href="/profil/jane-roe">Jane Roe</a><b>, </b></p></div>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void anArticlePromotedToTheFrontPageIsNoPromotion() {
    assertThat(authors("""
        <title>Hackathon im Sommercamp</title>
        <h1>Hackathon im Sommercamp</h1>
        <div class="node node-article node-promoted"><p>Wir laden ein.</p>
          <div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>
        </div>"""))
        .containsExactly("rasos");
  }

  @Test
  void aFirstNameIsCompletedByTheDescriptionThatStartsWithTheFullName() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <script type="application/ld+json">{"@type": "Article", "headline": "Der Haushalt steht",
          "author": {"@type": "Person", "name": "Nils",
            "description": "Nils Brückner ist freier Autor und schreibt über Kommunalpolitik."}}</script>
        <h1>Der Haushalt steht</h1>"""))
        .containsExactly("Nils Brückner");
  }

  @Test
  void anAuthorMarkedUpInACommentIsNotTheArticles() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <div itemscope itemtype="http://schema.org/Article">
          <h1 itemprop="headline">Der Haushalt steht</h1>
          <div class="header-info__authors"><a href="/page/jane-roe">Jane Roe</a></div>
          <p>Der Rat hat den Haushalt beschlossen.</p>
          <div class="comments">
            <div class="comment-author" itemprop="author"><span itemprop="name">leser78</span></div>
            <p>Endlich!</p>
          </div>
        </div>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void aPersonInTheJsonLdThatNamesTheSiteAndAnEditorsSignIsTheNewsroom() {
    assertThat(authors("""
        <title>Der Haushalt steht | Stadtanzeiger</title>
        <meta property="og:site_name" content="Stadtanzeiger">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Der Haushalt steht",
          "author": {"@type": "Person", "name": "Stadtanzeiger /PP"}}</script>
        <h1>Der Haushalt steht</h1>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .isEmpty();
  }

  @Test
  void aPostsLineThatSaysWhereBeforeWhoNamesTheWriter() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h2>Der Haushalt steht</h2>
        <div class="meta">Posted in <a href="/category/politik/">Politik</a> by stadtschreiber on August 3, 2019</div>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("stadtschreiber");
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h2>Der Haushalt steht</h2>
        <div class="meta">Veröffentlicht am 3. August 2019 von Jane Roe</div>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void aLinkToAnAuthorsPageAfterALabelNamesTheWriterBeforeTheHeadlineToo() {
    assertThat(authors("""
        <title>Kapitel 1: Aufbruch - Die Reise</title>
        <div class="fic-header"><a href="/serie/12/die-reise"><h2>Die Reise</h2></a><span> by </span>
          <h3><a href="/profile/4711">wortweber7</a></h3><h1>Kapitel 1: Aufbruch</h1></div>
        <div class="chapter-content"><p>Als ich aufwachte, war da nichts.</p></div>
        <div class="comments"><p><span>by</span> <a href="/profile/99">leser</a></p></div>"""))
        .containsExactly("wortweber7");
  }

  @Test
  void aFirstNameIsCompletedByTheSitesNameWhenThePageShowsItAsTheSurname() {
    assertThat(authors("""
        <title>Der Haushalt steht &#8211; stadtanzeiger</title>
        <h1>Der Haushalt steht</h1>
        <div class="meta">Von <span class="author"><a href="/author/hanna/" rel="author">Hanna</a></span></div>
        <p>Der Rat hat den Haushalt beschlossen.</p>
        <aside><h3>Mehr von Hanna Stadtanzeiger</h3></aside>"""))
        .containsExactly("Hanna Stadtanzeiger");
    assertThat(authors("""
        <title>Der Haushalt steht &#8211; stadtanzeiger</title>
        <h1>Der Haushalt steht</h1>
        <div class="meta">Von <span class="author"><a href="/author/hanna/" rel="author">Hanna</a></span></div>
        <p>Der Rat hat den Haushalt beschlossen. Hanna Roe war dabei.</p>"""))
        .containsExactly("Hanna");
  }

  @Test
  void aDeclaredAuthorThatIsTheSitesNameGivesWayToTheByline() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <meta name="author" content="Jobs &amp; Hire">
        <meta property="og:site_name" content="Jobs &amp; Hire">
        <h1>Der Haushalt steht</h1>
        <div class="wrote_by">By <a href="/reporters/jose-de-la-cruz">Jose de la Cruz</a></div>"""))
        .containsExactly("Jose de la Cruz");
  }

  @Test
  void anAuthorNamedByTheirLoginIsNamedAsThePageShowsThem() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Der Haushalt steht",
          "author": {"@type": "Person", "name": "jana.lindqvist"}}</script>
        <h1>Der Haushalt steht</h1>
        <p>Der Rat hat den Haushalt beschlossen. (Jana M. Lindqvist)</p>"""))
        .containsExactly("Jana M. Lindqvist");
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <meta name="author" content="gabor_kertesz">
        <h1>Der Haushalt steht</h1>
        <div class="info">Geschrieben: 3. Mai 2021, <a href="/redaktion/gk">Gábor Kertész</a></div>"""))
        .containsExactly("Gábor Kertész");
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <span class="author vcard"><a href="https://www.stadtanzeiger.example/author/janaroth/" rel="author">JR</a></span>
        <p>Der Rat hat den Haushalt beschlossen.</p>
        <footer>Dieses Blog von Jana Roth steht unter einer freien Lizenz.</footer>""")).as("initials and a login")
        .containsExactly("Jana Roth");
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <meta name="author" content="jana.lindqvist">
        <h1>Der Haushalt steht</h1>
        <p>Jana Berger und Tom Lindqvist waren dabei.</p>""")).as("no name on the page spells the login")
        .containsExactly("jana.lindqvist");
  }

  /**
   * A page that a script renders ships the user who wrote it in its embedded state, where the login that the JSON-LD
   * names stands beside the name the reader sees: "jane.roe" is "Jane Roe" of {@code {"username": "jane.roe",
   * "display_name": "Jane  Roe"}} in a {@code data-react-props} attribute or a script's JSON. Another user's object,
   * or one whose name is no person's, shows nothing for the login.
   */
  @Test
  void aLoginIsNamedAsTheUserObjectInThePagesStateShowsIt() {
    String page = """
        <title>Eine runde Tischdecke nähen</title>
        <script type="application/ld+json">{"@type": "HowTo", "name": "Eine runde Tischdecke nähen",
          "author": {"@type": "Person", "name": "%s"}}</script>
        <h1>Eine runde Tischdecke nähen</h1>
        <div data-react-class="ProjectPage" data-react-props="%s"></div>
        <p>Miss den Tisch aus, schneide den Stoff zu und nähe den Saum in sieben Schritten.</p>""";
    String props = "{&quot;project&quot;:{&quot;id&quot;:7,&quot;author&quot;:{&quot;id&quot;:11,"
        + "&quot;first_name&quot;:&quot;Jane &quot;,&quot;last_name&quot;:&quot;Roe&quot;,"
        + "&quot;username&quot;:&quot;%s&quot;,&quot;display_name&quot;:&quot;%s&quot;}}}";

    assertThat(authors(page.formatted("jane.roe", props.formatted("jane.roe", "Jane  Roe"))))
        .containsExactly("Jane Roe");
    assertThat(authors(page.formatted("jane.roe", props.formatted("jane.roe", "jane.roe")))).as("first and last name")
        .containsExactly("Jane Roe");
    assertThat(authors(page.formatted("jane.roe", props.formatted("max.muster", "Max Muster")))).as("another user")
        .isEmpty();
    assertThat(authors(page.formatted("jane.roe", ""))).as("no state: a login shaped as a host's name").isEmpty();
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <meta name="author" content="janeroe">
        <h1>Der Haushalt steht</h1>
        <p>Der Rat hat den Haushalt beschlossen.</p>
        <script>window.__STATE__ = {"post": {"user": {"login": "janeroe", "name": "Jane Roe"}}};</script>"""))
        .as("a script's state").containsExactly("Jane Roe");
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <meta name="author" content="janeroe">
        <h1>Der Haushalt steht</h1>
        <p>Der Rat hat den Haushalt beschlossen.</p>
        <script>window.__STATE__ = {"post": {"user": {"login": "janeroe", "name": "Redaktion"}}};</script>"""))
        .as("no person's name").containsExactly("janeroe");
  }

  @Test
  void aBylineThatSaysWhatItIsCountsAnywhereInTheArticle() {
    String far = "<p>Der Rat hat den Haushalt beschlossen.</p>".repeat(45);

    assertThat(authors("<title>Der Haushalt steht</title><h1>Der Haushalt steht</h1>" + far
        + "<div class=\"tags\"><span><a href=\"#\">Fehler melden</a></span>责任编辑： 焦鹏 </div>"))
        .containsExactly("焦鹏");
    assertThat(authors("<title>Der Haushalt steht</title><h1>Der Haushalt steht</h1>" + far
        + "<p><em>Von <span>Jana Brandt</span></em></p>")).containsExactly("Jana Brandt");
    assertThat(authors("<title>Der Haushalt steht</title>" + far + "<h1>Der Haushalt steht</h1><section>"
        + "<h4 class=\"meta-title\">Autor</h4><p><a href=\"/profil/jana-brandt\">Jana Brandt</a></p></section>"))
        .containsExactly("Jana Brandt");
    assertThat(authors("<title>Der Haushalt steht</title><h1>Der Haushalt steht</h1>" + far
        + "<p>Von Berlin aus fuhr der Rat nach Hamburg weiter.</p>")).as("prose that starts with a label").isEmpty();
    assertThat(authors("<title>Der Haushalt steht</title><h1>Der Haushalt steht</h1>" + far
        + "<p data-role=\"editor-name\">责任编辑：<span></span></p>")).as("a label without a name").isEmpty();
    assertThat(authors("<title>Der Haushalt steht</title><h1>Der Haushalt steht</h1>" + far
        + "<p>Autor: <span></span></p>")).as("a label without a name").isEmpty();
  }

  /**
   * Several writers sign with the plural label, "Autoren" or "Authors", and the label may stand without a colon
   * before full names; prose that starts with the word does not sign.
   */
  @Test
  void aPluralLabelOfTheAuthorsSignsTheArticleWithOrWithoutAColon() {
    String far = "<p>Der Rat hat den Haushalt beschlossen.</p>".repeat(45);
    String page = "<title>Der Haushalt steht</title><h1>Der Haushalt steht</h1>" + far + "<p>%s</p>";

    assertThat(authors(page.formatted("Autoren Jana Brandt und Olaf Quast"))).containsExactly("Jana Brandt",
        "Olaf Quast");
    assertThat(authors(page.formatted("Authors: Jana Brandt, Olaf Quast"))).containsExactly("Jana Brandt",
        "Olaf Quast");
    assertThat(authors(page.formatted("Autor Olaf Quast schrieb das Buch im Winter"))).as("prose").isEmpty();
  }

  /**
   * A byline of English bylines' habits under the headline, the serial comma, the place the writer files from, the
   * reporters credited beside the writer and the writer's role, names the people alone.
   */
  @Test
  void aBylineNamesItsPeopleWithoutTheirPlacesRolesAndCredits() {
    URI url = BRIDGE_URL;
    String page = BRIDGE_PAGE.formatted("<p class=\"byline\">%s</p>");

    assertThat(authors(page.formatted("By Jane Smith, Anna Lee, and Tom Brown"), url))
        .containsExactly("Jane Smith", "Anna Lee", "Tom Brown");
    assertThat(authors(page.formatted("Par Jean Dupont, Marie Curie, et Paul Martin"), url))
        .containsExactly("Jean Dupont", "Marie Curie", "Paul Martin");
    assertThat(authors(page.formatted("By Jane Smith in Kyiv, with additional reporting by Tom Brown"), url))
        .containsExactly("Jane Smith", "Tom Brown");
    assertThat(authors(page.formatted("By Jane Smith. Additional reporting by Tom Brown"), url))
        .containsExactly("Jane Smith", "Tom Brown");
    assertThat(authors(page.formatted("By Jane Smith in New York"), url)).containsExactly("Jane Smith");
    assertThat(authors(page.formatted("By Jane Smith, Europe Editor"), url)).containsExactly("Jane Smith");
    assertThat(authors(page.formatted("By Jane Smith, Science Correspondent, and Tom Brown"), url))
        .containsExactly("Jane Smith", "Tom Brown");
  }

  /**
   * A role that the byline's markup alone sets apart from the name, in an element or on a line of its own, is no
   * part of the name, as after a mark; a name that follows no other stays whole, whatever its words.
   */
  @Test
  void aRoleInAnElementOrOnALineOfItsOwnIsNoPartOfTheName() {
    URI url = BRIDGE_URL;
    String page = BRIDGE_PAGE;

    assertThat(authors(page.formatted("""
        <div class="byline"><span class="author">Jane Smith</span><span class="role">Europe Editor</span></div>"""),
        url)).containsExactly("Jane Smith");
    assertThat(authors(page.formatted("""
        <div class="byline"><div>By Jane Smith</div><div>Political correspondent</div></div>"""), url))
        .containsExactly("Jane Smith");
    assertThat(authors(page.formatted("<p class=\"byline\">By Jane Smith<br>Political Correspondent</p>"), url))
        .containsExactly("Jane Smith");
    assertThat(authors(page.formatted("<p class=\"byline\">Von Anna Schmid<br>Korrespondentin in Brüssel</p>"),
        url)).containsExactly("Anna Schmid");
    assertThat(authors(page.formatted("""
        <div class="byline"><span>Jane Smith</span>, <span>Europe Editor</span></div>"""), url))
        .containsExactly("Jane Smith");
    assertThat(authors(page.formatted("<p class=\"byline\">By <span>Ann Reporter</span></p>"), url))
        .as("a name that follows no other").containsExactly("Ann Reporter");
    assertThat(authors(page.formatted("""
        <div class="byline"><span>Jane Smith</span> and <span>Tom Brown</span></div>"""), url))
        .containsExactly("Jane Smith", "Tom Brown");
  }

  /**
   * The account that posted the page, which the JSON-LD and the meta name, gives way to the writer whom the byline
   * under the headline names by a full name; a byline that shares a word with the account names it otherwise.
   */
  @Test
  void aBylineUnderTheHeadlineOutranksTheAccountThatPostedThePage() {
    String page = """
        <title>Die Forscherin</title>
        <meta name="author" content="Kate Poster">
        <script type="application/ld+json">{"@type": "Article", "headline": "Die Forscherin",
          "author": {"@type": "Person", "name": "Kate Poster", "url": "https://www.stadtanzeiger.example/author/kate/"}}
        </script>
        <h1>Die Forscherin</h1>
        <div class="teaser"><p>Ein Leben für die Wissenschaft.</p></div>
        <div class="text"><p><strong>%s</strong></p>
        <p>Sie hat viele wichtige Entdeckungen gemacht, und ihre Arbeit hat vielen Menschen geholfen.</p></div>""";

    assertThat(authors(page.formatted("Von Jana Brandt"))).containsExactly("Jana Brandt");
    assertThat(authors(page.formatted("Von Kate"))).as("the account's first name").containsExactly("Kate Poster");
    assertThat(authors(page.formatted("Von Kate Poster"))).containsExactly("Kate Poster");
    assertThat(authors(page.formatted("Von der Redaktion"))).containsExactly("Kate Poster");
  }

  /**
   * A byline under the headline outranks the account only in a paragraph: a page whose elements after the headline
   * are none in a paragraph ({@code <div>}s and {@code <span>}s of a template's header) keeps the account, and a
   * paragraph further down than the elements read near the headline counts for nothing.
   */
  @Test
  void aBylineOutsideAnyParagraphLeavesTheAccountThatPostedThePage() {
    String page = """
        <title>Die Forscherin</title>
        <meta name="author" content="Kate Poster">
        <script type="application/ld+json">{"@type": "Article", "headline": "Die Forscherin",
          "author": {"@type": "Person", "name": "Kate Poster"}}
        </script>
        <h1>Die Forscherin</h1>
        <div class="head"><span><strong>Von Jana Brandt</strong></span></div>
        %s
        <div class="text"><p>Sie hat viele wichtige Entdeckungen gemacht, und ihre Arbeit hat vielen Menschen
        geholfen.</p></div>""";

    assertThat(authors(page.formatted(""))).containsExactly("Kate Poster");
    assertThat(authors(page.formatted("<div><span>1</span></div>".repeat(30)))).as("the text far below")
        .containsExactly("Kate Poster");
    assertThat(authors(page.formatted("").replace("<span><strong>Von Jana Brandt</strong></span>",
        "<p><strong>Von Jana Brandt</strong></p>"))).as("in a paragraph").containsExactly("Jana Brandt");
  }

  /**
   * A press release that no byline signs is the press officer's whom it names as its contact, on the line after the
   * label or in the paragraph after a label of its own; a list of contacts, or an office, names no one.
   */
  @Test
  void aPressReleasesOneContactIsItsAuthorWhenNothingElseNamesOne() {
    String page = """
        <title>Neue Umfrage zum Strompreis</title>
        <h1>Neue Umfrage zum Strompreis</h1>
        <p>Viele Kundinnen und Kunden sparen seit dem Herbst Strom, wie eine neue Umfrage unter tausend Haushalten
        zeigt. Die Ergebnisse stehen im Netz zum Download bereit.</p>
        %s""";

    assertThat(authors(page.formatted("""
        <p><strong>Pressekontakt</strong><br>Dr. Jana Brandt<br>Pressesprecherin<br>Tel.: 0000 111 222</p>""")))
        .containsExactly("Dr. Jana Brandt");
    assertThat(authors(page.formatted("""
        <div>Kontakt:</div><p><b>Olaf Quast<br></b>Telefon 0000 111 222<br>olaf@example.org</p><div></div>""")))
        .containsExactly("Olaf Quast");
    assertThat(authors(page.formatted("""
        <p><b>Kontakt:</b></p><p>Dr. Jana Brandt<br>Institut A</p><p>Dr. Olaf Quast<br>Institut B</p>""")))
        .as("a list of contacts").isEmpty();
    assertThat(authors(page.formatted("""
        <p><strong>Pressekontakt</strong><br>Pressestelle der Stadt<br>Tel.: 0000 111 222</p>""")))
        .as("an office").isEmpty();
  }

  @Test
  void aBylineInTheTextAfterTheHeadlineInItsParentCounts() {
    assertThat(authors("""
        <title>Der Haushalt steht | Lindenblatt</title>
        <div class="post-info"><h2 class="post-title">Der Haushalt steht</h2>
          Posted by Lindenblatt under <a href="/category/politik/">Politik</a></div>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("Lindenblatt");
  }

  @Test
  void aDeclaredAuthorThatSpellsTheHostGivesWayToTheBylineThePageShows() {
    String html = """
        <meta name="author" content="Stadtanzeiger – Das Magazin für Lindenau">
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <div class="text"><p>Von Jane Roe</p><p>Der Rat hat den Haushalt beschlossen, nach langem Streit.</p></div>""";

    assertThat(authors(html)).containsExactly("Jane Roe");
    assertThat(authors(html.replace("<p>Von Jane Roe</p>", ""))).as("no other source: a blog named after its author")
        .containsExactly("Stadtanzeiger");
  }

  @Test
  void aPhotoCreditInAFigureIsNoByline() {
    String html = """
        <meta name="author" content="Stadt Anzeiger">
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <figure><img src="/rathaus.jpg"><figcaption>Das Rathaus. <small>Photo by <a href="/p">John Doe</a></small>
        </figcaption></figure><p>Der Rat hat den Haushalt beschlossen.</p>""";

    assertThat(authors(html)).as("the site's name, set aside, is all there is").containsExactly("Stadt Anzeiger");
    assertThat(authors(html.replace("<meta name=\"author\" content=\"Stadt Anzeiger\">", ""))).isEmpty();
  }

  @Test
  void theLabelNameAndDateOfABylineInElementsOfTheirOwnAreReadApart() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <p class="author"><a href="/forum/post/7"><span class="icon">Beitrag</span></a><span>von <strong>
          <a href="/forum/member/5">r23</a></strong> » </span>21.01.2009, 05:42</p>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("r23");
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <div class="author-info"><a class="author-name" href="/user/janeroe"><span>Jane Roe</span></a><span><span>vor 5 Stunden</span>
          </span></div>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void aBylineInAFiguresCaptionCreditsThePictureNotTheArticle() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <figure><video></video><figcaption><span class="media-byline">Video: Max Mustermann</span></figcaption></figure>
        <p class="byline">Von Jane Roe</p>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void aLoneLinkedBylineBesideTheHeadlineCountsThoughItsPartIsCalledNavigation() {
    String page = """
        <title>Der Haushalt steht</title>
        <main><div class="article-nav-buttons"><ul><li class="back"><a href="/politik">Zurück</a>
          <div class="author">von <a href="/ueber-uns/autor/jane-roe">Jane Roe</a></div></li></ul></div>
        <div class="news"><h1>Der Haushalt steht</h1><p>Der Rat hat den Haushalt beschlossen.</p></div></main>
        %s""";

    assertThat(authors(page.formatted(""))).containsExactly("Jane Roe");
    assertThat(authors(page.formatted("""
        <div class="related-articles"><div class="author">von <a href="/ueber-uns/autor/max-muster">Max
          Muster</a></div></div>""")))
        .as("two bylines in other parts: a list of other articles").isEmpty();
    assertThat(authors(page.replace("<div class=\"author\">von <a href=\"/ueber-uns/autor/jane-roe\">Jane Roe</a></div>",
        "").formatted("<p>Mehr.</p>".repeat(50) + """
        <div class="comments"><div class="comment-author"><a href="/profil/leser">Max Leser</a></div></div>""")))
        .as("a comment's author, far from the headline").isEmpty();
  }

  @Test
  void theAuthorsOfTheWorksAPaperCitesAreNotItsAuthors() {
    assertThat(authors("""
        <title>Arzneimittel und Hautreaktionen</title>
        <article itemscope itemtype="http://schema.org/ScholarlyArticle">
          <h1 itemprop="name">Arzneimittel und Hautreaktionen</h1>
          <ul><li itemprop="author" itemscope itemtype="http://schema.org/Person">
            <span itemprop="name">Jane Roe</span></li></ul>
          <p>Wir fassen die Fälle zusammen.</p>
          <ol><li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">
            <meta itemprop="author" content="M. Muster, K. Beispiel, "><meta itemprop="datePublished" content="1988">
            Muster M, Beispiel K. Eine frühere Studie.</li></ol>
        </article>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void aDateLineUnderTheHeadlineThatHoldsAFullNameNamesTheAuthor() {
    String page = """
        <title>Variablen erklärt</title>
        <div class="row"><h1>Variablen erklärt</h1><p class="text-muted">%s</p></div>
        <p>Eine Variable ist ein Kästchen mit einem Namen.</p>""";

    assertThat(authors(page.formatted("11.12.2019 - Jane Roe"))).containsExactly("Jane Roe");
    assertThat(authors(page.formatted("Jane Roe | 3. März 2020"))).containsExactly("Jane Roe");
    assertThat(authors(page.formatted("11.12.2019 - Berlin"))).as("a place").isEmpty();
    assertThat(authors(page.formatted("11.12.2019 - 4 Minuten Lesezeit"))).as("a reading time").isEmpty();
  }

  @Test
  void aNameInBoldThatClosesTheTextSignsIt() {
    String prose = "<p>" + "Das Buch erzählt die Geschichte einer Stadt am Fluss und ihrer Brücken. ".repeat(8)
        + "</p>";
    String page = """
        <title>Buch der Woche</title>
        <h1>Buch der Woche</h1>
        <div class="text">%s%s</div>
        <footer><a href="/abo">Abo</a></footer>""";

    assertThat(authors(page.formatted(prose, "<p class=\"clearfix\"><strong>Jane Roe</strong></p>")))
        .containsExactly("Jane Roe");
    assertThat(authors(page.formatted(prose, "<p align=\"right\"><em>Jane Roe</em></p><p>(1) Zahlen der OECD.</p>")))
        .as("flush right, with footnotes after it").containsExactly("Jane Roe");
    assertThat(authors(page.formatted(prose, "<p><strong>Jane Roe</strong></p><p>Sie antwortet auf Fragen.</p>")))
        .as("a speaker introduced within the text").isEmpty();
    assertThat(authors(page.formatted("<p>Kurz.</p>", "<p><strong>Jane Roe</strong></p>")))
        .as("no prose before it").isEmpty();
    assertThat(authors(page.formatted(prose, "<p>Jane Roe</p>"))).as("not set apart in bold or italics").isEmpty();
  }

  @Test
  void aBylineWithAFullNameOutranksALoginThePageNeverShowsAsAName() {
    String page = """
        <title>Der Haushalt steht</title>
        <meta name="author" content="%s">
        <h1>Der Haushalt steht</h1>
        <p class="submitted">Gespeichert von <span class="username">%s</span> am 7. Juli 2019</p>
        <div class="text"><p>Der Rat hat den Haushalt beschlossen.</p><p>Autor: Jane Roe</p></div>""";

    assertThat(authors(page.formatted("jroe1984", "jroe1984"))).containsExactly("Jane Roe");
    assertThat(authors(page.formatted("Max Muster", "Max Muster"))).as("a name, not a login")
        .containsExactly("Max Muster");
    assertThat(authors(page.formatted("jroe1984", "jroe1984").replace("<p>Autor: Jane Roe</p>", "")))
        .as("no other byline").containsExactly("jroe1984");
  }

  @Test
  void aSignatureMayOpenWithWhatItSigns() {
    String page = """
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        %s
        <div class="text"><p>%s</p><p>Der Rat hat den Haushalt beschlossen.</p></div>""";
    String nav = "<ul>" + "<li><a href=\"/\">Rubrik</a></li>".repeat(40) + "</ul>";

    assertThat(authors(page.formatted(nav, "Ein Beitrag von Jane Roe"))).containsExactly("Jane Roe");
    assertThat(authors(page.formatted(nav, "Blog post by Jane Roe"))).containsExactly("Jane Roe");
    assertThat(authors(page.formatted(nav, "Photo by Jane Roe"))).as("a picture's credit").isEmpty();
  }

  @Test
  void theBylineAddsTheCoAuthorsThatTheMetadataLeavesOut() {
    String page = """
        <title>Der Haushalt steht</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Der Haushalt steht",
          "author": {"@type": "Person", "name": "Jane Roe"}}</script>
        <h1>Der Haushalt steht</h1>
        <div class="meta-item author"><span class="fn">%s</span></div>
        <p>Der Rat hat den Haushalt beschlossen.</p>""";

    assertThat(authors(page.formatted("von Jane Roe, Max Muster"))).containsExactly("Jane Roe", "Max Muster");
    assertThat(authors(page.formatted("von Max Muster, Jane Roe"))).as("in the byline's order")
        .containsExactly("Max Muster", "Jane Roe");
    assertThat(authors(page.formatted("von Max Muster, Erika Beispiel"))).as("another article's byline")
        .containsExactly("Jane Roe");
    assertThat(authors(page.formatted("von Jane Roe, Max Muster | Teilen"))).as("not names alone")
        .containsExactly("Jane Roe");
  }

  @Test
  void aBylineUnderTheHeadlineEndsAtItsLineBreak() {
    String page = """
        <title>Holz für das Lager</title>
        <h1>Holz für das Lager</h1>
        <p>%s</p>
        <p>Nur eine kurze Sandpiste trennt das Lager von der Stadt.</p>""";

    assertThat(authors(page.formatted("Von <b>Jane Roe</b> und <b>Max Muster</b><br><br>Kakuma /Kenia")))
        .containsExactly("Jane Roe", "Max Muster");
    assertThat(authors(page.formatted("Von<br><b>Jane Roe</b>"))).as("a label alone on its line")
        .containsExactly("Jane Roe");
  }

  @Test
  void aNameAndADateOnTheirOwnLinesThatCloseTheTextSignIt() {
    String prose = "<p>" + "Ich habe die Seite umgebaut und schreibe hier wieder öfter über Technik. ".repeat(8)
        + "</p>";
    String page = """
        <title>Neustart</title>
        <h1>Neustart</h1>
        <article>%s%s</article>""";

    assertThat(authors(page.formatted(prose, "<p>Jane<br> 10. September 2017</p>"))).containsExactly("Jane");
    assertThat(authors(page.formatted(prose, "<p>Jane<br> bis bald</p>"))).as("no date").isEmpty();
    assertThat(authors(page.formatted(prose, "<p>Jane Roe schrieb mir<br> 10. September 2017</p>")))
        .as("prose, not a name").isEmpty();
  }

  @Test
  void textKeptForScreenReadersIsNoPartOfTheByline() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <div class="author-meta"><span class="name">Jane Roe</span> <a href="mailto:jane@example.org"
          title="Send us an e-mail"><span class="screen-reader-text">Send us an e-mail</span></a></div>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void aBylineWithALinkToTheWritersHandleNamesThemByTheLink() {
    assertThat(authors("""
        <title>Der Haushalt steht</title>
        <h1>Der Haushalt steht</h1>
        <div class="author"><a href="/@jroe"><div class="avatar"></div></a>
          <div class="name"><a href="/@jroe"><strong>Jane Roe</strong></a><p>Writes about city budgets</p></div></div>
        <p>Der Rat hat den Haushalt beschlossen.</p>"""))
        .containsExactly("Jane Roe");
  }

  @Test
  void aDublinCoreCreatorWrittenSurnameFirstIsOnePerson() {
    assertThat(authors("""
        <title>Remote storage</title>
        <meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">
        <meta name="author" content="Roe, Jane">
        <body><h1>Remote storage</h1></body>""")).containsExactly("F. Kooman", "Michiel de Jong");
  }

  /**
   * A scholar's site named after its owner with their title, on a host that spells the name, is written by its owner
   * when nothing else names anyone; without the title, a name that the host spells is as likely a publication's.
   */
  @Test
  void theOwnerOfAPersonalSiteThatTheHostSpellsWithAnAcademicTitleWritesIt() {
    String page = """
        <title>Zeit und Muße &#8211; %1$s</title>
        <meta property="og:site_name" content="%1$s">
        <header><div class="site-title"><a href="/">%1$s</a></div></header>
        <h1>Zeit und Muße</h1>
        <p>Was Zeit ist, fragen Philosophen seit jeher, und jede Antwort wirft neue Fragen auf.</p>""";
    URI personal = URI.create("https://www.hanna-quellmalz.example/zeit/muse/");

    assertThat(authors(page.formatted("Dr. Hanna Quellmalz"), personal)).containsExactly("Hanna Quellmalz");
    assertThat(authors(page.formatted("Hanna Quellmalz"), personal)).isEmpty();
    assertThat(authors(page.formatted("Prof. Dr. Hanna Quellmalz"), URL)).as("another host").isEmpty();
    assertThat(authors(page.replace("<meta property=\"og:site_name\" content=\"%1$s\">", "")
        .formatted("Prof. Dr. Hanna Quellmalz"), personal)).as("in the header only").containsExactly("Hanna Quellmalz");
  }

  /**
   * A personal site named otherwise may give its owner's name, which its host spells, as its tagline under its
   * title: the owner writes its pages that no byline signs. The same name in a menu, or as the site's own name,
   * names the publication.
   */
  @Test
  void theOwnerThatTheHostSpellsAsTheSitesTaglineWritesIt() {
    String page = """
        <title>Zeit und Muße | %1$s</title>
        <meta property="og:site_name" content="%1$s">
        <header><span class="site-title"><a href="/">%1$s</a></span>
        <span class="%2$s">Hanna Quellmalz</span></header>
        <h1>Zeit und Muße</h1>
        <p>Was Zeit ist, fragen Philosophen seit jeher, und jede Antwort wirft neue Fragen auf.</p>""";
    URI personal = URI.create("https://hannaquellmalz.blogs.example/2019/11/14/zeit-und-musse/");

    assertThat(authors(page.formatted("Sprachwerk", "site-description"), personal))
        .containsExactly("Hanna Quellmalz");
    assertThat(authors(page.formatted("Sprachwerk", "site-description"), URL)).as("another host").isEmpty();
    assertThat(authors(page.formatted("Sprachwerk", "menu-item"), personal)).as("no tagline").isEmpty();
    assertThat(authors(page.formatted("Hanna Quellmalz", "site-description"), personal)).as("the site's name")
        .isEmpty();
  }

  /**
   * A template's maker signs the {@code <meta>} author that it prints on every page with their own site's address:
   * they wrote none of the articles. The site's own address, or a profile's, beside its owner's name is no such
   * credit.
   */
  @Test
  void aMetaAuthorBesideAnotherSitesHomeIsTheTemplatesMaker() {
    String page = """
        <title>Rinderleber mit Apfel</title>
        <meta name="author" content="%s">
        <h1>Rinderleber mit Apfel</h1>
        <p>So schön winterlich war es lange nicht mehr, und da bringt ein kräftiges Essen richtig Laune.</p>""";

    assertThat(authors(page.formatted("Frank Roe - http://roe-design.example"))).isEmpty();
    assertThat(authors(page.formatted("www.roe-design.example | Frank Roe"))).isEmpty();
    assertThat(authors(page.formatted("Frank Roe - https://www.stadtanzeiger.example/")))
        .as("the site's own address").containsExactly("Frank Roe");
    assertThat(authors(page.formatted("Frank Roe (http://roe.example/frank/)"))).as("a profile's address")
        .containsExactly("Frank Roe");
    assertThat(authors(page.formatted("Jane Roe, www.janeroe.example"))).as("a columnist's own site")
        .containsExactly("Jane Roe");
    assertThat(authors(page.formatted("Frank Roe - http://frank.example"))).as("not the whole name").isEmpty();
  }

  /**
   * A page that carries a text in translation credits its translator beside its author, and its metadata may name
   * the translator's account, which posted it: the translator is no author.
   */
  @Test
  void theTranslatorThatAPageCreditsIsNoAuthor() {
    String declared = """
        <title>Clickbait kostet CO2</title>
        <script type="application/ld+json">{"@type": "Article", "headline": "Clickbait kostet CO2",
          "author": {"@type": "Person", "name": "max-muster"}}</script>
        <h1>Clickbait kostet CO2</h1>
        <div class="author"><p>Autor <span>Jane Roe:</span></p>
        <p class="meta-author">%s <span><a href="/author/max-muster/">Max Muster</a></span>, 12.12.22</p></div>
        <p>Schlagzeilen wie diese kennst du bestimmt, und sie kosten mehr Strom, als man denkt.</p>""";
    String byline = """
        <title>Clickbait kostet CO2</title>
        <h1>Clickbait kostet CO2</h1>
        <div class="byline">Von <a href="/author/jane-roe/">Jane Roe</a>, %s <a href="/author/max-muster/">Max
        Muster</a></div>
        <p>Schlagzeilen wie diese kennst du bestimmt, und sie kosten mehr Strom, als man denkt.</p>""";

    assertThat(authors(declared.formatted("Übersetzung"))).containsExactly("Jane Roe");
    assertThat(authors(declared.formatted("Translated by"))).containsExactly("Jane Roe");
    assertThat(authors(declared.formatted("Redaktion"))).as("no translator").containsExactly("Max Muster");
    assertThat(authors(byline.formatted("aus dem Englischen übersetzt von"))).containsExactly("Jane Roe");
    assertThat(authors(byline.formatted("mit"))).as("no translator").containsExactly("Jane Roe", "Max Muster");
  }

  /**
   * A link or a button is no label: a language switcher's "Traduction", a menu's "Translation" or a toolbar's button
   * that stands before an author's link leads to a page, or translates this one, and credits no one.
   */
  @Test
  void aLinkThatNamesATranslationCreditsNoTranslator() {
    String page = """
        <title>Le port rouvre</title>
        <script type="application/ld+json">{"@type": "Article", "headline": "Le port rouvre",
          "author": {"@type": "Person", "name": "Jeanne Roux"}}</script>
        <h1>Le port rouvre</h1>
        <div class="byline">%s <a href="/author/jeanne-roux/">Jeanne Roux</a></div>
        <p>Après deux ans de travaux, le port de plaisance accueille de nouveau les bateaux.</p>""";

    assertThat(authors(page.formatted("<a href=\"/en/port-reopens\" hreflang=\"en\">Traduction</a>")))
        .containsExactly("Jeanne Roux");
    assertThat(authors(page.formatted("<span class=\"menu\"><a href=\"/translation/\">Translation</a></span>")))
        .containsExactly("Jeanne Roux");
    assertThat(authors(page.formatted("<button type=\"button\" class=\"translate\">Translation</button>")))
        .containsExactly("Jeanne Roux");
    assertThat(authors(page.formatted("<span>Traduction :</span>"))).as("a label").isEmpty();
  }

  /**
   * A blogging service names a blog after the login of the one who writes it, who signs its posts with that login
   * beside the headline: the login that is the host's first label is the author when nothing else names one. A
   * capitalised name that spells it, a login that is only the site's name, or one without a byline's class or label,
   * names the publication.
   */
  @Test
  void aLoginThatSpellsTheHostSignsTheBlogsPostsWhenNothingElseDoes() {
    String page = """
        <title>Was zum Hören in den Ferien | Zahlenmagie</title>
        <meta property="og:site_name" content="Zahlenmagie">
        <h1 class="vcard author" id="site-title"><a href="/" class="fn">Zahlenmagie</a></h1>
        <h3 class="entry-title">Was zum Hören in den Ferien</h3>
        <h4 class="vcard author">%s <span class="fn">%s</span></h4>
        <p>Dank Kabelanschluss kann ich auch hier Radio hören, und gerade läuft eine spannende Sendung.</p>""";
    URI blog = URI.create("https://zahlenmagie.blogs.example/2012/08/22/was-zum-horen/");

    assertThat(authors(page.formatted("von", "zahlenmagie"), blog)).containsExactly("zahlenmagie");
    assertThat(authors(page.formatted("by", "zahlenmagie"), blog)).containsExactly("zahlenmagie");
    assertThat(authors(page.formatted("by", "Zahlenmagie"), blog)).as("capitalised").isEmpty();
    assertThat(authors(page.formatted("von", "zahlenmagie"), URL)).as("the site's name, not its host's").isEmpty();
    assertThat(authors(page.formatted("von", "jroe"), blog)).as("another login").containsExactly("jroe");
    String above = """
        <title>Ratschläge geben | Zahlenmagie</title>
        <ul class="pagetabs"><li><a href="/zahlenmagie/">zahlenmagie</a></li></ul>
        <div class="title"><small>%s <strong>zahlenmagie</strong> | 31. Dezember 2008</small>
        <h2>Ratschläge geben</h2></div>
        <p>Wer Ratschläge gibt, sollte zuerst zuhören, und dann erst fragen, was der andere braucht.</p>""";
    assertThat(authors(above.formatted("Verfasst von:"), blog)).as("a labelled line above the headline")
        .containsExactly("zahlenmagie");
    assertThat(authors(above.formatted("Kategorie:"), blog)).as("no label, a menu's link").isEmpty();
  }

  /**
   * A guest's text that its last line signs ("...<br><em>Jane Roe</em>") is hers, though the metadata names the
   * account that posted it, when the page shows that account's name nowhere; a note may follow the signed paragraph.
   */
  @Test
  void aSignatureThatClosesTheTextOverrulesAnAccountThePageNeverShows() {
    String prose = "Der Rat hat den Haushalt nach langen Beratungen beschlossen, mit einer breiten Mehrheit und "
        + "gegen die Stimmen der Opposition, die mehr Geld für die Schulen und die Straßen der Stadt forderte. ";
    String page = """
        <title>Der Haushalt steht</title>
        <meta name="author" content="Karl Konto">
        <h1>Der Haushalt steht</h1>
        %s
        <div class="entry-content">
        <p>%s</p>
        <p>%s</p>
        <p>%s<br><em>%s</em></p>
        <p>Zum Weiterlesen: Jane Roe, <a href="/buch">Das Haushaltsbuch</a>, Beispiel Verlag</p>
        </div>""";
    String p = prose.repeat(2);

    assertThat(authors(page.formatted("", p, p, p, "Jane Roe"))).containsExactly("Jane Roe");
    assertThat(authors(page.formatted("<p class=\"meta\">Karl Konto</p>", p, p, p, "Jane Roe")))
        .as("the page shows the account's name").containsExactly("Karl Konto");
    assertThat(authors(page.formatted("", p, p, p, "Karl Roe"))).as("a name in common")
        .containsExactly("Karl Konto");
    assertThat(authors(page.formatted("", p, p, p, "Jane"))).as("a first name alone").containsExactly("Karl Konto");
    assertThat(authors(page.formatted("", p, p, p + "<br><em>Jane Roe</em> sagt dazu mehr", "Max Muster")
        .replace("<br><em>Max Muster</em>", ""))).as("the name opens a line of prose")
        .containsExactly("Karl Konto");
    assertThat(authors(page.formatted("", p, p, p, "Jane Roe").replace("<meta name=\"author\" content=\"Karl Konto\">",
        ""))).as("no declared author: the signature as the last resort").containsExactly("Jane Roe");
    assertThat(authors(page.formatted("", p, p, p, "Jane Roe").replace("<p>Zum Weiterlesen", "<p>" + p + "</p><p>")))
        .as("prose follows: the line closes no text").containsExactly("Karl Konto");
    String verse = "Der Winter ist ein rechter Mann,<br>kernfest und auf die Dauer;<br>sein Fleisch fühlt sich wie "
        + "Eisen an";
    assertThat(authors(page.formatted("", p, p, p + "</p><p>" + verse, "Mathias Claudius")))
        .as("a poem that the text quotes closes with its poet").containsExactly("Karl Konto");
    assertThat(authors(page.formatted("", p, p + "</p><blockquote><p>" + p, p, "Jane Roe")
        .replace("</em></p>", "</em></p></blockquote>"))).as("a quotation closes the text")
        .containsExactly("Karl Konto");
  }

  /**
   * An account in lower case that the blogger's closing greeting spells with a capital ("Deine Mia") is named as she
   * signs: the page shows that spelling, the login only its metadata.
   */
  @Test
  void aLoginIsSpeltAsTheGreetingThatClosesTheTextSignsIt() {
    String prose = "Heute zeige ich dir eine kurze Übung für den Morgen, die den Rücken lockert und den Kopf frei "
        + "macht, bevor der Tag beginnt, und die du ohne Matte auch im Büro machen kannst. ";
    String page = """
        <title>Fünf Minuten für den Rücken</title>
        <meta name="author" content="mia">
        <h1>Fünf Minuten für den Rücken</h1>
        <div class="entry-content"><p>%s</p><p>%s</p>%s</div>""";
    String p = prose.repeat(3);

    assertThat(authors(page.formatted(p, p, "<p>Deine Mia</p>"))).containsExactly("Mia");
    assertThat(authors(page.formatted(p, p, "<p>Love, Mia!</p>"))).containsExactly("Mia");
    assertThat(authors(page.formatted(p, p, "<p>Mia</p>"))).containsExactly("Mia");
    assertThat(authors(page.formatted(p, p, "<p>Deine Mia</p><p>" + p + "</p>"))).as("prose follows")
        .containsExactly("mia");
    assertThat(authors(page.formatted(p, p, "<p>Ich grüße dich, bis bald, Mia</p>"))).as("a sentence")
        .containsExactly("mia");
    assertThat(authors(page.formatted(p, p, "<p>Deine Lea</p>"))).as("another name").containsExactly("mia");
    assertThat(authors(page.formatted("", "", "<p>Deine Mia</p>"))).as("no prose before").containsExactly("mia");
  }

  /**
   * A {@code <meta>} author that holds the host's name among other words ("EFC Bayern Example" of
   * bayern-example.de) names the club that runs the site: the byline the page shows names the writer, here a label
   * and a link to a member's profile, which tells that the one word after the label is a name.
   */
  @Test
  void aMetaAuthorThatHoldsTheHostsNameGivesWayToAMembersByline() {
    String page = """
        <title>EFC Bayern Example Town - Neuer Trainer vorgestellt - Vereinsnews</title>
        <meta name="author" content="EFC Bayern Example">
        <table class="item"><tr><td class="itemHead"><span class="itemTitle"><a href="/news/index.php?storytopic=3">
          Vereinsnews</a> : Neuer Trainer vorgestellt</span></td></tr>
        <tr><td class="itemInfo"><span class="itemPoster">Geschrieben von <a href="%s">%s</a></span>
          <span class="itemPostDate">am 25.08.2015 22:30</span></td></tr>
        <tr><td class="itemBody"><p class="itemText">Der Verein hat seinen neuen Trainer vorgestellt.</p></td></tr>
        </table>""";
    URI club = URI.create("http://bayern-example.de/news/article.php?storyid=504");

    assertThat(authors(page.formatted("/userinfo.php?uid=6", "Kuno"), club)).containsExactly("Kuno");
    assertThat(authors(page.formatted("/userinfo.php?uid=6", "Kuno"), URL)).as("another host")
        .containsExactly("EFC Bayern Example");
    assertThat(authors(page.formatted("/news/index.php?storytopic=4", "Kuno"), club)).as("no profile's link")
        .containsExactly("EFC Bayern Example");
  }

  /** The words of a signature's label are found in any ASCII case, as in the text's lower-case copy. */
  @Test
  void findsASignaturesLabelAsTheLowerCaseCopyDoes() {
    String pieces = "byvonparpordoorBYVONPARPORDOOR xİK\u0131ł";
    Random random = new Random(20261130L);
    StringBuilder s = new StringBuilder();
    int found = 0;
    for (int i = 0; i < 50_000; i++) {
      s.setLength(0);
      for (int c = 0, n = random.nextInt(8); c < n; c++) {
        s.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      String own = s.toString();
      String lower = own.toLowerCase(Locale.ROOT);
      boolean expected = lower.contains("by") || lower.contains("von") || lower.contains("par")
          || lower.contains("por") || lower.contains("door");
      found += expected ? 1 : 0;
      assertThat(PageAuthors.holdsSignatureLabel(own)).as("'%s'", own).isEqualTo(expected);
    }
    assertThat(found).isGreaterThan(500);
  }

  /**
   * The byline's markup holds the name in capitals, as the site's style shows it; the {@code <meta>} author spells
   * it in upper and lower case, which the author takes. A name in capitals that no other source spells stays.
   */
  @Test
  void aNameInCapitalsTakesTheMetaAuthorsSpelling() {
    String byline = "<p class=\"byline\">By <span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
        + "<span itemprop=\"name\">JANE ROE</span></span></p>";
    String page = BRIDGE_PAGE.formatted(byline);

    assertThat(authors(page.replace("<head>", "<head><meta name=\"author\" content=\"Jane Roe\">"), BRIDGE_URL))
        .containsExactly("Jane Roe");
    assertThat(authors(page, BRIDGE_URL)).containsExactly("JANE ROE");
  }
}
