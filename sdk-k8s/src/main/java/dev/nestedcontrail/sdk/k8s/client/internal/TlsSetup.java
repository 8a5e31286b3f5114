package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.client.KubeContext;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** Configures an OkHttp builder with a context's server trust and client certificate. */
public final class TlsSetup {
  private static final char[] IN_MEMORY_PASSWORD = new char[0];

  private TlsSetup() {}

  public static void apply(OkHttpClient.Builder builder, KubeContext context) {
    boolean customTrust = context.insecureSkipTlsVerify()
        || context.certificateAuthorityPem().isPresent();
    if (!customTrust && context.clientKeyPem().isEmpty()) {
      return;
    }
    try {
      X509TrustManager trust = context.insecureSkipTlsVerify()
          ? new TrustAllManager()
          : trustManager(context.certificateAuthorityPem()
              .map(pem -> Pem.certificates(pem, "context " + context.name()
                  + ": certificate authority"))
              .orElse(List.of()));
      KeyManager[] keys = null;
      if (context.clientKeyPem().isPresent() && context.clientCertificatePem().isPresent()) {
        keys = keyManagers(context);
      }
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(keys, new TrustManager[] {trust}, null);
      builder.sslSocketFactory(ssl.getSocketFactory(), trust);
      if (context.insecureSkipTlsVerify()) {
        builder.hostnameVerifier((host, session) -> true);
      }
    } catch (GeneralSecurityException e) {
      throw new ContrailClientException("context " + context.name()
          + ": cannot set up TLS (" + e.getMessage() + ")", e);
    }
  }

  private static X509TrustManager trustManager(List<X509Certificate> authorities)
      throws GeneralSecurityException {
    KeyStore store = null;
    if (!authorities.isEmpty()) {
      store = emptyStore();
      int i = 0;
      for (X509Certificate cert : authorities) {
        store.setCertificateEntry("ca-" + i++, cert);
      }
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager) {
        return (X509TrustManager) manager;
      }
    }
    throw new GeneralSecurityException("no X509TrustManager available");
  }

  private static KeyManager[] keyManagers(KubeContext context) throws GeneralSecurityException {
    String subject = "context " + context.name() + ": client ";
    List<X509Certificate> chain =
        Pem.certificates(context.clientCertificatePem().orElseThrow(), subject + "certificate");
    PrivateKey key = Pem.privateKey(context.clientKeyPem().orElseThrow(), subject + "key");
    KeyStore store = emptyStore();
    store.setKeyEntry("client", key, IN_MEMORY_PASSWORD, chain.toArray(new X509Certificate[0]));
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(store, IN_MEMORY_PASSWORD);
    return factory.getKeyManagers();
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException(e);
    }
    return store;
  }
}
