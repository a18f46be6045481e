package io.github.newsmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void acceptsAnyAbsoluteUri() {
    assertThat(Source.of(URI.create("file:///data/pages/a.html")).uri().getScheme()).isEqualTo("file");
    assertThat(Source.of(URI.create("urn:uuid:6f1e6a4e-0000-4000-8000-000000000000")).uri().getScheme())
        .isEqualTo("urn");
  }

  @Test
  void carriesTheArchiveCapture() {
    Source source = Source.builder()
        .uri(Fixtures.URL)
        .recordId("<urn:uuid:6f1e6a4e-0000-4000-8000-000000000000>")
        .capturedAt(OffsetDateTime.parse("2007-06-01T12:00:00Z"))
        .archiveUrl(URI.create("https://web.archive.org/web/20070601120000/" + Fixtures.URL))
        .build();

    assertThat(source.recordId()).contains("<urn:uuid:6f1e6a4e-0000-4000-8000-000000000000>");
    assertThat(source.capturedAt()).contains(OffsetDateTime.parse("2007-06-01T12:00:00Z"));
    assertThat(source.archiveUrl()).isPresent();
  }

  @Test
  void carriesTheRecordThatHoldsTheBytesOfARevisit() {
    Source source = Source.builder()
        .uri(Fixtures.URL)
        .recordId("<urn:uuid:00000000-0000-4000-8000-000000000002>")
        .payloadRecordId("<urn:uuid:00000000-0000-4000-8000-000000000001>")
        .build();

    assertThat(source.recordId()).contains("<urn:uuid:00000000-0000-4000-8000-000000000002>");
    assertThat(source.payloadRecordId()).contains("<urn:uuid:00000000-0000-4000-8000-000000000001>");
    assertThat(Source.of(Fixtures.URL).payloadRecordId()).isEmpty();
  }

  @Test
  void rejectsABlankPayloadRecordId() {
    assertThatThrownBy(() -> Source.builder().uri(Fixtures.URL).payloadRecordId(" ").build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.path()).isEqualTo("payloadRecordId"));
  }

  @Test
  void rejectsARelativeUri() {
    assertThatThrownBy(() -> Source.of(URI.create("pages/a.html")))
        .hasMessage("uri: must be an absolute URI, got 'pages/a.html'");
  }

  @Test
  void rejectsAnArchiveUrlThatIsNotHttp() {
    assertThatThrownBy(() -> Source.builder().uri(Fixtures.URL).archiveUrl(URI.create("file:///x")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("archiveUrl"));
  }
}
