package dev.nestedcontrail.sdk.testkit.internal.config;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The {@code id_perms} and {@code perms2} the server fills in on create. */
final class Defaults {
  static final String CLOUD_ADMIN = "cloud-admin";

  private Defaults() {}

  /** Defaults merged with the {@code supplied} id_perms; the uuid and timestamps are the server's. */
  static Map<String, @Nullable Object> idPerms(@Nullable Object supplied, String uuid, String created, String modified) {
    Map<String, @Nullable Object> permissions = new LinkedHashMap<>();
    permissions.put("owner", CLOUD_ADMIN);
    permissions.put("owner_access", 7L);
    permissions.put("other_access", 7L);
    permissions.put("group", "cloud-admin-group");
    permissions.put("group_access", 7L);
    Map<String, @Nullable Object> idPerms = new LinkedHashMap<>();
    idPerms.put("enable", true);
    idPerms.put("description", null);
    idPerms.put("user_visible", true);
    idPerms.put("creator", null);
    idPerms.put("permissions", permissions);
    Trees.map(supplied).ifPresent(s -> s.forEach((k, v) -> idPerms.put(k, Trees.copy(v))));
    idPerms.put("uuid", uuidParts(uuid));
    idPerms.put("created", created);
    idPerms.put("last_modified", modified);
    return idPerms;
  }

  /** {@code uuid_mslong}/{@code uuid_lslong} as unsigned 64-bit numbers. */
  static Map<String, @Nullable Object> uuidParts(String uuid) {
    UUID u = UUID.fromString(uuid);
    Map<String, @Nullable Object> parts = new LinkedHashMap<>();
    parts.put("uuid_mslong", unsigned(u.getMostSignificantBits()));
    parts.put("uuid_lslong", unsigned(u.getLeastSignificantBits()));
    return parts;
  }

  private static Number unsigned(long bits) {
    return bits >= 0 ? (Number) bits : new BigInteger(Long.toUnsignedString(bits));
  }

  static Map<String, @Nullable Object> perms2(String owner, @Nullable Object supplied) {
    Map<String, @Nullable Object> perms2 = new LinkedHashMap<>();
    perms2.put("owner", owner);
    perms2.put("owner_access", 7L);
    perms2.put("global_access", 0L);
    perms2.put("share", List.of());
    Trees.map(supplied).ifPresent(s -> s.forEach((k, v) -> perms2.put(k, Trees.copy(v))));
    perms2.put("owner", owner);
    return perms2;
  }
}
