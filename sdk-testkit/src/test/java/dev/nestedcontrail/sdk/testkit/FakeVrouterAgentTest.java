package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agent's config delay (on a fake clock) and its 404/500 error replies. */
@ExtendWith(FakeServersExtension.class)
class FakeVrouterAgentTest {
  @Fake
  ContrailLab lab;
  private final TestHttp http = new TestHttp();

  @AfterEach
  void closeHttp() {
    http.close();
  }

  private String vmCfg(String vm) {
    return lab.vrouterAgent("compute-2").orElseThrow().baseUrl() + "/vm-cfg/" + vm;
  }

  @Test
  void configDelay_answersNotFoundUntilTheDelayHasPassedOnTheClock() {
    FakeClock clock = FakeClock.atDefaultStart();
    lab.vrouterAgent("compute-2").orElseThrow().configDelay(Duration.ofSeconds(5), clock);

    TestHttp.Answer first = http.get(vmCfg("k8s-minion-1"));
    clock.advance(Duration.ofMillis(4999));
    TestHttp.Answer almost = http.get(vmCfg("k8s-minion-1"));
    clock.advance(Duration.ofMillis(1));
    TestHttp.Answer arrived = http.get(vmCfg("k8s-minion-1"));

    assertThat(first.status()).isEqualTo(404);
    assertThat(first.body()).isEqualTo(
        "{\"error\":\"VM k8s-minion-1 config not yet received. Retry\"}");
    assertThat(almost.status()).isEqualTo(404);
    assertThat(arrived.status()).isEqualTo(200);
    assertThat(arrived.body()).contains("\"mac-address\":\"02:00:00:00:00:02\"");
    Map<?, ?> entry = (Map<?, ?>) ((List<?>) JsonCodec.parse(arrived.body()).orElseThrow()).get(0);
    assertThat(http.get(lab.vrouterAgent("compute-2").orElseThrow().baseUrl() + "/vm/"
        + entry.get("vm-uuid")).status()).as("same VM asked by uuid").isEqualTo(200);
  }

  @Test
  void configDelay_zero_answersAtOnce() {
    FakeClock clock = FakeClock.atDefaultStart();
    FakeVrouterAgent agent = lab.vrouterAgent("compute-2").orElseThrow();
    agent.configDelay(Duration.ofSeconds(5), clock).configDelay(Duration.ZERO, clock);

    assertThat(http.get(vmCfg("k8s-minion-1")).status()).isEqualTo(200);
    assertThatThrownBy(() -> agent.configDelay(Duration.ofSeconds(-1), clock))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
  }

  @Test
  void unknownVm_answers404WithARetryError() {
    TestHttp.Answer answer = http.get(vmCfg("no-such-vm"));
    TestHttp.Answer otherCompute = http.get(vmCfg("k8s-master"));
    TestHttp.Answer vm = http.get(lab.vrouterAgent("compute-2").orElseThrow().baseUrl()
        + "/vm/b0000001-0000-4000-8000-00000000ffff");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).isEqualTo("{\"error\":\"VM no-such-vm not found. Retry\"}");
    assertThat(otherCompute.status()).isEqualTo(404);
    assertThat(vm.status()).isEqualTo(404);
    assertThat(vm.body()).startsWith("{\"error\":");
  }

  @Test
  void configApiFailure_answers500WithTheError() {
    lab.configApi().faults().failNext(1, 503);

    TestHttp.Answer answer = http.get(vmCfg("k8s-minion-1"));

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.body()).startsWith("{\"error\":\"Error reading config for VM k8s-minion-1: ")
        .contains("503");
    assertThat(http.get(vmCfg("k8s-minion-1")).status()).isEqualTo(200);
  }

  @Test
  void requestsTheAgentHasNoHandlerFor_answer404UnknownRequest() {
    String agent = lab.vrouterAgent("compute-2").orElseThrow().baseUrl();

    TestHttp.Answer gateway = http.get(agent + "/gateway");
    TestHttp.Answer upperCase = http.get(agent + "/port/B0000002-0000-4000-8000-000000000001");
    TestHttp.Answer nothing = http.post(agent + "/nothing", "{}");

    assertThat(List.of(gateway, upperCase, nothing)).allSatisfy(a -> {
      assertThat(a.status()).isEqualTo(404);
      assertThat(a.body()).isEqualTo("{\"error\":\"Unknown Request\"}");
    });
  }

  @Test
  void bodiesThatAreNotWhatTheAgentReads_answer500NamingTheProblem() {
    String agent = lab.vrouterAgent("compute-2").orElseThrow().baseUrl();

    TestHttp.Answer notJson = http.post(agent + "/port", "{id");
    TestHttp.Answer scalar = http.post(agent + "/gateway", "3");
    TestHttp.Answer badElement = http.post(agent + "/port", "[{}, 1]");
    TestHttp.Answer missing = http.post(agent + "/vm", "{\"vm-uuid\": \"x\"}");

    assertThat(notJson.status()).isEqualTo(500);
    assertThat(notJson.body()).isEqualTo("{\"error\":\"Invalid Json string ==> {id\"}");
    assertThat(scalar.body()).contains("Unexpected Json string ==> 3");
    assertThat(badElement.body()).contains("Json Array has invalid element");
    assertThat(missing.status()).isEqualTo(500);
    assertThat(missing.body()).contains("vm-name is missing");
  }
}
