package dev.nestedcontrail.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void next_isARandomVersion4UuidInCanonicalText() {
    String id = RequestIds.next();
    UUID uuid = UUID.fromString(id);

    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(uuid.version()).isEqualTo(4);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(uuid.toString()).isEqualTo(id);
  }

  @Test
  void next_neverRepeatsOverManyCalls() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(RequestIds.next());
    }
    assertThat(seen).hasSize(10_000);
  }
}
