package dev.nestedcontrail.sdk.testkit.it.k8s.connectivity;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.vnc.ReadOptions;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServicesTypes;
import dev.nestedcontrail.sdk.vnc.model.Project;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/** A {@link FakeConfigApi} with the Option 1 node network, and config API clients to it. */
final class ConnectivityLab implements AutoCloseable {
  static final List<String> NODE_NETWORK = List.of("default-domain", "admin", "k8s-vm-net");

  final FakeConfigApi api = FakeConfigApi.start();
  /** A second writer, as another operator or kube-manager would be. */
  final VncClient other = client();

  ConnectivityLab() {
    other.projects().create(Project.builder().fqName(NODE_NETWORK.subList(0, 2)).parentType("domain").build());
    other.virtualNetworks().create(VirtualNetwork.builder().fqName(NODE_NETWORK).parentType("project").build());
    api.clearRequests();
  }

  VncClient client() {
    return VncClient.builder().endpoints(Endpoints.parse(api.baseUrl())).build();
  }

  VncClient client(OkHttpClient http) {
    return VncClient.builder().endpoints(Endpoints.parse(api.baseUrl())).httpClient(http).build();
  }

  GlobalVrouterConfig vrouterConfig() {
    return other.globalVrouterConfigs().readByFqName(LinkLocalServices.GLOBAL_VROUTER_CONFIG,
        ReadOptions.withoutChildrenAndBackRefs());
  }

  List<LinklocalServiceEntryType> entries() {
    return vrouterConfig().linklocalServices().map(LinklocalServicesTypes::linklocalServiceEntry).orElse(List.of());
  }

  VirtualNetwork nodeNetwork() {
    return other.virtualNetworks().readByFqName(NODE_NETWORK, ReadOptions.withoutChildrenAndBackRefs());
  }

  /** Changes the global-vrouter-config through the other client, the way a concurrent writer does. */
  void edit(UnaryOperator<GlobalVrouterConfig.Builder> change) {
    GlobalVrouterConfig current = vrouterConfig();
    GlobalVrouterConfig.Builder builder = GlobalVrouterConfig.builder();
    builder.from(current);
    other.globalVrouterConfigs().update(current, change.apply(builder).build());
  }

  /** Writes this link-local list through the other client. */
  void setEntries(List<LinklocalServiceEntryType> entries) {
    edit(b -> b.linklocalServices(LinklocalServicesTypes.builder().linklocalServiceEntry(entries).build()));
  }

  /** Appends an entry through the other client. */
  void addEntry(LinklocalServiceEntryType entry) {
    List<LinklocalServiceEntryType> entries = new ArrayList<>(entries());
    entries.add(entry);
    setEntries(entries);
  }

  static LinklocalServiceEntryType entry(String name, String ip, long port, String fabricIp, long fabricPort) {
    return LinklocalServiceEntryType.builder().linklocalServiceName(name).linklocalServiceIp(ip)
        .linklocalServicePort(port).addIpFabricServiceIp(fabricIp).ipFabricServicePort(fabricPort).build();
  }

  @Override
  public void close() {
    other.close();
    api.close();
  }
}
