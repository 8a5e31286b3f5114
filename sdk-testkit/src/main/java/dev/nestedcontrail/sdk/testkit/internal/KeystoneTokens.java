package dev.nestedcontrail.sdk.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Issues, finds and revokes tokens; thread-safe. Time comes from the injected clock only. */
public final class KeystoneTokens {
  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, KeystoneToken> tokens = new ConcurrentHashMap<>();
  private final AtomicLong issueRequests = new AtomicLong();

  public KeystoneTokens(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** Counts one request for a token, whether or not it succeeds. */
  public void countRequest() {
    issueRequests.incrementAndGet();
  }

  public long requests() {
    return issueRequests.get();
  }

  public KeystoneToken issue(KeystoneDirectory.User user, Optional<KeystoneDirectory.Project> project,
      List<KeystoneDirectory.Role> roles) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    KeystoneToken token = new KeystoneToken("fake" + randomText(48), user, project, roles,
        randomText(16), now, now.plus(lifetime));
    tokens.put(token.id(), token);
    return token;
  }

  /** The token with this id when it exists, is not revoked and has not expired. */
  public Optional<KeystoneToken> valid(String id) {
    Instant now = clock.instant();
    return Optional.ofNullable(tokens.get(id)).filter(t -> t.validAt(now));
  }

  /** Revokes the token; true when it existed. */
  public boolean revoke(String id) {
    return tokens.remove(id) != null;
  }

  private String randomText(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
