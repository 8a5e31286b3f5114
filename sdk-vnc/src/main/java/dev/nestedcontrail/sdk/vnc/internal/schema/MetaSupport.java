package dev.nestedcontrail.sdk.vnc.internal.schema;

import dev.nestedcontrail.sdk.vnc.model.BackRefField;
import dev.nestedcontrail.sdk.vnc.model.ChildField;
import dev.nestedcontrail.sdk.vnc.model.PropertyField;
import dev.nestedcontrail.sdk.vnc.model.PropertyKind;
import dev.nestedcontrail.sdk.vnc.model.RefField;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Short factories the generated metadata classes are written with. */
public final class MetaSupport {
  private MetaSupport() {}

  public static PropertyField prop(
      String wireName, PropertyKind kind, String xsdType, Class<?> javaType, String presence,
      String operations) {
    return collection(wireName, kind, xsdType, javaType, presence, operations, null, null);
  }

  public static PropertyField collection(
      String wireName, PropertyKind kind, String xsdType, Class<?> javaType, String presence,
      String operations, @Nullable String member, @Nullable String mapKey) {
    return PropertyField.builder()
        .wireName(wireName)
        .kind(kind)
        .xsdType(xsdType)
        .javaType(javaType)
        .presence(presence)
        .operations(operations)
        .collectionMember(Optional.ofNullable(member))
        .mapKey(Optional.ofNullable(mapKey))
        .build();
  }

  public static RefField ref(
      String fieldName, String linkName, String targetType, @Nullable String attrType,
      @Nullable Class<?> attrClass, String presence, String operations, boolean derived) {
    return RefField.builder()
        .fieldName(fieldName)
        .linkName(linkName)
        .targetType(targetType)
        .attrType(Optional.ofNullable(attrType))
        .attrClass(Optional.ofNullable(attrClass))
        .presence(presence)
        .operations(operations)
        .derived(derived)
        .build();
  }

  public static ChildField child(
      String fieldName, String linkName, String childType, String presence, String operations,
      boolean derived) {
    return ChildField.builder()
        .fieldName(fieldName)
        .linkName(linkName)
        .childType(childType)
        .presence(presence)
        .operations(operations)
        .derived(derived)
        .build();
  }

  public static BackRefField backRef(
      String fieldName, String linkName, String fromType, @Nullable String attrType,
      @Nullable Class<?> attrClass) {
    return BackRefField.builder()
        .fieldName(fieldName)
        .linkName(linkName)
        .fromType(fromType)
        .attrType(Optional.ofNullable(attrType))
        .attrClass(Optional.ofNullable(attrClass))
        .build();
  }
}
