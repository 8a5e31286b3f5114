package dev.nestedcontrail.sdk.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommonEnvTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("plain", "LOG_LEVEL=SYS_DEBUG", "LOG_LEVEL", "SYS_DEBUG"),
        Arguments.of("export", "export LOG_LEVEL=SYS_INFO", "LOG_LEVEL", "SYS_INFO"),
        Arguments.of("indented export", "  export   AUTH_MODE=keystone", "AUTH_MODE", "keystone"),
        Arguments.of("double quotes", "CONTRAIL_CONTAINER_TAG=\"latest\"", "CONTRAIL_CONTAINER_TAG",
            "latest"),
        Arguments.of("single quotes keep $", "KEYSTONE_AUTH_ADMIN_PASSWORD='pa$$w0rd'",
            "KEYSTONE_AUTH_ADMIN_PASSWORD", "pa$$w0rd"),
        Arguments.of("empty value", "CONFIG_API_VIP=", "CONFIG_API_VIP", ""),
        Arguments.of("empty quotes", "CONFIG_API_VIP=\"\"", "CONFIG_API_VIP", ""),
        Arguments.of("python dict in double quotes",
            "KUBERNETES_CLUSTER_NETWORK=\"{'domain': 'd', 'project': 'p', 'name': 'n'}\"",
            "KUBERNETES_CLUSTER_NETWORK", "{'domain': 'd', 'project': 'p', 'name': 'n'}"),
        Arguments.of("$VAR reference", "HOST_IP=10.0.0.1\nCONFIG_NODES=$HOST_IP", "CONFIG_NODES",
            "10.0.0.1"),
        Arguments.of("${VAR} reference in double quotes",
            "HOST_IP=10.0.0.1\nCONFIG_NODES=\"${HOST_IP},10.0.0.2\"", "CONFIG_NODES",
            "10.0.0.1,10.0.0.2"),
        Arguments.of("reference not expanded in single quotes", "HOST_IP=1\nCLOUD_ORCHESTRATOR='$HOST_IP'",
            "CLOUD_ORCHESTRATOR", "$HOST_IP"),
        Arguments.of("trailing comment", "LOG_LEVEL=SYS_WARN  # quieter", "LOG_LEVEL", "SYS_WARN"),
        Arguments.of("hash inside a word is data", "KUBERNETES_CLUSTER_NAME=a#b",
            "KUBERNETES_CLUSTER_NAME", "a#b"),
        Arguments.of("escaped quote in double quotes", "KEYSTONE_AUTH_ADMIN_PASSWORD=\"a\\\"b\"",
            "KEYSTONE_AUTH_ADMIN_PASSWORD", "a\"b"),
        Arguments.of("mixed quoting concatenates", "KUBERNETES_CLUSTER_NAME=k8s'-'\"a\"",
            "KUBERNETES_CLUSTER_NAME", "k8s-a"),
        Arguments.of("comments and blank lines", "# c\n\n   # indented\nLOG_LEVEL=SYS_ERR\n",
            "LOG_LEVEL", "SYS_ERR"),
        Arguments.of("misspelled vrouter key is canonical", "KUBERNESTES_NESTED_VROUTER_VIP=10.10.10.5",
            "KUBERNESTES_NESTED_VROUTER_VIP", "10.10.10.5"),
        Arguments.of("correct vrouter spelling is read as upstream's",
            "KUBERNETES_NESTED_VROUTER_VIP=10.10.10.6", "KUBERNESTES_NESTED_VROUTER_VIP",
            "10.10.10.6"),
        Arguments.of("later assignment wins", "LOG_LEVEL=SYS_ERR\nLOG_LEVEL=SYS_INFO", "LOG_LEVEL",
            "SYS_INFO"),
        Arguments.of("lone dollar is literal", "KEYSTONE_AUTH_ADMIN_PASSWORD=\"a$ b\"",
            "KEYSTONE_AUTH_ADMIN_PASSWORD", "a$ b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void parse_acceptsTheBashSubset(String name, String text, String key, String value) {
    assertThat(CommonEnv.parse(text).value(key)).contains(value);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("command", "LOG_LEVEL=SYS_INFO\nsource other.env", "line 2: expected KEY=value"),
        Arguments.of("blank around =", "LOG_LEVEL = SYS_INFO", "line 1: expected KEY=value"),
        Arguments.of("unquoted blank", "\nKUBERNETES_CLUSTER_NAME=a b",
            "line 2: unquoted blank in the value of KUBERNETES_CLUSTER_NAME"),
        Arguments.of("unterminated double quote", "LOG_LEVEL=\"SYS_INFO",
            "line 1: unterminated double quote"),
        Arguments.of("unterminated single quote", "#\n#\nLOG_LEVEL='x", "line 3: unterminated single"),
        Arguments.of("command substitution", "HOST_IP=$(hostname -i)", "line 1: '$(' is not supported"),
        Arguments.of("backticks", "HOST_IP=`hostname -i`", "line 1: command substitution"),
        Arguments.of("default expansion", "LOG_LEVEL=${LEVEL:-SYS_INFO}",
            "line 1: ${LEVEL:-SYS_INFO} is not supported"),
        Arguments.of("undefined reference", "CONFIG_NODES=$HOST_IP",
            "line 1: $HOST_IP is not set earlier in the file"),
        Arguments.of("semicolon", "LOG_LEVEL=SYS_INFO;AUTH_MODE=noauth", "line 1: ';' is not supported"),
        Arguments.of("line continuation", "LOG_LEVEL=SYS_\\", "line 1: line continuation"),
        Arguments.of("CRLF", "LOG_LEVEL=SYS_INFO\r\n", "line 1: carriage return"),
        Arguments.of("contradicting vrouter spellings",
            "KUBERNESTES_NESTED_VROUTER_VIP=10.0.0.1\nKUBERNETES_NESTED_VROUTER_VIP=10.0.0.2",
            "line 2: KUBERNETES_NESTED_VROUTER_VIP=10.0.0.2 contradicts "
                + "KUBERNESTES_NESTED_VROUTER_VIP=10.0.0.1 on line 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void parse_rejectsAnythingElse_namingTheLine(String name, String text, String problem) {
    assertThatThrownBy(() -> CommonEnv.parse(text)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .anyMatch(p -> p.startsWith(problem)));
  }

  @Test
  void parse_reportsEveryBadLineInOneException() {
    assertThatThrownBy(() -> CommonEnv.parse("a b\nLOG_LEVEL=SYS_INFO\nX='\nY=`z`"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly("line 1", "line 3",
                "line 4"));
  }

  @Test
  void parse_correctVrouterSpelling_warns() {
    CommonEnv env = CommonEnv.parse("KUBERNETES_NESTED_VROUTER_VIP=10.10.10.5");

    assertThat(env.warnings()).singleElement().asString().startsWith("line 1:")
        .contains("KUBERNETES_NESTED_VROUTER_VIP is read as upstream's spelling "
            + "KUBERNESTES_NESTED_VROUTER_VIP");
  }

  @Test
  void parse_unknownAndUnusedVariables_areKeptWithWarnings() {
    CommonEnv env = CommonEnv.parse("FOO=1\nANALYTICS_API_VIP=10.0.0.1\nLOG_LEVEL=SYS_INFO");

    assertThat(env.value("FOO")).contains("1");
    assertThat(env.warnings()).containsExactly("line 1: unknown variable FOO; ignored",
        "line 2: ANALYTICS_API_VIP is not used by the nested manifest; ignored");
  }

  @Test
  void toString_neverShowsValues() {
    CommonEnv env = CommonEnv.parse("KEYSTONE_AUTH_ADMIN_PASSWORD=s3cret");

    assertThat(env.toString()).doesNotContain("s3cret");
  }
}
