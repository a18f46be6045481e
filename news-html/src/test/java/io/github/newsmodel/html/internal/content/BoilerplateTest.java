package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.html.internal.content.Boilerplate.Words;
import io.github.newsmodel.html.internal.dom.RandomNames;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  @Test
  void readsTheWordsOfClassesAsTheRegexesDid() {
    int[] furniture = new int[1];
    RandomNames.forEach(30_000, names -> {
      assertThat(Boilerplate.words(names)).as("'%s'", names).isEqualTo(Regexes.words(names));
      assertThat(Boilerplate.contentToken(names)).as("'%s'", names).isEqualTo(Regexes.contentToken(names));
      furniture[0] += Boilerplate.words(names).furniture() ? 1 : 0;
    });
    assertThat(furniture[0]).isBetween(1_000, 29_000);
  }

  @Test
  void tellsTheArticlesTextFromItsWrapper() {
    assertThat(Boilerplate.words("entry-content").article()).isTrue();
    assertThat(Boilerplate.words("post__body").article()).isTrue();
    assertThat(Boilerplate.words("entry-content-wrap").article()).isFalse();
    assertThat(Boilerplate.words("td-post-content").article()).isTrue();
    assertThat(Boilerplate.words("related-posts").furniture()).isTrue();
    assertThat(Boilerplate.words("top-ad2").furniture()).isTrue();
    assertThat(Boilerplate.words("header").furniture()).isFalse();
    assertThat(Boilerplate.contentToken("related-posts entry")).isTrue();
    assertThat(Boilerplate.contentToken("related-posts entry-share")).isFalse();
    assertThat(Boilerplate.contentToken("")).isFalse();
  }

  /** The regexes that {@link Boilerplate} used to run, which its word lists must answer exactly as. */
  private static final class Regexes {
    private static final Pattern FURNITURE_NAMES = Pattern.compile(String.join("|",
        "related", "recommend", "newsletter", "subscri", "signup", "sign-up", "cookie", "consent", "gdpr",
        "breadcrumb", "pagination", "pager", "promo", "sponsor", "advert", "outbrain", "taboola", "plista",
        "comment", "disqus", "respond", "skiplink", "skip-link", "jump-to", "author-bio", "authorbio",
        "author-box", "authorbox", "about-author", "about-the-author", "byline", "post-meta",
        "entry-meta", "article-meta", "postmeta", "entry-footer", "post-footer", "read-more", "readmore",
        "more-stories", "morestories", "most-popular", "mostpopular", "trending", "teaser", "tagcloud",
        "tag-cloud", "tags-links", "cat-links", "post-tags", "entry-tags", "article-tags", "post-categories",
        "sharedaddy", "addtoany", "addthis", "shariff", "copyright", "credit", "img-author",
        "image-source", "imagesource", "photo-source", "bildnachweis", "bildquelle", "disclaimer", "affiliate",
        "advertorial", "saboxplugin", "author-info", "authorinfo", "author-description", "author-details",
        "author-profile", "author-card", "autor-box", "twitter-tweet", "instagram-media", "tiktok-embed", "kommentar", "leserbrief", "shoutbox", "yarpp", "rating", "login", "modal", "popup", "overlay",
        "lightbox", "dialog")
        + "|(?:^|[\\s_-])(?:ad|ads|adv|adsense|adslot|ad-slot|dfp|tags|tag-list|categories|keywords|meta|"
        + "share|tools|links|more|extra|utility|utilities|supplemental|credits?|sources?|author|autor|byline)"
        + "(?:$|[\\s_-]|\\d)");
    private static final Pattern LAYOUT_NAMES = Pattern.compile(String.join("|",
        "sidebar", "side-bar", "social", "sociable", "sharing", "widget", "toolbar", "paywall",
        "footer", "masthead", "navigation", "navbar", "menu", "banner", "print", "community")
        + "|(?:^|[\\s_-])nav(?:$|[\\s_-]|\\d)");
    private static final Pattern LEAD_NAMES = Pattern.compile("(?:^|[\\s_-])(?:intro|lead|leadtext|standfirst|"
        + "excerpt|abstract|summary|chapo|sumario|entradilla|subheadline|sub-headline|subtitle|dek|deck|"
        + "teaser-?text|teaser__text|article-teaser|article-lead|article-intro|article-summary|text-lead)"
        + "(?:$|[\\s_-])");
    private static final Pattern COMMENT_NAMES = Pattern.compile("comment|disqus|respond|kommentar|leserbrief");
    private static final Pattern ARTICLE_NAMES = Pattern.compile(
        "articlebody|(?:article|entry|post|story|news|blog|page|single|td-post)[-_]{0,2}(?:body|content|text)"
        + "(?![-_]{0,2}(?:wrap|wrapper|container|holder|area))|body-?text|text-content|main-content|maincontent|"
        + "content-body|instapaper_body|field-name-body|field--name-body|rich-?text|artikel|beitrag|hentry|h-entry");
    private static final Pattern CONTENT_WORDS = Pattern.compile(
        "(?:^|[\\s_-])(?:article|story|entry|post|content|text|body|main|blog)(?:$|[\\s_-])");


    static Words words(String names) {
      if (names.isEmpty()) {
        return Words.NONE;
      }
      boolean lead = LEAD_NAMES.matcher(names).find();
      boolean article = lead || ARTICLE_NAMES.matcher(names).find();
      boolean furniture = !article && FURNITURE_NAMES.matcher(names).find();
      boolean layout = !article && LAYOUT_NAMES.matcher(names).find();
      return new Words(article, furniture, furniture && COMMENT_NAMES.matcher(names).find(), layout,
          CONTENT_WORDS.matcher(names).find() && !FURNITURE_NAMES.matcher(names).find(),
          names.contains("comment"), lead);
    }

    static boolean contentToken(String names) {
      for (String token : names.split(" ")) {
        if (CONTENT_WORDS.matcher(token).find() && !FURNITURE_NAMES.matcher(token).find()
            && !LAYOUT_NAMES.matcher(token).find()) {
          return true;
        }
      }
      return false;
    }
  }
}
