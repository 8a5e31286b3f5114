package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.configdb.ContactPoint;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The config DB and message-queue keys of {@code contrail-kubernetes.conf} (contrail-internals
 * §1.2): {@code cassandra_server_list} (blank-separated {@code host:port}; a bare host gets the CQL
 * port 9042), {@code cassandra_user}/{@code cassandra_password}, {@code cluster_id},
 * {@code rabbit_server} (comma or blank list whose entries may be {@code user:pass@host:port}),
 * {@code rabbit_port} (5672), {@code rabbit_user}/{@code rabbit_password} ({@code guest}),
 * {@code rabbit_vhost} ({@code /}), {@code rabbit_use_ssl} and {@code rabbit_ha_mode}.
 */
final class ConfigFromIniBackends {
  private static final int CQL_PORT = 9042;

  private final Function<String, Optional<String>> text;
  private final List<String> problems;

  /** {@code text} gives a key's non-empty value; problems are added to {@code problems}. */
  ConfigFromIniBackends(Function<String, Optional<String>> text, List<String> problems) {
    this.text = text;
    this.problems = problems;
  }

  void build(KubeManagerConfig.Builder b) {
    for (String entry : text("cassandra_server_list").orElse("").split("[,\\s]+")) {
      if (!entry.isEmpty()) {
        try {
          b.addCassandraServers(ContactPoint.parse(entry.contains(":") ? entry
              : entry + ":" + CQL_PORT));
        } catch (ValidationException e) {
          problems.add("cassandra_server_list: " + entry + " is not host:port");
        }
      }
    }
    text("cassandra_user").ifPresent(b::cassandraUser);
    text("cassandra_password").ifPresent(b::cassandraPassword);
    text("cluster_id").ifPresent(b::clusterId);
    text("rabbit_ha_mode").ifPresent(v -> b.rabbitHaMode(v.equalsIgnoreCase("true")));
    text("rabbit_server").flatMap(this::brokers).ifPresent(b::rabbit);
  }

  private Optional<BrokerConfig> brokers(String servers) {
    String scheme = text("rabbit_use_ssl").filter("true"::equalsIgnoreCase).isPresent()
        ? "amqps" : "amqp";
    Optional<Integer> port = text("rabbit_port").filter(p -> p.matches("[0-9]{1,5}"))
        .map(Integer::parseInt);
    text("rabbit_port").filter(p -> port.isEmpty())
        .ifPresent(p -> problems.add("rabbit_port: " + p + " is not a port number"));
    String user = text("rabbit_user").orElse("guest");
    String password = text("rabbit_password").orElse("guest");
    List<Endpoint> endpoints = new ArrayList<>();
    for (String entry : servers.split("[,\\s]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      String hostPort = entry;
      int at = entry.lastIndexOf('@');
      if (at >= 0) {
        String login = entry.substring(0, at);
        hostPort = entry.substring(at + 1);
        int colon = login.indexOf(':');
        user = colon < 0 ? login : login.substring(0, colon);
        password = colon < 0 ? password : login.substring(colon + 1);
      }
      int colon = hostPort.lastIndexOf(':');
      String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      String entryPort = colon < 0 ? "" : hostPort.substring(colon + 1);
      if (host.isEmpty() || (colon >= 0 && !entryPort.matches("[0-9]{1,5}"))) {
        problems.add("rabbit_server: entry " + hostPort + " is not host or host:port");
        continue;
      }
      endpoints.add(Endpoint.of(scheme, host,
          colon < 0 ? port.orElse(5672) : Integer.parseInt(entryPort)));
    }
    if (endpoints.isEmpty()) {
      problems.add("rabbit_server: lists no usable broker");
      return Optional.empty();
    }
    try {
      return Optional.of(BrokerConfig.builder().endpoints(Endpoints.of(endpoints)).userName(user)
          .password(password).virtualHost(text("rabbit_vhost").orElse("/")).build());
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private Optional<String> text(String key) {
    return text.apply(key);
  }
}
