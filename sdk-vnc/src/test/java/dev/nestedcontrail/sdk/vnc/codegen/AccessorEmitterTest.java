package dev.nestedcontrail.sdk.vnc.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessorEmitterTest {
  @Test
  void accessor_isTheEnglishLowerCamelPlural() {
    assertThat(AccessorEmitter.accessor("VirtualNetwork")).isEqualTo("virtualNetworks");
    assertThat(AccessorEmitter.accessor("NetworkPolicy")).isEqualTo("networkPolicies");
    assertThat(AccessorEmitter.accessor("VirtualDns")).isEqualTo("virtualDnses");
    assertThat(AccessorEmitter.accessor("ForwardingClass")).isEqualTo("forwardingClasses");
    assertThat(AccessorEmitter.accessor("Hardware")).isEqualTo("hardwares");
    assertThat(AccessorEmitter.accessor("Key")).isEqualTo("keys");
  }
}
