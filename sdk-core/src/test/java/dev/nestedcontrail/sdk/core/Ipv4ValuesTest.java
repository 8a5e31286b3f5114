package dev.nestedcontrail.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4ValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "10.10.10.5", "192.168.1.100", "255.255.255.255"})
  void address_parsesAndPrintsDottedQuads(String text) {
    assertThat(Ipv4Address.of(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.168.1.300", "256.0.0.1", "010.1.1.1", "1.2.3", "1.2.3.4.5",
      " 1.2.3.4", "1.2.3.4 ", "1.2.3.-4", "1.2.3.+4", "1..3.4", "a.b.c.d", "localhost",
      "example.com", "", "1.2.3.4/32", "１.2.3.4", "0x7f.0.0.1", "1.2.3.1234"})
  void address_rejectsEverythingButStrictDottedQuads(String text) {
    assertThat(Ipv4Address.parse(text)).isEmpty();
    assertThatThrownBy(() -> Ipv4Address.of(text)).isInstanceOf(ValidationException.class)
        .hasMessageContaining(text + " is not an IPv4 address");
  }

  @Test
  void address_ordersAsUnsignedNumbers() {
    assertThat(Ipv4Address.of("200.0.0.1")).isGreaterThan(Ipv4Address.of("10.255.255.255"));
    assertThat(Ipv4Address.of("10.0.0.255").plus(1)).isEqualTo(Ipv4Address.of("10.0.1.0"));
    assertThat(Ipv4Address.LOOPBACK).hasToString("127.0.0.1");
  }

  @Test
  void cidr_knowsItsRange() {
    Ipv4Cidr pool = Ipv4Cidr.of("10.10.10.0/24");

    assertThat(pool.broadcast()).isEqualTo(Ipv4Address.of("10.10.10.255"));
    assertThat(pool.size()).isEqualTo(256);
    assertThat(pool.contains(Ipv4Address.of("10.10.10.77"))).isTrue();
    assertThat(pool.contains(Ipv4Address.of("10.10.11.0"))).isFalse();
    assertThat(Ipv4Cidr.of("0.0.0.0/0").contains(Ipv4Address.of("255.1.2.3"))).isTrue();
    assertThat(Ipv4Cidr.of("0.0.0.0/0").size()).isEqualTo(1L << 32);
  }

  @Test
  void cidr_overlapsWhenEitherContainsTheOther() {
    Ipv4Cidr pool = Ipv4Cidr.of("10.10.10.0/24");

    assertThat(pool.overlaps(Ipv4Cidr.of("10.0.0.0/8"))).isTrue();
    assertThat(Ipv4Cidr.of("10.0.0.0/8").overlaps(pool)).isTrue();
    assertThat(pool.overlaps(Ipv4Cidr.of("10.10.10.128/25"))).isTrue();
    assertThat(pool.overlaps(Ipv4Cidr.of("10.10.11.0/24"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.10.10.0", "10.10.10.0/33", "10.10.10.0/024", "10.10.10.0/",
      "10.10.10.0/-1", "10.10.10.300/24", "10.10.10.0/24/1", "10.10.10.0/2x"})
  void cidr_rejectsMalformedText(String text) {
    assertThat(Ipv4Cidr.problem(text)).isPresent();
    assertThatThrownBy(() -> Ipv4Cidr.of(text)).isInstanceOf(ValidationException.class)
        .hasMessageContaining(text);
  }

  @Test
  void cidr_withHostBits_isRejectedWithTheNetworkSuggested() {
    assertThatThrownBy(() -> Ipv4Cidr.of(Ipv4Address.of("10.10.10.5"), 24))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("10.10.10.5/24 is not an IPv4 network: host bits are set"
            + " (did you mean 10.10.10.0/24?)");
  }

  @Test
  void address_withField_namesTheFieldAndTheValue() {
    assertThat(Ipv4Address.of("vip", "10.10.10.5")).isEqualTo(Ipv4Address.of("10.10.10.5"));
    assertThatThrownBy(() -> Ipv4Address.of("vip", "10.10.10.256"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid IPv4 address: vip: 10.10.10.256 is not an IPv4 address");
  }

  @Test
  void cidr_withField_namesTheFieldAndTheValue() {
    assertThat(Ipv4Cidr.of("pods", "10.32.0.0/12")).hasToString("10.32.0.0/12");
    assertThat(Ipv4Cidr.of("pods", "10.32.0.0/12").network()).isEqualTo(Ipv4Address.of("10.32.0.0"));
    assertThatThrownBy(() -> Ipv4Cidr.of("pods", "10.32.0.1/12"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid IPv4 CIDR: pods: 10.32.0.1/12 is not an IPv4 network:"
            + " host bits are set (did you mean 10.32.0.0/12?)");
    assertThatThrownBy(() -> Ipv4Cidr.of("pods", "10.32.0.0/33"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid IPv4 CIDR: pods: 10.32.0.0/33 is not an IPv4 network"
            + " (expected a.b.c.d/n with n from 0 to 32)");
  }
}
