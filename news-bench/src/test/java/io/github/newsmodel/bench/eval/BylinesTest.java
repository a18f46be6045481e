package io.github.newsmodel.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

  @Test
  void acceptsNamesThatCoverTheByline() {
    assertThat(Bylines.compatible("By\n\t\t\tScott Cunningham", List.of("Scott Cunningham"))).isTrue();
    assertThat(Bylines.compatible("Alexandre Hervaud, Jérémy Piette", List.of("Alexandre Hervaud", "Jérémy Piette")))
        .isTrue();
    assertThat(Bylines.compatible("Bradley M. Kuhn (http://ebb.org/bkuhn/)", List.of("Bradley M. Kuhn"))).isTrue();
    assertThat(Bylines.compatible("JOE HILDEBRAND", List.of("Joe Hildebrand"))).isTrue();
  }

  @Test
  void rejectsAMissedName() {
    assertThat(Bylines.compatible("Alexandre Hervaud, Jérémy Piette", List.of("Alexandre Hervaud"))).isFalse();
    assertThat(Bylines.compatible("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
        List.of("Martin Untersinger"))).isFalse();
    assertThat(Bylines.compatible("Steven Musil", List.of())).isFalse();
  }

  @Test
  void rejectsANameThatIsNotInTheByline() {
    assertThat(Bylines.compatible("Steven Musil", List.of("Steven Musil", "CNET"))).isFalse();
  }

  @Test
  void aNewsroomsCreditBesideTheNamesNamesNoOne() {
    assertThat(Bylines.compatible("By Brenda  Goodman, MA\n      WebMD Health News", List.of("Brenda Goodman")))
        .isTrue();
    assertThat(Bylines.compatible("Brenda Goodman and Jane Roe\n WebMD Health News", List.of("Brenda Goodman")))
        .as("a person beside the credit is still missed").isFalse();
  }

  @Test
  void aBylineThatNamesNoOneNeedsNoName() {
    assertThat(Bylines.compatible("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", List.of()))
        .isTrue();
  }
}
