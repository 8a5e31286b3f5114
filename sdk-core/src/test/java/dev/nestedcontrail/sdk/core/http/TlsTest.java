package dev.nestedcontrail.sdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.TlsConfig;
import dev.nestedcontrail.sdk.core.TransportConfig;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS against a WireMock server whose self-signed certificate is generated per run. */
class TlsTest {

  @TempDir
  static Path dir;
  static Path caPem;
  static WireMockServer server;

  @BeforeAll
  static void startHttpsServer() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair keys = generator.generateKeyPair();
    X500Name name = new X500Name("CN=127.0.0.1");
    Instant now = Instant.now();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic());
    builder.addExtension(Extension.subjectAlternativeName, false,
        new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    X509Certificate certificate = new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));

    caPem = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n");
    char[] password = "changeit".toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("server", keys.getPrivate(), password, new Certificate[] {certificate});
    Path keystore = dir.resolve("server.p12");
    try (OutputStream out = Files.newOutputStream(keystore)) {
      store.store(out, password);
    }
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort()
        .keystorePath(keystore.toString()).keystoreType("PKCS12")
        .keystorePassword("changeit").keyManagerPassword("changeit"));
    server.start();
    server.stubFor(get("/").willReturn(ok("secure")));
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  private static HttpTransport transport(TlsConfig tls) {
    return HttpTransport.builder().endpoints(Endpoints.of(Endpoint.of("https", "127.0.0.1", server.httpsPort())))
        .config(TransportConfig.builder().tls(tls).retryPolicy(RetryPolicy.none()).build()).build();
  }

  @Test
  void execute_withCaBundleHoldingServerCertificate_succeeds() {
    try (HttpTransport transport = transport(TlsConfig.caBundle(caPem))) {
      assertThat(transport.execute(HttpRequest.get("/")).body()).isEqualTo("secure");
    }
  }

  @Test
  void execute_withSystemTrust_rejectsSelfSignedServer() {
    try (HttpTransport transport = transport(TlsConfig.systemTrust())) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.get("/")))
          .isInstanceOf(ContrailClientException.class)
          .hasMessageContaining("GET / could not connect to https://127.0.0.1:" + server.httpsPort())
          .hasMessageContaining("SSL");
    }
  }

  @Test
  void execute_withInsecure_acceptsAnyCertificate() {
    try (HttpTransport transport = transport(TlsConfig.insecure())) {
      assertThat(transport.execute(HttpRequest.get("/")).body()).isEqualTo("secure");
    }
  }
}
