package io.github.newsmodel.cli.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.cli.internal.input.Input;
import io.github.newsmodel.cli.internal.input.ReadSettings;
import io.github.newsmodel.cli.internal.output.ErrorLog;
import io.github.newsmodel.cli.internal.output.OutputFormat;
import io.github.newsmodel.cli.internal.output.StatusLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseRunTest {
  @TempDir Path dir;

  @Test
  void anOutputThatCannotBeWrittenEndsTheRunWithOneMessage() throws IOException {
    for (int n = 0; n < 3; n++) {
      Files.writeString(dir.resolve(n + ".html"), "<title>Page " + n + "</title>");
    }
    OutputStream closedPipe = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RunSettings settings = new RunSettings(List.of(new Input.Folder(dir.toString(), dir)),
        new ReadSettings(1 << 20, Optional.empty(), Optional.empty()), OutputFormat.JSONL, false, false, 2, false);

    StatusLine stderr = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8));

    int exit = new ParseRun(settings, closedPipe, ErrorLog.linesOnly(stderr), stderr).execute();

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
        .hasSize(2)
        .first().isEqualTo("news: cannot write the output: Broken pipe");
  }
}
