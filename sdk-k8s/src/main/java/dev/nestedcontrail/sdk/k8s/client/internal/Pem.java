package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM certificates and private keys with JDK classes only. Private keys may be PKCS#8
 * ({@code BEGIN PRIVATE KEY}), PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY}) or SEC1 EC
 * ({@code BEGIN EC PRIVATE KEY}); the last two are rewrapped as PKCS#8. Error messages name the
 * subject but never include key material.
 */
public final class Pem {
  private static final Pattern BLOCK = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
  private static final byte[] RSA_OID = oid("2a864886f70d010101");
  private static final byte[] EC_OID = oid("2a8648ce3d0201");
  private static final byte[] ED25519_OID = oid("2b6570");

  private Pem() {}

  /** The certificates in {@code pem}, at least one. */
  public static List<X509Certificate> certificates(String pem, String subject) {
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> result = new ArrayList<>();
      for (var cert : factory.generateCertificates(
          new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
        result.add((X509Certificate) cert);
      }
      if (result.isEmpty()) {
        throw ValidationException.of("kubeconfig", subject + ": no PEM certificate found");
      }
      return result;
    } catch (CertificateException e) {
      throw ValidationException.of("kubeconfig",
          subject + ": not a PEM X.509 certificate (" + e.getMessage() + ")");
    }
  }

  /** The first private key in {@code pem}. */
  public static PrivateKey privateKey(String pem, String subject) {
    Matcher m = BLOCK.matcher(pem);
    while (m.find()) {
      String type = m.group(1);
      if (!type.endsWith("PRIVATE KEY")) {
        continue;
      }
      if (m.group(2).contains(":")) {
        throw ValidationException.of("kubeconfig", subject + ": encrypted PEM key (" + type
            + " with headers) is not supported; decrypt it first");
      }
      byte[] der;
      try {
        der = Base64.getMimeDecoder().decode(m.group(2).strip());
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("kubeconfig", subject + ": PEM block " + type
            + " is not valid base64");
      }
      try {
        switch (type) {
          case "PRIVATE KEY":
            return pkcs8(der, subject);
          case "RSA PRIVATE KEY":
            return generate("RSA", wrap(algorithm(RSA_OID, Der.encode(Der.NULL)), der));
          case "EC PRIVATE KEY":
            return generate("EC", sec1ToPkcs8(der));
          default:
            throw ValidationException.of("kubeconfig", subject + ": unsupported key type '"
                + type + "' (use an unencrypted PKCS#1, SEC1 or PKCS#8 key)");
        }
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        throw ValidationException.of("kubeconfig", subject + ": cannot read " + type + " ("
            + e.getMessage() + ")");
      }
    }
    throw ValidationException.of("kubeconfig", subject + ": no PEM private key found");
  }

  private static PrivateKey pkcs8(byte[] der, String subject) throws GeneralSecurityException {
    List<Der.Element> fields = Der.children(Der.single(der, Der.SEQUENCE, "PKCS#8 key").content());
    if (fields.size() < 3 || fields.get(1).tag() != Der.SEQUENCE) {
      throw new IllegalArgumentException("PKCS#8 key lacks its algorithm identifier");
    }
    byte[] oid = Der.children(fields.get(1).content()).get(0).encoded();
    if (Arrays.equals(oid, RSA_OID)) {
      return generate("RSA", der);
    }
    if (Arrays.equals(oid, EC_OID)) {
      return generate("EC", der);
    }
    if (Arrays.equals(oid, ED25519_OID)) {
      return generate("Ed25519", der);
    }
    throw ValidationException.of("kubeconfig", subject + ": unsupported private key algorithm");
  }

  private static byte[] sec1ToPkcs8(byte[] der) {
    List<Der.Element> fields = Der.children(Der.single(der, Der.SEQUENCE, "SEC1 key").content());
    byte[] curve = null;
    for (Der.Element field : fields) {
      if (field.tag() == Der.CONTEXT_0) {
        curve = Der.single(field.content(), Der.OID, "SEC1 curve").encoded();
      }
    }
    if (curve == null) {
      throw new IllegalArgumentException("SEC1 key does not name its curve");
    }
    return wrap(algorithm(EC_OID, curve), der);
  }

  private static byte[] algorithm(byte[] oid, byte[] parameters) {
    return Der.encode(Der.SEQUENCE, oid, parameters);
  }

  private static byte[] wrap(byte[] algorithm, byte[] key) {
    return Der.encode(Der.SEQUENCE, Der.encode(Der.INTEGER, new byte[] {0}), algorithm,
        Der.encode(Der.OCTET_STRING, key));
  }

  private static PrivateKey generate(String algorithm, byte[] pkcs8)
      throws GeneralSecurityException {
    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  private static byte[] oid(String hex) {
    byte[] content = new byte[hex.length() / 2];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return Der.encode(Der.OID, content);
  }
}
