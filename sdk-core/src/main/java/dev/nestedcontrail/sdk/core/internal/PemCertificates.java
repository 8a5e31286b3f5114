package dev.nestedcontrail.sdk.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads X.509 certificates from a PEM bundle. */
public final class PemCertificates {

  private PemCertificates() {}

  /** Why the file cannot serve as a CA bundle, naming the path; empty when it can. */
  public static String problem(Path pemFile) {
    if (!Files.isRegularFile(pemFile)) {
      return pemFile + " does not exist or is not a regular file";
    }
    if (!Files.isReadable(pemFile)) {
      return pemFile + " is not readable";
    }
    try {
      if (!Files.readString(pemFile, StandardCharsets.ISO_8859_1).contains("-----BEGIN CERTIFICATE-----")
          || load(pemFile).isEmpty()) {
        return pemFile + " holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)";
      }
    } catch (IOException | GeneralSecurityException e) {
      return pemFile + " holds no valid PEM certificate (" + e.getMessage() + ")";
    }
    return "";
  }

  /** Every certificate in the file, in order. */
  public static List<X509Certificate> load(Path pemFile) throws IOException, GeneralSecurityException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> result = new ArrayList<>();
    try (InputStream in = Files.newInputStream(pemFile)) {
      for (Certificate c : factory.generateCertificates(in)) {
        result.add((X509Certificate) c);
      }
    }
    return result;
  }
}
