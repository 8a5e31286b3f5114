package dev.nestedcontrail.sdk.k8s.client.internal;

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/** Accepts every server certificate: only for {@code insecure-skip-tls-verify: true}. */
final class TrustAllManager implements X509TrustManager {
  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {
    throw new UnsupportedOperationException("client-side trust manager only");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {
    // insecure-skip-tls-verify: every server certificate is accepted
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
