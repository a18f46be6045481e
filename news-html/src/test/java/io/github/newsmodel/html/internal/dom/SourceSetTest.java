package io.github.newsmodel.html.internal.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceSetTest {

  @Test
  void theWidestCandidateIsTaken() {
    assertThat(SourceSet.largest("a-320.jpg 320w, a-1280.jpg 1280w, a-640.jpg 640w")).hasValue("a-1280.jpg");
  }

  @Test
  void withoutWidthsTheDensestCandidateIsTakenAndTheFirstOfEquals() {
    assertThat(SourceSet.largest("a.jpg, a@2x.jpg 2x, a@1.5x.jpg 1.5x")).hasValue("a@2x.jpg");
    assertThat(SourceSet.largest("a.jpg, b.jpg 1x")).hasValue("a.jpg");
    assertThat(SourceSet.largest("  only.jpg  ")).hasValue("only.jpg");
  }

  /** A comma inside a URL, as image services write their options, does not split it; one after it does. */
  @Test
  void commasInsideAUrlStayInIt() {
    assertThat(SourceSet.largest("/img/w_400,h_225/a.jpg 400w,/img/w_800,h_450/a.jpg 800w"))
        .hasValue("/img/w_800,h_450/a.jpg");
    assertThat(SourceSet.largest("a.jpg,b.jpg")).hasValue("a.jpg,b.jpg");
    assertThat(SourceSet.largest("a.jpg, b.jpg,")).hasValue("a.jpg");
  }

  @Test
  void aCandidateWithABadDescriptorIsDropped() {
    assertThat(SourceSet.largest("a.jpg 0w, b.jpg zzw, c.jpg 300w")).hasValue("c.jpg");
    assertThat(SourceSet.largest("a.jpg -2x")).isEmpty();
    assertThat(SourceSet.largest(" , ,")).isEmpty();
    assertThat(SourceSet.largest("")).isEmpty();
  }
}
