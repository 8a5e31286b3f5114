package dev.nestedcontrail.sdk.k8s.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.internal.Pem;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PemTest {
  static Stream<Arguments> keys() {
    Function<PrivateKey, String> traditional = TestPki::pem;
    Function<PrivateKey, String> pkcs8 = TestPki::pkcs8;
    return Stream.of(
        Arguments.of("RSA PKCS#1", TestPki.rsa(), traditional, "BEGIN RSA PRIVATE KEY"),
        Arguments.of("RSA PKCS#8", TestPki.rsa(), pkcs8, "BEGIN PRIVATE KEY"),
        Arguments.of("EC SEC1", TestPki.ec(), (Function<PrivateKey, String>) TestPki::sec1,
            "BEGIN EC PRIVATE KEY"),
        Arguments.of("EC PKCS#8", TestPki.ec(), pkcs8, "BEGIN PRIVATE KEY"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void privateKey_readsEachFormat_intoAKeyThatSignsForItsPublicKey(String label, KeyPair keys,
      Function<PrivateKey, String> encode, String header) throws Exception {
    String pem = encode.apply(keys.getPrivate());
    assertThat(pem).contains(header);

    PrivateKey parsed = Pem.privateKey("junk before\n" + pem, "test key");

    assertThat(parsed.getAlgorithm()).isEqualTo(keys.getPrivate().getAlgorithm());
    String algorithm = parsed.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    byte[] data = "nested contrail".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(parsed);
    signer.update(data);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm);
    verifier.initVerify(keys.getPublic());
    verifier.update(data);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void privateKey_withEncryptedOrMissingKey_failsWithoutEchoingTheKey() {
    String encrypted = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
        + "-----END ENCRYPTED PRIVATE KEY-----\n";
    assertThatThrownBy(() -> Pem.privateKey(encrypted, "user admin: client key"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("user admin: client key")
        .hasMessageContaining("ENCRYPTED PRIVATE KEY")
        .hasMessageNotContaining("AAAA");
    String legacyEncrypted = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
        + "DEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\nAAAA\n"
        + "-----END RSA PRIVATE KEY-----\n";
    assertThatThrownBy(() -> Pem.privateKey(legacyEncrypted, "k"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("encrypted PEM key");
    assertThatThrownBy(() -> Pem.privateKey("no pem here", "k"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no PEM private key");
    String sec1WithoutCurve = TestPki.pem(TestPki.ec().getPrivate());
    assertThat(sec1WithoutCurve).contains("BEGIN EC PRIVATE KEY");
    assertThatThrownBy(() -> Pem.privateKey(sec1WithoutCurve, "k"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("does not name its curve");
    String corrupt = "-----BEGIN RSA PRIVATE KEY-----\nMAMCAQA=\n-----END RSA PRIVATE KEY-----";
    assertThatThrownBy(() -> Pem.privateKey(corrupt, "k"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("cannot read RSA");
  }
}
