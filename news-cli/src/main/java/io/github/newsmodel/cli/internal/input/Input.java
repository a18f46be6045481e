package io.github.newsmodel.cli.internal.input;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** One INPUT of the command line, once its kind is known. */
public sealed interface Input permits Input.HtmlFile, Input.Folder, Input.ArchiveFile, Input.WaczFile,
    Input.Stdin {
  /**
   * The input as the user named it, for messages and error records.
   *
   * @return the name
   */
  String name();

  /**
   * Whether the input is one page, so that the output can be one JSON document rather than a stream of them.
   *
   * @return true for an HTML file and for standard input holding a page
   */
  boolean isOnePage();

  /**
   * A saved page, gzip-compressed or not: its first bytes tell when it is read.
   *
   * @param name the name the user gave, or the folder's name joined with the file's
   * @param path the file
   */
  record HtmlFile(String name, Path path) implements Input {
    @Override
    public boolean isOnePage() {
      return true;
    }
  }

  /**
   * A folder, read recursively in name order.
   *
   * @param name the name the user gave
   * @param path the folder
   * @param outputs the files the run writes, which the walk leaves out wherever they are in the folder
   */
  record Folder(String name, Path path, RunOutputs outputs) implements Input {
    /**
     * Creates the input.
     *
     * @param name the name the user gave
     * @param path the folder
     * @param outputs the files the run writes
     */
    public Folder {
      Objects.requireNonNull(outputs, "outputs");
    }

    /**
     * A folder of a run that writes no file into it.
     *
     * @param name the name the user gave
     * @param path the folder
     */
    public Folder(String name, Path path) {
      this(name, path, RunOutputs.NONE);
    }

    @Override
    public boolean isOnePage() {
      return false;
    }
  }

  /**
   * A WARC or ARC file, compressed or not (jwarc tells them apart by their first bytes, record by record).
   *
   * @param name the name the user gave, or the folder's name joined with the file's
   * @param path the file
   * @param format what its name or its first bytes say it is, for messages
   */
  record ArchiveFile(String name, Path path, ArchiveFormat format) implements Input {
    /**
     * Creates the input.
     *
     * @param name the name the user gave, or the folder's name joined with the file's
     * @param path the file
     * @param format what its name or its first bytes say it is
     */
    public ArchiveFile {
      Objects.requireNonNull(format, "format");
    }

    @Override
    public boolean isOnePage() {
      return false;
    }
  }

  /**
   * A WACZ file: a ZIP of WARC files under {@code archive/}, with indexes, as browser-based archiving tools write.
   *
   * @param name the name the user gave, or the folder's name joined with the file's
   * @param path the file
   */
  record WaczFile(String name, Path path) implements Input {
    @Override
    public boolean isOnePage() {
      return false;
    }
  }

  /**
   * A stream, whose first bytes told what it holds: standard input, or a named pipe such as {@code <(zcat a.gz)}
   * gives, which can be read only once, from its start, as standard input can.
   *
   * @param name {@link #NAME} for standard input, or the pipe's path as given
   * @param uri the URI its pages are read from, for their source
   * @param stream the stream, positioned at its first byte
   * @param archive the format of the web archive it holds, or empty if it holds a page
   */
  record Stdin(String name, URI uri, InputStream stream, Optional<ArchiveFormat> archive) implements Input {
    /** How the command line names standard input. */
    public static final String NAME = "-";

    /**
     * Creates the input.
     *
     * @param name {@link #NAME} for standard input, or the pipe's path as given
     * @param uri the URI its pages are read from, for their source
     * @param stream the stream, positioned at its first byte
     * @param archive the format of the web archive it holds, or empty if it holds a page
     */
    public Stdin {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(stream, "stream");
      Objects.requireNonNull(archive, "archive");
    }

    @Override
    public boolean isOnePage() {
      return archive.isEmpty();
    }
  }
}
