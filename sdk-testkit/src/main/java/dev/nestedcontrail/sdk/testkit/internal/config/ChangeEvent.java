package dev.nestedcontrail.sdk.testkit.internal.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One committed change, before it becomes a public {@code ConfigChange}. */
public record ChangeEvent(String oper, String type, String uuid, List<String> fqName,
    Optional<Map<String, @Nullable Object>> object) {}
