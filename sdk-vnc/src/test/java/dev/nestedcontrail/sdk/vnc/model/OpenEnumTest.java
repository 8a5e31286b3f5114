package dev.nestedcontrail.sdk.vnc.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenEnumTest {
  @Test
  void of_returnsTheConstantForAListedValue() {
    assertThat(ForwardingModeType.of("l2_l3")).isSameAs(ForwardingModeType.L2_L3);
    assertThat(ForwardingModeType.L2_L3.isKnown()).isTrue();
    assertThat(ForwardingModeType.knownValues()).contains(ForwardingModeType.L3);
  }

  @Test
  void of_keepsAValueFromANewerServer() {
    ForwardingModeType future = ForwardingModeType.of("l4_magic");
    assertThat(future.isKnown()).isFalse();
    assertThat(future.value()).isEqualTo("l4_magic");
    assertThat(future).isEqualTo(ForwardingModeType.of("l4_magic"));
    assertThat(future).isNotEqualTo(ForwardingModeType.L3);
  }
}
