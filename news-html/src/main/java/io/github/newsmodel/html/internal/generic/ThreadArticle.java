package io.github.newsmodel.html.internal.generic;

import io.github.newsmodel.core.Article;
import io.github.newsmodel.core.Author;
import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Comment;
import io.github.newsmodel.core.EditRecord;
import io.github.newsmodel.html.internal.comments.CommentSection;
import io.github.newsmodel.html.internal.comments.OpeningPost;
import io.github.newsmodel.html.internal.time.EditTimes;
import io.github.newsmodel.html.internal.time.ResolvedTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The article of a forum thread: its opening post ({@link OpeningPost}), whatever forum software printed it, and
 * the replies as its comments.
 *
 * <ul>
 *   <li><b>Body</b>: the opening post's text when the page holds no article text of its own. A first post printed
 *       as a post like the others is the opening post only so, or when the page's text is the post's own (the
 *       {@code articleBody} that Burning Board 5 declares in JSON-LD), and only when the page names no author or
 *       names its poster: on a page with an article's text, or one by another writer, it is the first reader
 *       comment. An
 *       opening post is no comment. A post without text, as a link's submission is, gives the article no body, but
 *       its poster and time.
 *   <li><b>Authors</b>: the opening post's author when the page names no one; when the names the page shows hold
 *       the opening post's author, they are the post's header read as a byline ("by railfan_ed » Sun Mar 03"),
 *       and the post's author, with the link to the profile, is the one.
 *   <li><b>Publication time</b>: the opening post's, with its offset or assumed zone, when the page declares none,
 *       or declares only its day.
 *   <li><b>Edits</b>: the opening post's edit notices ("Last edited by ...") when the page has no edits of its own
 *       and none is before the publication time.
 * </ul>
 *
 * <p>What the page declares for machines (JSON-LD, {@code <meta>}, Microdata) or shows as the article's byline and
 * date stays: the opening post only fills what is missing. On a topic's later page, which shows no opening post,
 * an author named like one of its posters is that post's byline and goes.
 *
 * @param body the article's body
 * @param comments the article's comments
 */
record ThreadArticle(List<Block> body, List<Comment> comments) {

  /**
   * Reads the thread's article from its opening post, if the page shows one, into the builder.
   *
   * @param section the page's comments, with the opening post if any
   * @param body the page's main text, without the comments
   * @param meta the metadata read, whose authors and dates the builder holds already
   * @param article the builder, whose authors, dates and edits are completed
   * @return the body and the comments of the article
   */
  static ThreadArticle of(CommentSection section, List<Block> body, ArticleMetadata meta, Article.Builder article) {
    if (!opens(section, body, meta.authors())) {
      if (section.laterPage()) {
        article.authors(withoutPosters(meta.authors(), section.comments()));
      }
      return new ThreadArticle(body, section.comments());
    }
    OpeningPost post = section.opening().get();
    List<Comment> comments = section.comments();
    if (post.listed()) {
      comments = comments.subList(1, comments.size());
    }
    authors(meta.authors(), post).ifPresent(article::authors);
    Optional<ResolvedTime> declared = meta.published();
    Optional<OffsetDateTime> published = declared.map(ResolvedTime::time);
    if (post.publishedAt().isPresent() && datable(meta, post)
        && (declared.isEmpty() || sameDayWithTime(declared.get(), post))) {
      published = post.publishedAt();
      article.publishedAt(post.publishedAt().get()).publishedAtDateOnly(post.publishedAtDateOnly())
          .assumedZone(post.assumedZone());
    }
    if (!post.edits().isEmpty() && editsAfter(post.edits(), published)) {
      article.edits(post.edits());
    }
    return new ThreadArticle(body.isEmpty() || post.listed() && sameText(body, post.body()) ? post.body() : body,
        comments);
  }

  /**
   * Whether the page shows a thread's opening post that is its article: a block before the comments always is; the
   * first of the posts only on a page without text of its own, or whose text is the post's, whose named authors, if
   * any, hold its poster.
   *
   * @param section the page's comments, with the opening post if any
   * @param body the page's main text, without the comments
   * @param authors the authors the page names
   * @return whether the opening post is the article
   */
  static boolean opens(CommentSection section, List<Block> body, List<Author> authors) {
    Optional<OpeningPost> found = section.opening();
    return found.isPresent() && (!found.get().listed()
        || (body.isEmpty() || sameText(body, found.get().body())) && byPoster(authors, found.get()));
  }

  /**
   * Whether the page's text is the post's, word for word: what a page declares as its {@code articleBody} for
   * machines, Burning Board 5's plain text of its opening post, read as the page's text. Blocks may part the words
   * otherwise (the post's list, the declared text's lines), so only the words count. Compared a character at a
   * time, not joined into strings: asked of every thread's page, up to three times, whose text mostly differs from
   * the post's in its first words.
   */
  private static boolean sameText(List<Block> body, List<Block> post) {
    if (post.isEmpty()) {
      return false;
    }
    Words page = new Words(body);
    Words posted = new Words(post);
    for (int c = page.next(); c == posted.next(); c = page.next()) {
      if (c < 0) {
        return true;
      }
    }
    return false;
  }

  /** The characters of blocks' texts in a row, with one space for each run of white space between two words. */
  private static final class Words {
    private final List<Block> blocks;
    private int block = -1;
    private String text = "";
    private int at;
    /** Whether a character was given, after which white space is a space. */
    private boolean started;

    Words(List<Block> blocks) {
      this.blocks = blocks;
    }

    /** The next character, a space for the white space before a word (none at the ends), or -1 after the last. */
    int next() {
      boolean space = false;
      while (true) {
        if (at == text.length()) {
          if (++block >= blocks.size()) {
            return -1;
          }
          text = blocks.get(block).text();
          at = 0;
          space = true; // a block's words are parted from the last block's
          continue;
        }
        char c = text.charAt(at);
        if (Character.isWhitespace(c)) {
          space = true;
          at++;
        } else if (space && started) {
          return ' '; // the word's first character comes next time
        } else {
          started = true;
          at++;
          return c;
        }
      }
    }
  }

  /**
   * Whether the page's named authors leave the first post to be the thread's: they name no one, or its poster. A
   * page that names another writer is an article by that writer, though it shows none of its text, and its first
   * comment a reader's.
   */
  private static boolean byPoster(List<Author> authors, OpeningPost post) {
    return authors.isEmpty() || named(authors, post.author()).isPresent();
  }

  /**
   * The authors without the posters of a topic's later page: the bylines of its posts ("by ann » Sun Mar 03") are
   * read as the page's before the posts are known, and none of them opened the topic.
   */
  private static List<Author> withoutPosters(List<Author> authors, List<Comment> posts) {
    Set<String> posters = new HashSet<>();
    posts.forEach(p -> p.author().ifPresent(a -> posters.add(a.name().toLowerCase(Locale.ROOT))));
    return authors.stream().filter(a -> !posters.contains(a.name().toLowerCase(Locale.ROOT))).toList();
  }

  private static Optional<Author> named(List<Author> authors, Author poster) {
    String name = poster.name().toLowerCase(Locale.ROOT);
    return authors.stream().filter(a -> a.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
  }

  /**
   * The authors, if the opening post changes them: its poster where the page names no one, or where the names it
   * shows hold the poster's, as its header read as a byline does ("by railfan_ed » Sun Mar 03").
   */
  private static Optional<List<Author>> authors(List<Author> found, OpeningPost post) {
    Author poster = post.author();
    if (found.isEmpty()) {
      return Optional.of(List.of(poster));
    }
    return named(found, poster).map(a -> List.of(poster.url().isPresent() || a.url().isEmpty() ? poster : a));
  }

  /**
   * Whether the post's time can be the article's beside its modification time: not after it, and in the same
   * assumed zone, which the article records once for both.
   */
  private static boolean datable(ArticleMetadata meta, OpeningPost post) {
    Optional<ResolvedTime> modified = meta.dates().modified();
    return modified.isEmpty() || !post.publishedAt().get().isAfter(modified.get().time())
        && post.assumedZone().equals(meta.dates().zone());
  }

  /**
   * Whether the page gives only the day of the post, which the post's own time then completes, or the post's time
   * in an assumed zone that the post's own time gives with its offset: IP.Board 3's "Started by ann, Mar 03 2012
   * 09:14 PM" above the post's {@code <abbr title="2012-03-03T21:14:00+00:00">}; or the same instant, which the
   * post's time gives at its own offset: vBulletin 5's {@code datetime} of the server's zone, read in the assumed
   * one, beside the post's time that its instant makes exact ({@code VBulletinFivePosts}).
   */
  private static boolean sameDayWithTime(ResolvedTime declared, OpeningPost post) {
    OffsetDateTime own = post.publishedAt().get();
    if (declared.assumedZone().isPresent() && post.assumedZone().isEmpty() && !post.publishedAtDateOnly()
        && !declared.dateOnly() && (declared.time().toLocalDateTime().equals(own.toLocalDateTime())
        || declared.time().isEqual(own))) {
      return true;
    }
    return declared.dateOnly() && !post.publishedAtDateOnly()
        && declared.time().toLocalDate().equals(own.toLocalDate());
  }

  private static boolean editsAfter(List<EditRecord> edits, Optional<OffsetDateTime> published) {
    return published.isEmpty() || edits.stream().allMatch(e -> EditTimes.notBefore(e, published.get()));
  }
}
