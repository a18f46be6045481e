package io.github.newsmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AuthorTest {

  @Test
  void buildsWithAllFields() {
    Author author = Author.builder()
        .name("Andre Yoskowitz")
        .url(URI.create("https://www.afterdawn.com/user/andre"))
        .addProfiles(URI.create("https://plus.google.com/105496026534573316553"))
        .affiliation("AfterDawn")
        .build();

    assertThat(author.name()).isEqualTo("Andre Yoskowitz");
    assertThat(author.url()).contains(URI.create("https://www.afterdawn.com/user/andre"));
    assertThat(author.profiles()).containsExactly(URI.create("https://plus.google.com/105496026534573316553"));
    assertThat(author.affiliation()).contains("AfterDawn");
  }

  @Test
  void ofGivesAnAuthorWithOnlyAName() {
    Author author = Author.of("Jane Doe");

    assertThat(author.name()).isEqualTo("Jane Doe");
    assertThat(author.url()).isEmpty();
    assertThat(author.profiles()).isEmpty();
    assertThat(author.affiliation()).isEmpty();
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> Author.of("  "))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("name"))
        .hasMessage("name: must not be blank (leave it absent instead), got '  '");
  }

  @Test
  void rejectsAMissingName() {
    assertThatThrownBy(() -> Author.builder().affiliation("AP").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("name"))
        .hasMessage("name: required but not set");
  }

  @Test
  void rejectsARelativeUrl() {
    assertThatThrownBy(() -> Author.builder().name("A").url(URI.create("/user/a")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("url: must be an absolute http or https URL, got '/user/a'");
  }

  @Test
  void rejectsAProfileThatIsNotHttp() {
    assertThatThrownBy(() -> Author.builder().name("A")
        .addProfiles(URI.create("https://twitter.com/a"), URI.create("mailto:a@example.com")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("profiles[1]"))
        .hasMessageContaining("'mailto:a@example.com'");
  }

  @Test
  void rejectsDuplicateProfiles() {
    URI profile = URI.create("https://twitter.com/a");
    assertThatThrownBy(() -> Author.builder().name("A").addProfiles(profile, profile).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("profiles[1]: duplicates an earlier element 'https://twitter.com/a'");
  }

  @Test
  void equalAuthorsAreEqualAndHashAlike() {
    Author a = Author.builder().name("A").affiliation("AP").build();
    Author b = Author.builder().name("A").affiliation("AP").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.withAffiliation("Reuters"));
  }

  @Test
  void withCopiesChangeOneFieldAndLeaveTheOriginal() {
    Author original = Author.of("A");
    Author copy = original.withAffiliation("AP");

    assertThat(copy.affiliation()).contains("AP");
    assertThat(copy.name()).isEqualTo("A");
    assertThat(original.affiliation()).isEmpty();
  }

  @Test
  void withCopiesAreValidatedToo() {
    assertThatThrownBy(() -> Author.of("A").withName(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("name: must not be blank");
  }

  @Test
  void nullArgumentsAreRejectedAtOnceWithTheFieldName() {
    assertThatThrownBy(() -> Author.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }
}
