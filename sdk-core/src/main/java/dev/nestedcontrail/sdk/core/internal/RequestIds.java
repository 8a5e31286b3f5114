package dev.nestedcontrail.sdk.core.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh {@code X-Request-Id} values: random (version 4) UUIDs drawn from the calling thread's
 * {@link ThreadLocalRandom}. A request id only correlates logs, so it needs no secure random;
 * {@link UUID#randomUUID()} would make every call of every thread take the one lock of a shared
 * {@code SecureRandom}.
 */
public final class RequestIds {

  private RequestIds() {}

  /** A new random UUID in its 36-character text form. */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(most, least).toString();
  }
}
