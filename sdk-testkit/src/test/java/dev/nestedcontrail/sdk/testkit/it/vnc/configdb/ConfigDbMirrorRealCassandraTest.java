package dev.nestedcontrail.sdk.testkit.it.vnc.configdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.testkit.ApiServerRows;
import dev.nestedcontrail.sdk.testkit.ConfigDbMirror;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePair;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePairs;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfigDbMirror} against the real Cassandra 5.0.7: what a fake config API holds and each
 * later change are read back by {@link ConfigDb} as the config API client reads them, and a
 * change reaches the next step only once its rows are written.
 */
class ConfigDbMirrorRealCassandraTest {
  private static final List<String> PROJECT = List.of("default-domain", "default-project");

  private final String contactPoints = RealServerEnvironment.system().cassandraContactPoints();
  private final String clusterId = "mirror" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final CqlSession admin = ApiServerRows.adminSession(contactPoints);
  private final ApiServerRows rows = new ApiServerRows(admin, clusterId + "_config_db_uuid").createSchema();
  private final FakeConfigApi api = FakeConfigApi.start();
  private final VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(api.baseUrl())).build();
  private final ConfigDb db = ConfigDb.builder().contactPoints(contactPoints).clusterId(clusterId).build();
  private final List<ConfigEvent> published = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeAll() {
    db.close();
    vnc.close();
    api.close();
    rows.dropKeyspace();
    admin.close();
  }

  @Test
  void start_writesTheFakesObjects_andLaterChangesBeforeForwardingThem() {
    VirtualNetwork network = vnc.resources(VirtualNetwork.class).create(VirtualNetwork.builder()
        .fqName(child("net")).parentType("project").build());
    String vm = vnc.resources(VirtualMachine.class).create(VirtualMachine.builder()
        .fqName(List.of("vm-1")).build()).uuid().orElseThrow();
    try (ConfigDbMirror mirror = ConfigDbMirror.start(api, rows, event -> {
      assertThatReadable(event);
      published.add(event);
    })) {
      assertThat(db.read(VncSchema.VIRTUAL_NETWORK, network.uuid().orElseThrow()).fqName())
          .isEqualTo(child("net"));
      assertThat(db.list("project")).extracting(i -> i.fqName()).contains(PROJECT);

      VirtualMachineInterface created = vnc.resources(VirtualMachineInterface.class).create(
          VirtualMachineInterface.builder().fqName(child("port-1")).parentType("project")
              .addVirtualNetworkRefs(Reference.toUuid(network.uuid().orElseThrow()))
              .addVirtualMachineRefs(Reference.toUuid(vm))
              .virtualMachineInterfaceBindings(KeyValuePairs.builder().addKeyValuePair(
                  KeyValuePair.builder().key("host_id").value("compute-1").build()).build())
              .build());
      String vmi = created.uuid().orElseThrow();
      await().atMost(Duration.ofSeconds(20)).until(() -> published.stream().anyMatch(e -> e.uuid().equals(vmi)));

      VirtualMachineInterface read = db.read(VncSchema.VIRTUAL_MACHINE_INTERFACE, vmi);
      VirtualMachineInterface rest = vnc.resources(VirtualMachineInterface.class).read(vmi);
      assertThat(read.virtualMachineInterfaceBindings()).isEqualTo(rest.virtualMachineInterfaceBindings());
      assertThat(read.virtualMachineInterfaceMacAddresses()).isEqualTo(rest.virtualMachineInterfaceMacAddresses());
      assertThat(read.virtualNetworkRefs()).extracting(Reference::uuid).containsExactly(network.uuid());
      assertThat(read.virtualMachineRefs()).extracting(r -> r.to()).containsExactly(List.of("vm-1"));
      assertThat(read.parentUuid()).isEqualTo(rest.parentUuid());
      assertThat(db.read(VncSchema.VIRTUAL_MACHINE, vm).virtualMachineInterfaceBackRefs())
          .extracting(r -> r.uuid().orElseThrow()).containsExactly(vmi);

      vnc.resources(VirtualMachineInterface.class).update(rest, VirtualMachineInterface.builder()
          .from(rest).virtualMachineRefs(List.of()).displayName("renamed").build());
      await().atMost(Duration.ofSeconds(20)).until(() -> db.read(VncSchema.VIRTUAL_MACHINE_INTERFACE, vmi)
          .displayName().filter("renamed"::equals).isPresent());
      assertThat(db.read(VncSchema.VIRTUAL_MACHINE_INTERFACE, vmi).virtualMachineRefs()).isEmpty();
      assertThat(db.read(VncSchema.VIRTUAL_MACHINE, vm).virtualMachineInterfaceBackRefs()).isEmpty();

      vnc.resources(VirtualMachineInterface.class).delete(vmi);
      await().atMost(Duration.ofSeconds(20)).until(() -> published.stream()
          .anyMatch(e -> e.uuid().equals(vmi) && e.operation() == ConfigEvent.Operation.DELETE));
      assertThatThrownBy(() -> db.read(VncSchema.VIRTUAL_MACHINE_INTERFACE, vmi)).isInstanceOf(NotFoundException.class);
      assertThat(db.list("virtual-machine-interface")).extracting(i -> i.uuid()).doesNotContain(vmi);
      assertThat(db.read(VncSchema.VIRTUAL_NETWORK, network.uuid().orElseThrow())
          .virtualMachineInterfaceBackRefs()).isEmpty();
      assertThat(mirror.forwarded()).isEqualTo(published.size());
    }
  }

  /** The event's object is in the DB in the state the event describes when the event goes on. */
  private void assertThatReadable(ConfigEvent event) {
    if (event.operation() == ConfigEvent.Operation.DELETE) {
      assertThatThrownBy(() -> db.read(event.uuid())).isInstanceOf(NotFoundException.class);
    } else {
      assertThat(db.identify(event.uuid()).fqName()).isEqualTo(event.fqName());
    }
  }

  private static List<String> child(String name) {
    return List.of(PROJECT.get(0), PROJECT.get(1), name);
  }
}
