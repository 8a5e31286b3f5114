package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

@ExtendWith(FakeServersExtension.class)
class FakeServersExtensionTest {
  @Fake static FakeKeystone sharedKeystone;
  @Fake(FakeKeystone.class) static String sharedUrl;
  @Fake FakeKeystone keystone;
  @Fake(FakeKeystone.class) URI keystoneUri;

  @Test
  void injectsOneRunningFakePerTypeIntoFieldsAndParameters(@Fake FakeKeystone parameter,
      @Fake(FakeKeystone.class) String parameterUrl) {
    assertThat(keystone).isSameAs(sharedKeystone).isSameAs(parameter);
    assertThat(sharedUrl).isEqualTo(keystone.baseUrl()).isEqualTo(parameterUrl);
    assertThat(keystoneUri).isEqualTo(keystone.baseUri());
    try (TestHttp http = new TestHttp()) {
      assertThat(http.post(keystone.v3Url() + "/auth/tokens", KeystoneBodies.v3("admin", "admin", "admin", "Default"))
          .status()).isEqualTo(201);
    }
  }

  @Test
  void closesTheFakesAfterTheTestClass() throws IOException {
    List<String> ports = new ArrayList<>();
    List<TestExecutionResult> results = new ArrayList<>();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(PresetFixture.class)).build();
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entry.getKeyValuePairs().values().forEach(ports::add);
      }

      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          results.add(result);
        }
      }
    });

    assertThat(results).extracting(TestExecutionResult::getStatus).containsExactly(TestExecutionResult.Status.SUCCESSFUL);
    assertThat(ports).hasSize(1);
    try (ServerSocket again = new ServerSocket(Integer.parseInt(ports.get(0)), 1, InetAddress.getByName("127.0.0.1"))) {
      assertThat(again.isBound()).isTrue();
    }
  }

  /** Run only through the launcher above: a preset fake with custom users, closed by the extension. */
  @ExtendWith(FakeServersExtension.class)
  static class PresetFixture {
    @Fake(FakeKeystone.class) static String urlDeclaredFirst;
    @Fake static FakeKeystone preset = FakeKeystone.builder().user("bob", "builder").start();

    @Test
    void usesThePresetFake(@Fake FakeKeystone injected, TestReporter reporter) {
      assertThat(injected).isSameAs(preset);
      assertThat(urlDeclaredFirst).isEqualTo(preset.baseUrl());
      reporter.publishEntry("port", String.valueOf(injected.port()));
    }
  }
}
