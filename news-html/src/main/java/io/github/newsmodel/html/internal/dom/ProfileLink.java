package io.github.newsmodel.html.internal.dom;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Links to a user's profile on the site, whose text is the user's name: a commenter's, a poster's. */
public final class ProfileLink {
  private static final Pattern PROFILE = Pattern.compile("(?i)/(?:user|users|profil|profile|profiles|member|"
      + "members|author|autor|u|benutzer|utilisateur|usuario|people|community/user)/|[?&](?:user|userid|u|uid)="
      // a relative link to a user's page by id, Hacker News's "user?id=ann", FluxBB's "profile.php?id=17"
      + "|(?:^|/)(?:user|member|profile)(?:\\.php)?\\?id="
      // a user's home under a tilde, Slashdot's "//slashdot.org/~ann" and Lobsters' "/~ann"
      + "|/~[\\w.-]+/?$");

  private ProfileLink() {}

  /**
   * Whether a link leads to a user's profile: {@code /members/ann/}, {@code ?u=41}, MyBB's
   * {@code member.php?action=profile&uid=17}, Hacker News's {@code user?id=ann}, FluxBB's and PunBB's
   * {@code profile.php?id=17}, Slashdot's and Lobsters' {@code /~ann}.
   *
   * @param a the link
   * @return whether its {@code href} has the shape of a profile's address
   */
  public static boolean is(Element a) {
    return PROFILE.matcher(a.attr("href")).find();
  }
}
