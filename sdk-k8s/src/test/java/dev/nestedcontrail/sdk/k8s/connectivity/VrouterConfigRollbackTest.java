package dev.nestedcontrail.sdk.k8s.connectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServicesTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class VrouterConfigRollbackTest {

  @Test
  void toJson_thenParse_givesAnEqualRollback() {
    GlobalVrouterConfig before = GlobalVrouterConfig.builder().uuid("u1")
        .fqName(List.of("default-global-system-config", "default-global-vrouter-config"))
        .linklocalServices(LinklocalServicesTypes.builder().addLinklocalServiceEntry(
            LinklocalServiceEntryType.builder().linklocalServiceName("metadata").linklocalServiceIp("169.254.169.254")
                .linklocalServicePort(80L).addIpFabricServiceIp("127.0.0.1").ipFabricServicePort(8775L).build())
            .build()).build();
    GlobalVrouterConfig written = ConnectivityChange.compute(before,
        LinkLocalPlanner.plan(SeedTopologies.option1())).after();
    VrouterConfigRollback rollback = VrouterConfigRollback.builder().before(before).written(written)
        .fabricSnat(FabricSnatChange.builder().network(List.of("default-domain", "admin", "k8s-vm-net"))
            .networkUuid("vn1").written(true).build())
        .build();

    VrouterConfigRollback parsed = VrouterConfigRollback.parse(rollback.toJson());

    assertThat(parsed).isEqualTo(rollback);
    assertThat(parsed.hasChanges()).isTrue();
  }

  @Test
  void parse_whenNotARollbackDocument_failsWithAClientError() {
    assertThatThrownBy(() -> VrouterConfigRollback.parse("{\"x\": 1}"))
        .isInstanceOf(ContrailClientException.class).hasMessageContaining("not a link-local rollback document");
  }
}
