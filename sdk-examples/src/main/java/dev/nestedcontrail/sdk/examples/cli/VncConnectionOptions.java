package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.core.auth.Identifier;
import dev.nestedcontrail.sdk.core.auth.KeystoneClient;
import dev.nestedcontrail.sdk.core.auth.KeystoneV3Password;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the config API is and how to authenticate: none, a static token, or Keystone v3. */
final class VncConnectionOptions {
  @Option(names = "--config-api", required = true, paramLabel = "URL[,URL]",
      description = "Config API servers, e.g. http://10.0.0.1:8082,http://10.0.0.2:8082")
  String configApi = "";

  @ArgGroup(exclusive = true)
  @Nullable Auth auth;

  static final class Auth {
    @Option(names = "--token", paramLabel = "T", description = "A Keystone token sent as X-Auth-Token")
    @Nullable String token;

    @ArgGroup(exclusive = false)
    @Nullable Keystone keystone;
  }

  static final class Keystone {
    @Option(names = "--keystone", required = true, paramLabel = "URL", description = "Keystone URL, e.g. http://10.0.0.1:35357")
    String url;

    @Option(names = "--user", required = true, paramLabel = "U")
    String user;

    @Option(names = "--password-file", required = true, paramLabel = "P", description = "File holding the password")
    Path passwordFile;

    @Option(names = "--project", required = true, paramLabel = "X")
    String project;

    @Option(names = "--domain", defaultValue = "Default", paramLabel = "D", description = "User and project domain (default: ${DEFAULT-VALUE})")
    String domain;
  }

  /** The Keystone client when Keystone options were given; the caller closes it. */
  Optional<KeystoneClient> keystoneClient() {
    if (auth == null || auth.keystone == null) {
      return Optional.empty();
    }
    Keystone k = auth.keystone;
    String password;
    try {
      password = Files.readString(k.passwordFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the password file " + k.passwordFile, e);
    }
    return Optional.of(KeystoneClient.builder().endpoints(Endpoints.parse(k.url))
        .credentials(KeystoneV3Password.builder().userName(k.user).password(password)
            .project(Identifier.byName(k.project)).userDomain(Identifier.byName(k.domain))
            .projectDomain(Identifier.byName(k.domain)).build())
        .build());
  }

  VncClient client(Optional<KeystoneClient> keystone) {
    AuthProvider provider = keystone.<AuthProvider>map(k -> k)
        .orElseGet(() -> auth != null && auth.token != null ? AuthProvider.staticToken(auth.token) : AuthProvider.none());
    return VncClient.builder().endpoints(Endpoints.parse(configApi)).authProvider(provider).build();
  }
}
