package dev.nestedcontrail.sdk.cni;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid input for every command that reads a config, in every version: bad JSON, an unknown
 * version, a missing variable and unknown {@code CNI_ARGS}. A command the version does not have
 * is reported as an incompatible version before anything else.
 */
class CniInvalidInputTableTest extends PluginTestBase {
  private static final Map<CniCommand, String> REQUIRED = Map.of(CniCommand.ADD, "CNI_NETNS",
      CniCommand.DEL, "CNI_CONTAINERID", CniCommand.CHECK, "CNI_IFNAME", CniCommand.GC, "CNI_PATH");


  static Stream<Arguments> table() {
    return Stream.of(CniCommand.ADD, CniCommand.DEL, CniCommand.CHECK, CniCommand.STATUS,
        CniCommand.GC).flatMap(c -> Arrays.stream(CniVersion.values()).map(v -> Arguments.of(c, v)));
  }

  private static boolean allowed(CniCommand c, CniVersion v) {
    return v.supports(c);
  }

  private int code(String stdin, Map<String, String> env) {
    CniOutcome outcome = h.run(stdin, env);
    assertThat(outcome.exitCode()).as(outcome.stdout()).isEqualTo(1);
    return ((Double) Json.object(outcome.stdout()).get("code")).intValue();
  }

  private String config(CniVersion v) {
    return h.config(v.wire(), ",\"cni.dev/valid-attachments\":[]");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("table")
  void badJson_isDecodeFailure(CniCommand c, CniVersion v) {
    assertThat(code(config(v).substring(1), h.env(c.name()))).isEqualTo(6);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("table")
  void unknownVersion_isIncompatibleVersion(CniCommand c, CniVersion v) {
    assertThat(code(config(v).replace(v.wire(), "2.0.0"), h.env(c.name()))).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("table")
  void missingRequiredVariable_isInvalidEnvironment(CniCommand c, CniVersion v) {
    Map<String, String> env = h.env(c.name());
    env.remove(REQUIRED.getOrDefault(c, "CNI_PATH"));
    if (!allowed(c, v)) {
      assertThat(code(config(v), env)).isEqualTo(1);
    } else if (REQUIRED.containsKey(c)) {
      assertThat(code(config(v), env)).isEqualTo(4);
    } else {
      assertThat(h.run(config(v), env).exitCode()).isZero();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("table")
  void unknownCniArgs_isUnsupportedField(CniCommand c, CniVersion v) {
    Map<String, String> env = h.env(c.name());
    env.put("CNI_ARGS", "K8S_POD_UID=" + FakeAgentStubs.POD_UID + ";COLOR=blue");
    assertThat(code(config(v), env)).isEqualTo(allowed(c, v) ? 2 : 1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("table")
  void invalidContainerIdOrIfname_isInvalidEnvironment(CniCommand c, CniVersion v) {
    for (List<String> bad : List.of(List.of("CNI_CONTAINERID", "has space"),
        List.of("CNI_IFNAME", "a-name-longer-than-15"))) {
      Map<String, String> env = h.env(c.name());
      env.put(bad.get(0), bad.get(1));
      assertThat(code(config(v), env)).as(bad.toString()).isEqualTo(allowed(c, v) ? 4 : 1);
    }
  }
}
