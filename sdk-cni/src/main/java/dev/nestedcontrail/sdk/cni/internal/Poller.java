package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.agent.AgentNotReadyException;
import dev.nestedcontrail.sdk.cni.agent.Sleeper;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.core.UnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls until a call succeeds: waits start at {@code initialDelay} and double up to {@code
 * maxDelay}, all within a total budget. It retries what config propagation looks like (404, 5xx,
 * the agent not reachable) and rethrows anything else at once.
 */
public final class Poller {
  private static final Logger logger = LoggerFactory.getLogger(Poller.class);

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration initialDelay;
  private final Duration maxDelay;

  public Poller(Clock clock, Sleeper sleeper, Duration initialDelay, Duration maxDelay) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
  }

  public <T> T poll(String what, Duration budget, Supplier<T> call) {
    Instant start = clock.instant();
    Instant deadline = start.plus(budget);
    Duration delay = initialDelay;
    int attempts = 0;
    while (true) {
      attempts++;
      RuntimeException failure;
      try {
        return call.get();
      } catch (NotFoundException | UnavailableException e) {
        failure = e;
      } catch (ContrailServiceException e) {
        throw e;
      } catch (ContrailClientException e) {
        if (!(e.getCause() instanceof java.io.IOException)) {
          throw e;
        }
        failure = e;
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        throw new AgentNotReadyException(what, attempts, Duration.between(start, now), failure);
      }
      Duration wait = min(delay, Duration.between(now, deadline));
      logger.debug("{} not ready (attempt {}): {}; next poll in {} ms", what, attempts,
          failure.getMessage(), wait.toMillis());
      sleeper.sleep(wait);
      delay = min(delay.multipliedBy(2), maxDelay);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
