package io.github.newsmodel.core;

/** What kind of change an {@link EditRecord} describes. */
public enum EditKind {
  /** New information was added or the text was revised: "Updated", "Update:", "edited". */
  UPDATE,
  /** An error was fixed and the page says so: "Correction:", "An earlier version of this article...". */
  CORRECTION,
  /** The page says that something changed but not what kind of change it was. */
  UNKNOWN
}
