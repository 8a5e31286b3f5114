package dev.nestedcontrail.sdk.core.internal;

import dev.nestedcontrail.sdk.core.auth.KeystoneToken;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Holds one token and refreshes it when {@code now >= expiresAt - margin}. Refresh is
 * single-flight: one caller fetches while the others wait for its result.
 */
public final class TokenCache {

  private final Supplier<KeystoneToken> issuer;
  private final Clock clock;
  private final Duration margin;
  private final Object lock = new Object();
  private volatile @Nullable KeystoneToken current;

  public TokenCache(Supplier<KeystoneToken> issuer, Clock clock, Duration margin) {
    this.issuer = issuer;
    this.clock = clock;
    this.margin = margin;
  }

  public KeystoneToken get() {
    KeystoneToken token = current;
    if (token != null && fresh(token)) {
      return token;
    }
    synchronized (lock) {
      token = current;
      if (token == null || !fresh(token)) {
        token = issuer.get();
        current = token;
      }
      return token;
    }
  }

  /** Forgets the cached token if its id is {@code tokenId}. */
  public void invalidate(String tokenId) {
    synchronized (lock) {
      KeystoneToken token = current;
      if (token != null && token.id().equals(tokenId)) {
        current = null;
      }
    }
  }

  private boolean fresh(KeystoneToken token) {
    return clock.instant().isBefore(token.expiresAt().minus(margin));
  }
}
