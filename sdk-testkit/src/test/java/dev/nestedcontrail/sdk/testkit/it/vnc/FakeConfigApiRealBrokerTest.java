package dev.nestedcontrail.sdk.testkit.it.vnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.testkit.ConfigEventForwarder;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link FakeConfigApi} whose changes a {@link ConfigEventForwarder} publishes on the real
 * RabbitMQ of {@code .ci/rabbitmq-start.sh}, read back by a {@link ConfigEvents} consumer; skipped
 * without it, failed on CI.
 */
class FakeConfigApiRealBrokerTest {
  private final Brokers brokers = new Brokers();
  private final OkHttpClient http = new OkHttpClient();

  @AfterEach
  void tearDown() throws Exception {
    brokers.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private int send(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return response.code();
    }
  }

  @Test
  void changesOfTheFake_reachAConsumerOfTheExchange_inCommitOrder() throws Exception {
    RecordingListener listener = new RecordingListener();
    ConfigEvents events = brokers.closeLater(brokers.consumer(brokers.real, "fake-config").build());
    brokers.closeLater(events.subscribe(listener));
    try (FakeConfigApi api = FakeConfigApi.start();
        ConfigEventForwarder forwarder = ConfigEventForwarder.attach(api, brokers.publisher())) {
      String uuid = "0b7e2a8c-5d1f-4c3a-9e6b-" + brokers.runId + "0000";
      MediaType json = MediaType.get("application/json");
      assertThat(send(new Request.Builder().url(api.baseUrl() + "/virtual-machines").post(RequestBody.create(
          "{\"virtual-machine\": {\"fq_name\": [\"broker-" + brokers.runId + "\"], \"uuid\": \"" + uuid + "\"}}", json))
          .build())).isEqualTo(200);
      assertThat(send(new Request.Builder().url(api.baseUrl() + "/virtual-machine/" + uuid).put(RequestBody.create(
          "{\"virtual-machine\": {\"server_type\": \"container\"}}", json)).build())).isEqualTo(200);
      assertThat(send(new Request.Builder().url(api.baseUrl() + "/virtual-machine/" + uuid).delete().build()))
          .isEqualTo(200);

      await().atMost(Duration.ofSeconds(20)).until(() -> listener.events.size() >= 3);
      assertThat(listener.events).extracting(ConfigEvent::operation).containsExactly(
          ConfigEvent.Operation.CREATE, ConfigEvent.Operation.UPDATE, ConfigEvent.Operation.DELETE);
      assertThat(listener.events).allSatisfy(e -> assertThat(e.uuid()).isEqualTo(uuid));
      assertThat(listener.events.get(1).objDict()).hasValueSatisfying(
          d -> assertThat(d).containsEntry("server_type", "container"));
      assertThat(forwarder.failed()).isZero();
    }
  }
}
