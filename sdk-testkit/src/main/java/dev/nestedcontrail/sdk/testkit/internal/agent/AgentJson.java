package dev.nestedcontrail.sdk.testkit.internal.agent;

import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The agent's reading of request bodies: its JSON checks, uuid rule and messages. */
public final class AgentJson {
  /** What the agent's path regexes and {@code StringToUuid} accept (lower-case hex). */
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String NIL = "00000000-0000-0000-0000-000000000000";

  private AgentJson() {}

  /** A uuid the agent takes: well-formed and not nil. */
  public static boolean isUuid(String text) {
    return UUID.matcher(text).matches() && !text.equals(NIL);
  }

  /** The path variable as the agent's route regex matches it, else its "Unknown Request". */
  public static String pathUuid(String text) {
    if (!UUID.matcher(text).matches()) {
      throw AgentError.unknownRequest();
    }
    return text;
  }

  /** The body as the agent parses it, or its 500 answer for text that is not JSON. */
  public static Object parse(String body) {
    return JsonCodec.parse(body).orElseThrow(
        () -> AgentError.refused("Invalid Json string ==> " + body));
  }

  /** The elements of a body that must be a JSON array of objects. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> arrayOfObjects(Object json, String body) {
    if (!(json instanceof List)) {
      throw AgentError.refused("Unexpected Json string ==> " + body);
    }
    for (Object element : (List<?>) json) {
      if (!(element instanceof Map)) {
        throw AgentError.refused("Json Array has invalid element ==> " + body);
      }
    }
    return (List<Map<String, Object>>) json;
  }

  /** A body that may be one object or an array of them (which the agent takes all or none). */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> objects(Object json, String body) {
    return json instanceof Map ? List.of((Map<String, Object>) json) : arrayOfObjects(json, body);
  }

  /** A string member, empty when missing or not a string. */
  public static Optional<String> string(Map<String, Object> object, String member) {
    Object value = object.get(member);
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  /** An int member (a JSON integer in int range), empty when missing or of another type. */
  public static Optional<Integer> integer(Map<String, Object> object, String member) {
    Object value = object.get(member);
    if (value instanceof Long && (Long) value == ((Long) value).intValue()) {
      return Optional.of(((Long) value).intValue());
    }
    return Optional.empty();
  }

  /**
   * Checks that each of {@code members} is present with its type ({@code int} members are named in
   * {@code ints}, the others are strings), in the given order as the agent does, and refuses the
   * request naming the first that is not.
   */
  public static void require(Map<String, Object> object, List<String> members, List<String> ints,
      String body) {
    for (String m : members) {
      boolean ok = ints.contains(m) ? integer(object, m).isPresent()
          : string(object, m).isPresent();
      if (!ok) {
        throw AgentError.refused("Json string does not have all required members, " + m
            + " is missing ==> " + body);
      }
    }
  }
}
