package dev.nestedcontrail.sdk.cni;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real namespaces and links for one test, with unique names, removed again by {@link #close()}.
 * Needs root and {@code ip netns}; without them the test skips, and under {@code CI=true} it
 * fails instead.
 */
final class HostNetwork implements AutoCloseable {
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  private final List<String> namespaces = new ArrayList<>();
  private final List<String> links = new ArrayList<>();

  static HostNetwork requireRoot() {
    String why = null;
    if (!"root".equals(System.getProperty("user.name"))) {
      why = "not running as root";
    } else if (run("ip", "netns", "list").exit != 0) {
      why = "`ip netns list` does not work";
    }
    if (why != null) {
      String message = "real network namespace tests need root and iproute2 (" + why
          + "); run `sudo mvn -pl sdk-cni -am verify` on Linux";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " — CI=true, so this is a failure, not a skip");
      }
      Assumptions.abort(message);
    }
    return new HostNetwork();
  }

  /** Creates a namespace and returns its path. */
  String namespace(String name) {
    String full = name + suffix;
    ok("ip", "netns", "add", full);
    namespaces.add(full);
    return "/var/run/netns/" + full;
  }

  /** Creates a veth pair on the host, both ends up; returns the first end (the "VM NIC"). */
  String parentInterface() {
    String a = "cp" + suffix;
    ok("ip", "link", "add", a, "type", "veth", "peer", "name", "cq" + suffix);
    links.add(a);
    ok("ip", "link", "set", "dev", a, "up");
    ok("ip", "link", "set", "dev", "cq" + suffix, "up");
    return a;
  }

  /** Registers a link this test's code creates, so close() removes it if the code did not. */
  void track(String link) {
    links.add(link);
  }

  boolean linkExists(String name) {
    return run("ip", "link", "show", "dev", name).exit == 0;
  }

  Map<String, Object> single(String... command) {
    String out = ok(command);
    List<?> list = (List<?>) Json.object("{\"v\":" + out + "}").get("v");
    if (list.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) list.get(0);
    return first;
  }

  static String ok(String... command) {
    Result r = run(command);
    if (r.exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + r.stderr);
    }
    return r.stdout;
  }

  static Result run(String... command) {
    try {
      Process p = new ProcessBuilder(command).start();
      p.getOutputStream().close();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " timed out");
      }
      return new Result(p.exitValue(),
          new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
          new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Result(127, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    for (String link : links) {
      run("ip", "link", "del", "dev", link);
    }
    for (String ns : namespaces) {
      run("ip", "netns", "del", ns);
    }
  }

  static final class Result {
    final int exit;
    final String stdout;
    final String stderr;

    Result(int exit, String stdout, String stderr) {
      this.exit = exit;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }
}
