package dev.nestedcontrail.sdk.vnc.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {
  @Test
  void className_writesAcronymsAsWords() {
    assertThat(JavaNames.className("virtual-DNS")).isEqualTo("VirtualDns");
    assertThat(JavaNames.className("bgp-as-a-service")).isEqualTo("BgpAsAService");
  }

  @Test
  void member_camelCasesWireNamesAndAvoidsKeywords() {
    assertThat(JavaNames.member("ip_fabric_DNS_service_name")).isEqualTo("ipFabricDnsServiceName");
    assertThat(JavaNames.member("static")).isEqualTo("staticValue");
  }

  @Test
  void enumConstant_namesSymbolsAndLeadingDigits() {
    assertThat(JavaNames.enumConstant("<>")).isEqualTo("LT_GT");
    assertThat(JavaNames.enumConstant("size!=")).isEqualTo("SIZE_NOT_EQ");
    assertThat(JavaNames.enumConstant("10G")).isEqualTo("_10G");
    assertThat(JavaNames.enumConstant("l2_l3")).isEqualTo("L2_L3");
    assertThat(JavaNames.enumConstant("user-defined-subnet")).isEqualTo("USER_DEFINED_SUBNET");
  }

  @Test
  void idlParser_readsQuotedAndListArguments() {
    var statements = IdlParser.parse(
        " Link('a-b', 'a', 'bgp:b', ['ref', 'derived'], 'optional', 'CRUD', 'x (y)');"
            + " Property('p', 'a', 'required', 'CR', \"it's\") ");
    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).args())
        .containsExactly("a-b", "a", "bgp:b", "ref,derived", "optional", "CRUD", "x (y)");
    assertThat(statements.get(1).kind()).isEqualTo("Property");
    assertThat(statements.get(1).arg(4)).isEqualTo("it's");
  }
}
