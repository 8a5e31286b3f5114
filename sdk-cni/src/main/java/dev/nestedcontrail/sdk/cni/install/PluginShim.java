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
 * <p>With a daemon socket it forwards the call to the daemon ({@code POST /cni}, see {@code
 * CniDaemon}) when the socket exists. It needs only tools present on a standard node: {@code
 * /bin/sh} (dash or bash; only its builtins {@code read}, {@code printf}, {@code test} and {@code
 * command}) and the first of {@link #transports()} found on {@code PATH}:
 *
 * <ul>
 *   <li>{@code nc.openbsd -U} or {@code socat}: the script writes the HTTP request itself with
 *       {@code printf} and takes the body and the {@code CNI-Exit-Code} header from the answer
 *       with parameter expansion, so a call starts {@code sh} and one small process;
 *   <li>{@code curl --unix-socket} (7.76 or later, {@code --fail-with-body}): the fallback, about
 *       5 ms slower to start.
 * </ul>
 *
 * <p>The config on stdin is read with {@code read} (no {@code cat}) and kept, so when the daemon
 * cannot be reached (no answer at all, or curl exit 7) the shim falls back to the JVM with the
 * same input; it does the same when none of the transports is installed. Exit codes: 0 success,
 * 1 a CNI error (the error JSON is on stdout), anything else a curl failure.
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

  /**
   * The programs that may carry a call to the daemon, tried in this order; default {@code
   * nc.openbsd}, {@code socat}, {@code curl}. Empty: the JVM even when the socket exists.
   */
  @Value.Default
  public List<ShimTransport> transports() {
    return List.of(ShimTransport.values());
  }

  /** The script's text. */
  public String script() {
    String jvm = jvmCommand();
    if (daemonSocket().isEmpty()) {
      return HEADER + "exec " + jvm + "\n";
    }
    StringBuilder s = new StringBuilder(HEADER)
        .append("sock=").append(quote(daemonSocket().get())).append("\n")
        .append("if [ -S \"$sock\" ]; then\n")
        .append("  nl='\n'\n")
        .append("  config=\n")
        .append("  while IFS= read -r line; do config=\"$config$line$nl\"; done\n")
        .append("  config=\"$config$line\"\n")
        .append("  http() {\n")
        .append("    LC_ALL=C\n")
        .append("    printf 'POST /cni HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n")
        .append("CNI-Command: %s\\r\\nCNI-ContainerId: %s\\r\\nCNI-Netns: %s\\r\\n")
        .append("CNI-Ifname: %s\\r\\nCNI-Args: %s\\r\\nCNI-Path: %s\\r\\n")
        .append("Content-Length: %s\\r\\n\\r\\n%s' \\\n")
        .append("      \"$CNI_COMMAND\" \"$CNI_CONTAINERID\" \"$CNI_NETNS\" \"$CNI_IFNAME\" ")
        .append("\"$CNI_ARGS\" \"$CNI_PATH\" \\\n")
        .append("      \"${#config}\" \"$config\"\n")
        .append("  }\n")
        .append("  answer=.\n");
    String keyword = "if";
    for (ShimTransport t : transports()) {
      s.append("  ").append(keyword).append(" command -v ").append(t.command())
          .append(" >/dev/null 2>&1; then\n").append(transportCall(t));
      keyword = "elif";
    }
    if (!transports().isEmpty()) {
      s.append("  fi\n");
    }
    return s.append("  answer=${answer%.}\n")
        .append("  if [ -n \"$answer\" ]; then\n")
        .append("    code=${answer#*CNI-Exit-Code: }\n")
        .append("    code=${code%%[!0-9]*}\n")
        .append("    body=${answer#*$nl?$nl}\n")
        .append("    printf '%s' \"$body\"\n")
        .append("    exit \"${code:-1}\"\n")
        .append("  fi\n")
        .append("  printf '%s' \"$config\" | ").append(jvm).append("\n")
        .append("  exit $?\n")
        .append("fi\n")
        .append("exec ").append(jvm).append("\n")
        .toString();
  }

  /** Sets {@code answer} to the daemon's HTTP answer plus a final dot, or just the dot. */
  private static String transportCall(ShimTransport transport) {
    return switch (transport) {
      case NETCAT_OPENBSD -> "    answer=$(http | nc.openbsd -U \"$sock\"; printf .)\n";
      // -t: after the request is sent, wait for the answer as long as any CNI call may take.
      case SOCAT -> "    answer=$(http | socat -t 3600 - \"UNIX-CONNECT:$sock,shut-none\"; printf .)\n";
      case CURL -> "    printf '%s' \"$config\" | curl -sS --fail-with-body --unix-socket \"$sock\" \\\n"
            + "      --data-binary @- -H \"CNI-Command: $CNI_COMMAND\" \\\n"
            + "      -H \"CNI-ContainerId: $CNI_CONTAINERID\" -H \"CNI-Netns: $CNI_NETNS\" \\\n"
            + "      -H \"CNI-Ifname: $CNI_IFNAME\" -H \"CNI-Args: $CNI_ARGS\" \\\n"
            + "      -H \"CNI-Path: $CNI_PATH\" http://localhost/cni\n"
            + "    rc=$?\n"
            + "    case $rc in\n"
            + "      0) exit 0 ;;\n"
            + "      22) exit 1 ;;\n"
            + "      7) ;;\n"
            + "      *) exit \"$rc\" ;;\n"
            + "    esac\n";
    };
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
