package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginNameTest {

  @Test
  void theNameInBracketsAfterAMarkedLoginIsThePersons() {
    assertThat(LoginName.displayName("tomb (Tom Becker)", "tomb")).hasValue("Tom Becker");
    assertThat(LoginName.displayName(" Marcomon\n   (Marco Monti) ", "Marcomon")).hasValue("Marco Monti");
    assertThat(LoginName.displayName("tomb (Tom)", "tomb")).hasValue("Tom");
  }

  @Test
  void aBracketAfterAnotherWordOrWithMoreAroundItIsNoName() {
    assertThat(LoginName.displayName("tomb (Tom Becker)", "ines")).isEmpty();
    assertThat(LoginName.displayName("tomb (Tom Becker) and ines", "tomb")).isEmpty();
    assertThat(LoginName.displayName("tomb (moderator)", "tomb")).isEmpty();
    assertThat(LoginName.displayName("tomb", "tomb")).isEmpty();
  }

  @Test
  void withoutAMarkedLoginTheWordMustLookLikeOneAndTheBracketHoldAFullName() {
    assertThat(LoginName.displayName("mira_s (Mira Sandberg)", null)).hasValue("Mira Sandberg");
    assertThat(LoginName.displayName("Reuters (London)", null)).isEmpty();
    assertThat(LoginName.displayName("Reuters (Jane Roe)", null)).isEmpty();
    assertThat(LoginName.displayName("dpa (Hamburg)", null)).isEmpty();
  }
}
