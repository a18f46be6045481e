package io.github.newsmodel.json.internal.deser;

import com.fasterxml.jackson.core.JsonParser;
import io.github.newsmodel.core.Author;
import java.io.IOException;

/** Reads an {@link Author}. */
public final class AuthorReader {
  private AuthorReader() {}

  /**
   * Reads an author object; unknown fields are skipped.
   *
   * @param p the parser, at the object
   * @return the author
   * @throws IOException if the input fails
   */
  public static Author read(JsonParser p) throws IOException {
    Author.Builder author = Author.builder();
    Values.fields(p, name -> {
      switch (name) {
        case "name":
          author.name(Values.string(p));
          break;
        case "url":
          author.url(Values.uri(p));
          break;
        case "profiles":
          author.profiles(Values.array(p, Values::uri));
          break;
        case "affiliation":
          author.affiliation(Values.string(p));
          break;
        default:
          p.skipChildren();
      }
    });
    return Values.build(p, author::build);
  }
}
