package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.manifest.AppliedFix;
import dev.nestedcontrail.sdk.k8s.manifest.CommonEnv;
import dev.nestedcontrail.sdk.k8s.manifest.ManifestOptions;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import dev.nestedcontrail.sdk.k8s.manifest.NestedManifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code render (--env FILE | --topology FILE [topology options]) [--out FILE] [--explain]
 * [--least-privilege] [--reveal-secrets]}: the single YAML of a nested cluster, from a common.env as upstream's
 * resolve-manifest.sh would print it (but typed, validated and with its defects fixed), or derived
 * from the link-local plan of an underlay topology ({@link TopologyOptions}). Warnings and errors
 * go to stderr; errors exit with 1.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 1,
    description = "Render the nested Contrail-Kubernetes manifest (8 objects) from a common.env, "
        + "or from the link-local plan of an underlay topology.")
public final class RenderCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Input input = new Input();

  /** Where the spec comes from: a common.env, or the link-local plan of a topology. */
  static final class Input {
    @Option(names = "--env", required = true, paramLabel = "FILE",
        description = "common.env to read (the bash subset KEY=value / export KEY=value)")
    @Nullable Path env;

    @Option(names = "--topology", required = true, paramLabel = "FILE",
        description = "derive the manifest from the link-local plan of this underlay topology "
            + "(YAML or JSON, as for `plan`)")
    @Nullable Path topology;
  }

  @ArgGroup(validate = false, heading = "With --topology, what the plan does not know:%n")
  private TopologyOptions topologyOptions = new TopologyOptions();

  @Option(names = "--out", paramLabel = "FILE",
      description = "write the YAML to FILE (atomically) instead of stdout")
  private @Nullable Path out;

  @Option(names = "--explain",
      description = "start the YAML with one comment line per fix made to upstream's output")
  private boolean explain;

  @Option(names = "--least-privilege",
      description = "give kube-manager a ClusterRole with only the resources and verbs it uses")
  private boolean leastPrivilege;

  @Option(names = "--reveal-secrets",
      description = "allow the Keystone admin password in the YAML (upstream's layout puts it in "
          + "ConfigMap env); without it a spec with a password is refused")
  private boolean revealSecrets;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      NestedClusterSpec cluster =
          input.topology != null ? topologyOptions.spec(input.topology) : fromEnv(err);
      ManifestOptions options = ManifestOptions.builder()
          .leastPrivilegeRbac(leastPrivilege).revealSecrets(revealSecrets).build();
      StringBuilder text = new StringBuilder();
      if (explain) {
        for (AppliedFix fix : NestedManifest.explain(cluster)) {
          text.append("# fix ").append(fix).append('\n');
        }
      }
      text.append(NestedManifest.toYaml(NestedManifest.render(cluster, options)));
      if (out == null) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else {
        writeAtomically(out, text.toString());
      }
      return 0;
    } catch (ContrailException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("error: cannot write " + out + ": " + e.getMessage());
      return 1;
    } finally {
      err.flush();
    }
  }

  private NestedClusterSpec fromEnv(PrintWriter err) {
    Path env = Objects.requireNonNull(input.env);
    List<String> misplaced = spec.commandLine().getParseResult().matchedOptions().stream()
        .filter(o -> o.group() != null && !o.group().validate()).map(OptionSpec::longestName)
        .collect(Collectors.toList());
    if (!misplaced.isEmpty()) {
      throw ValidationException.of("render options", String.join(", ", misplaced)
          + (misplaced.size() == 1 ? " applies" : " apply") + " only with --topology, not --env");
    }
    CommonEnv commonEnv = CommonEnv.parse(env);
    commonEnv.warnings().forEach(w -> err.println("warning: " + env + ": " + w));
    return NestedClusterSpec.fromEnv(commonEnv);
  }

  /** Writes a temporary file next to {@code target}, then renames it over the target. */
  private static void writeAtomically(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
