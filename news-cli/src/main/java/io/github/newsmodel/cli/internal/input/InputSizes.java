package io.github.newsmodel.cli.internal.input;

import io.github.newsmodel.cli.internal.page.ReadFailure;
import java.util.List;
import java.util.OptionalLong;

/** The total size of the inputs, for the progress line's percentage. */
public final class InputSizes {
  private InputSizes() {}

  /**
   * Adds up the sizes of the files the inputs will read, walking folders as the run will.
   *
   * @param inputs the inputs
   * @return the size in bytes, or empty if an input is standard input, whose size is unknown
   */
  public static OptionalLong total(List<Input> inputs) {
    long[] total = {0};
    for (Input input : inputs) {
      if (input instanceof Input.Stdin) {
        return OptionalLong.empty();
      }
      add(input, total);
    }
    return OptionalLong.of(total[0]);
  }

  private static void add(Input input, long[] total) {
    if (input instanceof Input.Folder folder) {
      FolderWalk.walk(folder.name(), folder.path(), folder.outputs(), new FolderWalk.Visitor() {
        @Override
        public boolean found(Input child) {
          add(child, total);
          return true;
        }

        @Override
        public void skipped(String name) {}

        @Override
        public void readAlready(String name) {}

        @Override
        public void savedFiles(String name) {}

        @Override
        public void failed(ReadFailure failure) {}
      });
    } else if (input instanceof Input.HtmlFile file) {
      total[0] += InputFiles.sizeOf(file.path());
    } else if (input instanceof Input.ArchiveFile archive) {
      total[0] += InputFiles.sizeOf(archive.path());
    } else if (input instanceof Input.WaczFile wacz) {
      total[0] += InputFiles.sizeOf(wacz.path());
    }
  }
}
