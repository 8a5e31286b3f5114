package dev.nestedcontrail.sdk.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every reference env file, our objects equal what upstream's resolve-manifest.sh printed,
 * object by object and field by field, once the documented fixes are applied to upstream's parse.
 */
class NestedManifestFidelityTest {

  static List<Path> envFiles() {
    return ReferenceData.envFiles();
  }

  @Test
  void referenceFolder_hasTheUpstreamSampleAndBothVariants() {
    assertThat(envFiles()).extracting(p -> p.getFileName().toString()).containsExactly(
        "common.env.sample.nested_mode", "nested-variant-1.env", "nested-variant-2.env");
  }

  @ParameterizedTest
  @MethodSource("envFiles")
  void render_equalsUpstreamOutputWithTheDocumentedFixes(Path envFile) {
    List<KubernetesObject> ours = ReferenceData.render(envFile);
    UpstreamFixes upstream =
        new UpstreamFixes(ReferenceData.read(ReferenceData.upstreamOutput(envFile)));

    upstream.applyAll();

    assertThat(ours).hasSameSizeAs(upstream.documents());
    for (int i = 0; i < ours.size(); i++) {
      assertThat(TreeDiff.differences(upstream.documents().get(i), ours.get(i).content()))
          .as("document %d (%s) of %s", i + 1, ours.get(i).describe(), envFile.getFileName())
          .isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("envFiles")
  void explain_listsExactlyTheFixesTheUpstreamOutputNeeded(Path envFile) {
    NestedClusterSpec spec = ReferenceData.spec(envFile);
    UpstreamFixes upstream =
        new UpstreamFixes(ReferenceData.read(ReferenceData.upstreamOutput(envFile)));

    upstream.applyAll();

    assertThat(NestedManifest.explain(spec)).extracting(AppliedFix::fix)
        .containsExactlyInAnyOrderElementsOf(upstream.applied());
  }

  @Test
  void upstreamOutput_withoutTheFixes_differsFromOurs() {
    Path sample = envFiles().get(0);
    UpstreamFixes upstream =
        new UpstreamFixes(ReferenceData.read(ReferenceData.upstreamOutput(sample)));

    List<Object> ours = ReferenceData.render(sample).stream().map(KubernetesObject::content)
        .collect(Collectors.toList());

    assertThat(TreeDiff.differences(upstream.documents(), ours))
        .anyMatch(d -> d.startsWith("[2].spec"))
        .anyMatch(d -> d.startsWith("[3].spec.selector.matchLabels.app"))
        .anyMatch(d -> d.startsWith("[2].spec.template.spec: keys"));
  }

  @Test
  void variant2_upstreamValuesThatBecameNull_areEmptyStrings() {
    Path variant2 = envFiles().get(2);
    Map<String, Object> env = NestedManifest.render(ReferenceData.spec(variant2)).get(0).content();

    assertThat(env.get("data")).asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
        .containsEntry("KEYSTONE_AUTH_HOST", "").containsEntry("CONFIG_API_VIP", "")
        .containsEntry("KUBERNETES_CLUSTER_NAME", "").containsEntry("KUBERNETES_POD_SUBNETS", "");
  }
}
