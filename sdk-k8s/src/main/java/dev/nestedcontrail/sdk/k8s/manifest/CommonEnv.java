package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The variables of a {@code common.env} file, read without running a shell. The accepted subset of
 * bash is {@code KEY=value} and {@code export KEY=value} with single, double or no quotes, comments,
 * blank lines and {@code $VAR} / {@code ${VAR}} references to keys set earlier in the file.
 * Anything else is an error naming its line; all errors of a file are reported together in one
 * {@link dev.nestedcontrail.sdk.core.ValidationException}. The environment of the current process
 * is never read.
 *
 * <p>Upstream's misspelled {@code KUBERNESTES_NESTED_VROUTER_VIP} is the canonical key; the correct
 * spelling is stored under it with a warning. Variables the nested manifest does not use are kept
 * and reported in {@link #warnings()}.
 */
@Value.Immutable
public abstract class CommonEnv {

  /** The variables in file order, by canonical name. Values may be secrets. */
  @Value.Redacted
  public abstract Map<String, String> variables();

  /** Where each variable was last set (1-based line numbers). */
  public abstract Map<String, Integer> lines();

  /** Problems that did not stop parsing: unknown or unused variables, redefinitions, spellings. */
  public abstract List<String> warnings();

  /** The value of {@code name} (its canonical spelling); empty when it is not set. */
  public Optional<String> value(String name) {
    return Optional.ofNullable(variables().get(name));
  }

  /** Reads and parses a UTF-8 file. */
  public static CommonEnv parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ContrailClientException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return EnvParser.parse(file.getFileName().toString(), text);
  }

  /** Parses the text of a common.env file. */
  public static CommonEnv parse(String text) {
    return EnvParser.parse("common.env", text);
  }

  static CommonEnv of(Map<String, String> variables, Map<String, Integer> lines,
      List<String> warnings) {
    return ImmutableCommonEnv.builder().variables(variables).lines(lines).warnings(warnings)
        .build();
  }
}
