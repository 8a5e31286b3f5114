package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.KubeContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a kubeconfig context into a {@link KubeContext}: looks up its cluster and user, reads the
 * files they name (relative to the kubeconfig file that defined them) and decodes the
 * {@code -data} fields. Every problem is collected into one {@link ValidationException}.
 */
public final class ContextResolver {
  private static final Set<String> UNSUPPORTED_USER_FIELDS =
      Set.of("exec", "auth-provider", "username", "password", "as", "as-groups");

  private final List<String> problems = new ArrayList<>();

  public static KubeContext resolve(KubeconfigEntry context, Map<String, KubeconfigEntry> clusters,
      Map<String, KubeconfigEntry> users) {
    return new ContextResolver().run(context, clusters, users);
  }

  private KubeContext run(KubeconfigEntry context, Map<String, KubeconfigEntry> clusters,
      Map<String, KubeconfigEntry> users) {
    String where = "context " + context.name();
    KubeContext.Builder builder = KubeContext.builder();
    builder.name(context.name());
    string(context, "namespace").filter(s -> !s.isEmpty()).ifPresent(builder::namespace);
    Optional<String> clusterName = string(context, "cluster");
    KubeconfigEntry cluster = clusterName.map(clusters::get).orElse(null);
    if (cluster == null) {
      problems.add(where + ": cluster " + clusterName.orElse("(none)") + " is not defined");
    } else {
      cluster(cluster, builder);
    }
    Optional<String> userName = string(context, "user").filter(s -> !s.isEmpty());
    if (userName.isPresent()) {
      KubeconfigEntry user = users.get(userName.get());
      if (user == null) {
        problems.add(where + ": user " + userName.get() + " is not defined");
      } else {
        user(user, builder);
      }
    }
    ValidationException.throwIfAny("kubeconfig " + where, problems);
    return builder.build();
  }

  private void cluster(KubeconfigEntry cluster, KubeContext.Builder builder) {
    Optional<String> server = string(cluster, "server");
    if (server.isEmpty()) {
      problems.add("cluster " + cluster.name() + ": server is missing");
    } else {
      builder.server(server.get());
    }
    Object insecure = cluster.body().get("insecure-skip-tls-verify");
    builder.insecureSkipTlsVerify(Boolean.TRUE.equals(insecure) || "true".equals(insecure));
    dataOrFile(cluster, "certificate-authority-data", "certificate-authority")
        .ifPresent(builder::certificateAuthorityPem);
  }

  private void user(KubeconfigEntry user, KubeContext.Builder builder) {
    for (String field : user.body().keySet()) {
      if (UNSUPPORTED_USER_FIELDS.contains(field)) {
        problems.add("user " + user.name() + ": '" + field + "' authentication is not "
            + "supported (use client certificates or a bearer token/tokenFile)");
      }
    }
    Optional<String> token = string(user, "token").filter(s -> !s.isEmpty());
    if (token.isEmpty()) {
      token = string(user, "tokenFile").flatMap(f -> read(user, "tokenFile", f)).map(String::strip);
    }
    token.ifPresent(builder::token);
    dataOrFile(user, "client-certificate-data", "client-certificate")
        .ifPresent(builder::clientCertificatePem);
    dataOrFile(user, "client-key-data", "client-key").ifPresent(builder::clientKeyPem);
  }

  private Optional<String> dataOrFile(KubeconfigEntry entry, String dataKey, String fileKey) {
    Optional<String> data = string(entry, dataKey).filter(s -> !s.isEmpty());
    if (data.isPresent()) {
      try {
        return Optional.of(new String(Base64.getMimeDecoder().decode(data.get()),
            StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        problems.add(kind(entry) + entry.name() + ": " + dataKey + " is not valid base64");
        return Optional.empty();
      }
    }
    return string(entry, fileKey).filter(s -> !s.isEmpty()).flatMap(f -> read(entry, fileKey, f));
  }

  private Optional<String> read(KubeconfigEntry entry, String key, String file) {
    Path path = entry.baseDir().resolve(file);
    try {
      return Optional.of(Files.readString(path));
    } catch (IOException e) {
      problems.add(kind(entry) + entry.name() + ": " + key + " " + path + " cannot be read ("
          + e.getClass().getSimpleName() + ")");
      return Optional.empty();
    }
  }

  private Optional<String> string(KubeconfigEntry entry, String key) {
    Object value = entry.body().get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return Optional.of(String.valueOf(value));
    }
    problems.add(kind(entry) + entry.name() + ": " + key + " is not a string");
    return Optional.empty();
  }

  private static String kind(KubeconfigEntry entry) {
    return entry.kind() + " ";
  }
}
