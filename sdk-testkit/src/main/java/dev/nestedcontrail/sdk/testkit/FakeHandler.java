package dev.nestedcontrail.sdk.testkit;

/** Answers one routed request. Runs on the server's I/O thread, so it must not block. */
@FunctionalInterface
public interface FakeHandler {
  FakeResponse handle(FakeRequest request);
}
