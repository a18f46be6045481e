package io.github.newsmodel.html.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.core.Block;
import io.github.newsmodel.core.Paragraph;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RightsNoticeTest {
  /** The notice of rights under the article goes; the article's text stays. */
  @Test
  void dropsTheSitesNoticeOfRights() {
    Paragraph text = Paragraph.of("The council approved the new bridge on Tuesday.");
    List<Block> read = List.of(text, Paragraph.of("Copyright 2023 Example Television. All rights reserved. This "
        + "material may not be published, broadcast, rewritten or redistributed."));

    assertThat(Tidy.blocks(read, Optional.empty())).containsExactly(text);
  }

  @Test
  void tellsANoticeFromACreditInTheText() {
    assertThat(List.of("© 2022, Example.com. This article is the copyrighted property of Example News. Written "
            + "permission must be obtained before reprint in online or print media.",
        "(Copyright (c) 2023 Example TV. All Rights Reserved.)", "(c) 2021 Beispiel Verlag. Alle Rechte vorbehalten."))
        .allMatch(RightsNotice::is);
    assertThat(List.of("Excerpted from “A Book”. Copyright © 2018 by Jane Roe. Used with permission of Example Press.",
        "c) Die Beklagte hat den Nachdruck ohne Erlaubnis veröffentlicht.",
        "Copyright holders must give permission for a reprint, the court said.", "© Jane Roe"))
        .noneMatch(RightsNotice::is);
  }
}
