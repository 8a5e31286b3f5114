package dev.nestedcontrail.sdk.core.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.TlsConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** Applies a {@link TlsConfig} to an OkHttp client builder or makes an {@link SSLContext} of it. */
public final class TlsSetup {

  private TlsSetup() {}

  public static void apply(TlsConfig tls, OkHttpClient.Builder builder) {
    if (tls.trustAll()) {
      X509TrustManager trustAll = new TrustAllManager();
      builder.sslSocketFactory(context(trustAll).getSocketFactory(), trustAll);
      builder.hostnameVerifier((host, session) -> true);
    } else if (tls.caBundle().isPresent()) {
      X509TrustManager manager = caBundleManager(tls.caBundle().get());
      builder.sslSocketFactory(context(manager).getSocketFactory(), manager);
    }
  }

  /**
   * The SSL context for non-HTTP clients (such as AMQP): trust-all, the CA bundle's, or the JVM's
   * default.
   */
  public static SSLContext sslContext(TlsConfig tls) {
    if (tls.trustAll()) {
      return context(new TrustAllManager());
    }
    if (tls.caBundle().isPresent()) {
      return context(caBundleManager(tls.caBundle().get()));
    }
    try {
      return SSLContext.getDefault();
    } catch (GeneralSecurityException e) {
      throw new ContrailClientException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static X509TrustManager caBundleManager(Path pemFile) {
    try {
      List<X509Certificate> certificates = PemCertificates.load(pemFile);
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("ca-" + i, certificates.get(i));
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager m : factory.getTrustManagers()) {
        if (m instanceof X509TrustManager) {
          return (X509TrustManager) m;
        }
      }
      throw new ContrailClientException("no X.509 trust manager for CA bundle " + pemFile);
    } catch (IOException | GeneralSecurityException e) {
      throw new ContrailClientException("cannot load CA bundle " + pemFile + ": " + e.getMessage(), e);
    }
  }

  private static SSLContext context(X509TrustManager manager) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {manager}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new ContrailClientException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** Accepts every certificate; only for {@link TlsConfig#trustAll()}. */
  private static final class TrustAllManager implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // insecure mode trusts every peer
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // insecure mode trusts every peer
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
