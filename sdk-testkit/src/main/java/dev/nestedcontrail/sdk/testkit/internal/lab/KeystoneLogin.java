package dev.nestedcontrail.sdk.testkit.internal.lab;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The lab's own admin token for its loader and agents: one v3 password login (user and project
 * {@code admin} in domain Default), kept until {@link #invalidate()}.
 */
public final class KeystoneLogin implements Supplier<Optional<String>> {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String v3Url;
  private final String password;
  private final AtomicReference<Optional<String>> token = new AtomicReference<>(Optional.empty());

  public KeystoneLogin(String v3Url, String password) {
    this.v3Url = v3Url;
    this.password = password;
  }

  @Override
  public Optional<String> get() {
    return token.updateAndGet(t -> t.isPresent() ? t : Optional.of(login()));
  }

  public void invalidate() {
    token.set(Optional.empty());
  }

  private String login() {
    String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{"
        + "\"name\":\"admin\",\"domain\":{\"name\":\"Default\"},\"password\":\"" + password + "\"}}},"
        + "\"scope\":{\"project\":{\"name\":\"admin\",\"domain\":{\"name\":\"Default\"}}}}}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(v3Url + "/auth/tokens"))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.headers().firstValue("X-Subject-Token").orElseThrow(() ->
          new IllegalStateException("Keystone login at " + v3Url + " failed: HTTP "
              + response.statusCode()));
    } catch (IOException e) {
      throw new IllegalStateException("Keystone login at " + v3Url + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during the Keystone login", e);
    }
  }
}
