package dev.nestedcontrail.sdk.k8s.client.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** One open watch: a sequence of JSON event lines. */
interface WatchStream extends AutoCloseable {
  /** The next event, or null when the server ended the watch normally. */
  @Nullable String next() throws IOException;

  @Override
  void close();
}
