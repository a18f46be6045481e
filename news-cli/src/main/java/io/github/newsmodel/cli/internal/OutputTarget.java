package io.github.newsmodel.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code -o} or {@code --errors} writes to, opened in two steps: first every target of the run is opened,
 * then each is started. An ordinary file is emptied only when it starts, so a usage error found in the second
 * target (its folder is missing) leaves the first as it was: opening the first with truncation would have emptied
 * a file that the run then never writes.
 */
final class OutputTarget {
  private final @Nullable OutputStream stream;
  private final @Nullable Path file;
  private final @Nullable FileChannel channel;
  private final boolean created;

  private OutputTarget(@Nullable OutputStream stream, @Nullable Path file, @Nullable FileChannel channel,
      boolean created) {
    this.stream = stream;
    this.file = file;
    this.channel = channel;
    this.created = created;
  }

  /**
   * A target that is written as it is: a standard stream, or a device or pipe opened for appending.
   *
   * @param stream the open stream
   * @return the target
   */
  static OutputTarget stream(OutputStream stream) {
    return new OutputTarget(stream, null, null, false);
  }

  /**
   * Opens an ordinary file for writing, creating it if it is missing, but keeps what it holds until
   * {@link #start()}.
   *
   * @param file the file
   * @return the target
   * @throws IOException if the file cannot be opened
   */
  static OutputTarget file(Path file) throws IOException {
    // Whether this run made the file decides whether giving up removes it; another process that creates it at
    // the same moment leaves at worst an empty file behind.
    boolean existed = Files.exists(file);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return new OutputTarget(null, file, channel, !existed);
  }

  /**
   * Starts writing: a file is emptied first.
   *
   * @return the stream to write, buffered for a file
   * @throws IOException if the file cannot be emptied
   */
  OutputStream start() throws IOException {
    if (channel == null) {
      return Objects.requireNonNull(stream);
    }
    channel.truncate(0);
    return new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  /** Gives up before starting: closes the target unwritten, and removes a file that opening it created. */
  void abandon() {
    try {
      if (channel == null) {
        Objects.requireNonNull(stream).close();
        return;
      }
      channel.close();
      if (created && file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // nothing was written to it, and the usage error that made the run give up is on its way to the user
    }
  }
}
