package dev.nestedcontrail.sdk.cni.install;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The executable kubelet runs as the plugin ({@code /opt/cni/bin/contrail-k8s-cni}): a POSIX
 * {@code sh} script. Without {@link #daemonSocket()} it only {@code exec}s the JVM plugin ({@code
 * java -jar contrail-nested.jar cni}), which reads stdin and the {@code CNI_*} environment,
 * prints the result and exits with the plugin's code.
 *
 * <p>With a daemon socket it forwards the call to the daemon when the socket exists, using only
 * {@code /bin/sh} (with its {@code test}/{@code printf} builtins), {@code cat} and {@code curl}
 * 7.76 or later ({@code --unix-socket}, {@code --fail-with-body}); when the daemon cannot be
 * reached (curl exit 7) it falls back to the JVM with the same input. Exit codes: 0 success, 1 a
 * CNI error (the error JSON is on stdout), anything else a curl failure.
 */
@Value.Immutable
public abstract class PluginShim {
  private static final String HEADER = "#!/bin/sh\n"
      + "# Contrail CNI plugin shim, written by contrail-nested cni-init.\n"
      + "# The plugin reads the network config on stdin and the CNI_* environment, prints the\n"
      + "# result or error JSON on stdout and exits with the plugin's code.\n";

  public static Builder builder() {
    return new Builder();
  }

  /** The Java launcher; default {@code java} from kubelet's PATH. */
  @Value.Default
  public String javaCommand() {
    return "java";
  }

  /** JVM options; by default the ones that shorten start-up. */
  @Value.Default
  public List<String> javaOptions() {
    return List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");
  }

  /** The CLI jar on the node. */
  @Value.Default
  public String jarPath() {
    return "/opt/contrail/contrail-nested.jar";
  }

  /** The daemon's socket, such as {@code /run/contrail/cni/cni.sock}; empty: always the JVM. */
  public abstract Optional<String> daemonSocket();

  /** The script's text. */
  public String script() {
    String jvm = jvmCommand();
    if (daemonSocket().isEmpty()) {
      return HEADER + "exec " + jvm + "\n";
    }
    return HEADER
        + "sock=" + quote(daemonSocket().get()) + "\n"
        + "if [ -S \"$sock\" ]; then\n"
        + "  config=$(cat)\n"
        + "  printf '%s' \"$config\" | curl -sS --fail-with-body --unix-socket \"$sock\" \\\n"
        + "    --data-binary @- -H \"CNI-Command: $CNI_COMMAND\" \\\n"
        + "    -H \"CNI-ContainerId: $CNI_CONTAINERID\" -H \"CNI-Netns: $CNI_NETNS\" \\\n"
        + "    -H \"CNI-Ifname: $CNI_IFNAME\" -H \"CNI-Args: $CNI_ARGS\" \\\n"
        + "    -H \"CNI-Path: $CNI_PATH\" http://localhost/cni\n"
        + "  rc=$?\n"
        + "  case $rc in\n"
        + "    0) exit 0 ;;\n"
        + "    22) exit 1 ;;\n"
        + "    7) printf '%s' \"$config\" | " + jvm + "; exit $? ;;\n"
        + "    *) exit \"$rc\" ;;\n"
        + "  esac\n"
        + "fi\n"
        + "exec " + jvm + "\n";
  }

  private String jvmCommand() {
    List<String> command = new ArrayList<>();
    command.add(quote(javaCommand()));
    javaOptions().forEach(o -> command.add(quote(o)));
    command.add("-jar");
    command.add(quote(jarPath()));
    command.add("cni");
    return String.join(" ", command);
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (javaCommand().isBlank()) {
      problems.add("javaCommand: must not be blank");
    }
    if (jarPath().isBlank()) {
      problems.add("jarPath: must not be blank");
    }
    ValidationException.throwIfAny("plugin shim", problems);
  }

  public static final class Builder extends ImmutablePluginShim.Builder {}
}
