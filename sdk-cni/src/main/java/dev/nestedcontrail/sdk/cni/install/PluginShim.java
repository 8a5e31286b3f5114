package dev.nestedcontrail.sdk.cni.install;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The executable kubelet runs as the plugin ({@code /opt/cni/bin/contrail-k8s-cni}): a POSIX
 * {@code sh} script that uses nothing but {@code sh}'s {@code exec} and starts the JVM plugin
 * ({@code java -jar contrail-nested.jar cni}), which reads stdin and the {@code CNI_*}
 * environment, prints the result and exits with the plugin's code.
 */
@Value.Immutable
public abstract class PluginShim {
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

  /** The script's text. */
  public String script() {
    List<String> command = new ArrayList<>();
    command.add("exec");
    command.add(quote(javaCommand()));
    javaOptions().forEach(o -> command.add(quote(o)));
    command.add("-jar");
    command.add(quote(jarPath()));
    command.add("cni");
    return "#!/bin/sh\n"
        + "# Contrail CNI plugin shim, written by contrail-nested cni-init. Needs only /bin/sh.\n"
        + "# The JVM reads the network config on stdin and the CNI_* environment, prints the\n"
        + "# result or error JSON on stdout and exits with the plugin's code.\n"
        + String.join(" ", command) + "\n";
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
