package dev.nestedcontrail.sdk.vnc.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.Sleeper;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.VncClientBuilder;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock config API and a client of it that retries without sleeping. */
abstract class VncWireMock {
  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  static final String VN_UUID = "8f1a3e52-7a4b-4c7e-9b1d-2b1c8e6f0a11";
  static final String IPAM_UUID = "0b6d2c44-95a3-4f39-8f5e-3c3f6d2a9b10";

  static String url() {
    return "http://127.0.0.1:" + api.getPort();
  }

  static VncClientBuilder builder() {
    Sleeper noWait = delay -> { };
    return VncClient.builder().endpoints(Endpoints.parse(url())).sleeper(noWait)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1))
            .maxDelay(Duration.ofMillis(1)).build());
  }

  static VncClient client() {
    return builder().build();
  }
}
