package dev.nestedcontrail.sdk.examples.cli;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.auth.KeystoneClient;
import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contrail-nested vnc}: the config API from the command line, the Java answer to
 * contrail-api-cli. Prints the objects as pretty-printed JSON; on an error prints the status and
 * the server's message to stderr and exits with 1. Types are accepted in hyphen or underscore form.
 */
@Command(name = "vnc", description = "Read and change objects of the Contrail config API.",
    subcommandsRepeatable = false, mixinStandardHelpOptions = true)
public final class VncCommand {
  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

  @Spec CommandSpec spec;

  @Command(name = "get", description = "Print one object, by uuid or fq_name (a:b:c).")
  int get(@Mixin VncConnectionOptions connection,
      @Parameters(index = "0", paramLabel = "TYPE") String type,
      @Parameters(index = "1", paramLabel = "UUID|FQ:NAME") String id) {
    return run(connection, type, (vnc, ops) -> wrapped(read(ops, id)));
  }

  @Command(name = "list", description = "List objects of a type.")
  int list(@Mixin VncConnectionOptions connection,
      @Parameters(index = "0", paramLabel = "TYPE") String type,
      @Option(names = "--parent", paramLabel = "FQ:NAME", description = "Only children of this parent") @Nullable String parent,
      @Option(names = "--parent-type", paramLabel = "TYPE", description = "The parent's type, when ambiguous") @Nullable String parentType,
      @Option(names = "--detail", description = "Whole objects instead of uuid, href and fq_name") boolean detail,
      @Option(names = "--filter", paramLabel = "k==v", description = "Property filter; the value is JSON, e.g. display_name==\\\"x\\\"") @Nullable List<String> filters) {
    ListQuery.Builder query = ListQuery.builder();
    query.detail(detail);
    if (parent != null) {
      query.parentFqName(fqName(parent));
    }
    if (parentType != null) {
      query.parentType(parentType);
    }
    query.filters(filters == null ? List.of() : filters);
    return run(connection, type, (vnc, ops) -> {
      List<Object> items = new ArrayList<>();
      for (VncResource item : ops.list(query.build())) {
        items.add(detail ? wrapped(item) : VncJson.toTree(item));
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put(ops.type().collectionKey(), items);
      return answer;
    });
  }

  @Command(name = "fqname-to-id", description = "Print the uuid of the object with this fq_name.")
  int fqNameToId(@Mixin VncConnectionOptions connection,
      @Parameters(index = "0", paramLabel = "TYPE") String type,
      @Parameters(index = "1", paramLabel = "FQ:NAME") String fqName) {
    return run(connection, type, (vnc, ops) -> Map.of("uuid", vnc.fqNameToId(ops.type().typeName(), fqName(fqName))));
  }

  @Command(name = "create", description = "Create an object from a JSON file ({\"TYPE\": {...}} or the bare object).")
  int create(@Mixin VncConnectionOptions connection,
      @Parameters(index = "0", paramLabel = "TYPE") String type,
      @Option(names = "--file", required = true, paramLabel = "F.json") Path file) {
    return run(connection, type, (vnc, ops) -> wrapped(createFrom(ops, file)));
  }

  @Command(name = "update", description = "Set the fields given in a JSON file on an object; prints the object.")
  int update(@Mixin VncConnectionOptions connection,
      @Parameters(index = "0", paramLabel = "TYPE") String type,
      @Parameters(index = "1", paramLabel = "UUID") String uuid,
      @Option(names = "--file", required = true, paramLabel = "F.json") Path file) {
    return run(connection, type, (vnc, ops) -> wrapped(updateFrom(ops, uuid, file)));
  }

  @Command(name = "delete", description = "Delete an object by uuid.")
  int delete(@Mixin VncConnectionOptions connection,
      @Parameters(index = "0", paramLabel = "TYPE") String type,
      @Parameters(index = "1", paramLabel = "UUID") String uuid) {
    return run(connection, type, (vnc, ops) -> {
      ops.delete(uuid);
      return Map.of();
    });
  }

  private int run(VncConnectionOptions connection, String typeName,
      BiFunction<VncClient, ResourceOperations<?>, Object> operation) {
    Optional<ResourceType<?>> type = VncSchema.find(typeName);
    if (type.isEmpty()) {
      return fail("unknown type " + typeName + " (hyphen or underscore form, e.g. virtual-network)");
    }
    Optional<KeystoneClient> keystone = Optional.empty();
    try {
      keystone = connection.keystoneClient();
      try (VncClient vnc = connection.client(keystone)) {
        Object answer = operation.apply(vnc, vnc.resources(type.get()));
        spec.commandLine().getOut().println(VncJson.writeTreeIndented(answer));
        spec.commandLine().getOut().flush();
        return 0;
      }
    } catch (ContrailServiceException e) {
      return fail("status " + e.statusCode() + ": " + (e.body().isBlank() ? e.getMessage() : e.body().strip()));
    } catch (ContrailException | UncheckedIOException e) {
      return fail(e.getMessage());
    } finally {
      keystone.ifPresent(KeystoneClient::close);
    }
  }

  private int fail(@Nullable String message) {
    spec.commandLine().getErr().println("error: " + message);
    spec.commandLine().getErr().flush();
    return 1;
  }

  private static VncResource read(ResourceOperations<?> ops, String id) {
    return UUID.matcher(id).matches() ? ops.read(id) : ops.readByFqName(fqName(id));
  }

  private static <T extends VncResource> T createFrom(ResourceOperations<T> ops, Path file) {
    return ops.create(parse(ops.type(), file));
  }

  private static <T extends VncResource> T updateFrom(ResourceOperations<T> ops, String uuid, Path file) {
    ops.updateFields(uuid, parse(ops.type(), file));
    return ops.read(uuid);
  }

  /** The object in the file, wrapped in its type key or bare. */
  private static <T extends VncResource> T parse(ResourceType<T> type, Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Object tree = VncJson.parseTree(json);
    if (!(tree instanceof Map)) {
      throw ValidationException.of(file.toString(), "must hold a JSON object");
    }
    Map<?, ?> map = (Map<?, ?>) tree;
    Object inner = map.size() == 1 ? Optional.ofNullable(map.get(type.jsonKey()))
        .orElse(map.get(type.underscoreName())) : null;
    return inner instanceof Map ? VncJson.fromTree(type, castTree(inner)) : VncJson.read(type, json);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> castTree(Object tree) {
    return (Map<String, ?>) tree;
  }

  private static Map<String, Object> wrapped(VncResource resource) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(resource.resourceType().jsonKey(), VncJson.toTree(resource));
    return answer;
  }

  private static List<String> fqName(String text) {
    return Arrays.asList(text.split(":", -1));
  }
}
