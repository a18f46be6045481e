package io.github.newsmodel.cli.internal.input;

import com.github.luben.zstd.util.Native;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Loads zstd-jni's native library, which decompresses zstd, once; and says, when it cannot be loaded, why and what
 * to do, rather than a stack trace of {@link UnsatisfiedLinkError} that blames the operating system. zstd-jni
 * unpacks the library into the temporary folder and loads it from there, which a folder mounted {@code noexec}
 * forbids ("failed to map segment from shared object"); its system properties {@code ZstdTempFolder} and
 * {@code ZstdNativePath} name another folder, or a library already unpacked.
 */
final class ZstdLibrary {
  /** Why the library could not be loaded, once that was tried; a failed load is not tried again. */
  private static volatile @Nullable String failure;
  private static volatile boolean loaded;

  private ZstdLibrary() {}

  /**
   * Loads the library, if it is not loaded yet.
   *
   * @throws IOException if it cannot be loaded, with a message that says what to do
   */
  static void load() throws IOException {
    if (loaded) {
      return;
    }
    synchronized (ZstdLibrary.class) {
      if (!loaded && failure == null) {
        try {
          Native.load();
          loaded = true;
        } catch (LinkageError | RuntimeException e) {
          failure = message(e);
        }
      }
    }
    if (!loaded) {
      throw new IOException(failure);
    }
  }

  /** What went wrong, in one line, and what to do. */
  private static String message(Throwable e) {
    String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int line = cause.indexOf('\n');
    if (line >= 0) {
      cause = cause.substring(0, line); // zstd-jni adds "Unsupported OS/arch", which is seldom what is wrong
    }
    // The JDK names the library twice: "/tmp/libzstd-jni.so: /tmp/libzstd-jni.so: failed to map segment ..."
    cause = cause.replaceFirst("^(\\S+): \\1: ", "$1: ");
    String nativePath = System.getProperty("ZstdNativePath");
    String where = nativePath != null ? "the file that ZstdNativePath names (" + nativePath + ")"
        : "the temporary folder (" + tempFolder() + "), where zstd-jni unpacks it";
    return "zstd's native library cannot be loaded from " + where + ": " + cause + ". A temporary folder mounted"
        + " noexec cannot run it: name another with NEWS_JAVA_OPTS=-DZstdTempFolder=DIR (or -Djava.io.tmpdir=DIR),"
        + " or a libzstd-jni unpacked from the zstd-jni jar with -DZstdNativePath=FILE; or decompress the file"
        + " first, with zstd -d";
  }

  private static String tempFolder() {
    String folder = System.getProperty("ZstdTempFolder");
    return folder != null ? folder : System.getProperty("java.io.tmpdir", "?");
  }
}
