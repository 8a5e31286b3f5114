package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Domains, users, projects and role grants of a {@code FakeKeystone}. Filled by its builder, then
 * only read. Ids are stable: the same names give the same ids in every run.
 */
public final class KeystoneDirectory {
  public static final String DEFAULT_DOMAIN_ID = "default";
  public static final String DEFAULT_DOMAIN_NAME = "Default";

  public record Domain(String id, String name) {}

  /** A user or project: it has an id, a name and a domain. */
  public interface Owned {
    String id();

    String name();

    Domain domain();
  }

  public record User(String id, String name, Domain domain, String password) implements Owned {
    @Override
    public String toString() {
      return "User[" + name + "@" + domain.name() + "]";
    }
  }

  public record Project(String id, String name, Domain domain) implements Owned {}

  public record Role(String id, String name) {}

  private final Map<String, Domain> domains = new LinkedHashMap<>();
  private final List<User> users = new ArrayList<>();
  private final List<Project> projects = new ArrayList<>();
  private final Map<String, List<Role>> grants = new LinkedHashMap<>();

  public KeystoneDirectory() {
    domains.put(DEFAULT_DOMAIN_ID, new Domain(DEFAULT_DOMAIN_ID, DEFAULT_DOMAIN_NAME));
  }

  /** A copy for a started fake, so that later builder calls cannot change it. */
  public KeystoneDirectory copy() {
    KeystoneDirectory copy = new KeystoneDirectory();
    copy.domains.putAll(domains);
    copy.users.addAll(users);
    copy.projects.addAll(projects);
    grants.forEach((k, v) -> copy.grants.put(k, List.copyOf(v)));
    return copy;
  }

  public void addDomain(String id, String name) {
    domains.put(id, new Domain(id, name));
  }

  public void addProject(String domainName, String name) {
    Domain domain = domainByName(domainName);
    projects.removeIf(p -> p.domain().equals(domain) && p.name().equals(name));
    projects.add(new Project(id("project", domain.id() + "/" + name), name, domain));
  }

  /** Adds a user, or changes the password of the user with that name in that domain. */
  public void addUser(String domainName, String name, String password) {
    Domain domain = domainByName(domainName);
    users.removeIf(u -> u.domain().equals(domain) && u.name().equals(name));
    users.add(new User(id("user", domain.id() + "/" + name), name, domain, password));
  }

  /** Grants {@code role} to the user named {@code userName} on the project named {@code projectName}. */
  public void grant(String userName, String projectName, String role) {
    User user = users.stream().filter(u -> u.name().equals(userName)).findFirst()
        .orElseThrow(() -> ValidationException.of("FakeKeystone", "grant: no user " + userName));
    Project project = projects.stream().filter(p -> p.name().equals(projectName)).findFirst()
        .orElseThrow(() -> ValidationException.of("FakeKeystone", "grant: no project " + projectName));
    List<Role> roles = grants.computeIfAbsent(user.id() + "|" + project.id(), k -> new ArrayList<>());
    Role r = new Role(id("role", role), role);
    if (!roles.contains(r)) {
      roles.add(r);
    }
  }

  /** The domain given by {@code {"id": ...}} or {@code {"name": ...}}. */
  public Optional<Domain> domain(Map<String, Object> ref) {
    Optional<String> id = JsonMaps.string(ref, "id");
    if (id.isPresent()) {
      return Optional.ofNullable(domains.get(id.get()));
    }
    return JsonMaps.string(ref, "name")
        .flatMap(n -> domains.values().stream().filter(d -> d.name().equals(n)).findFirst());
  }

  /** The user given by id, or by name plus {@code domain} (id or name). */
  public Optional<User> user(Map<String, Object> ref) {
    return find(users, ref);
  }

  /** The project given by id, or by name plus {@code domain} (id or name). */
  public Optional<Project> project(Map<String, Object> ref) {
    return find(projects, ref);
  }

  private <T extends Owned> Optional<T> find(List<T> candidates, Map<String, Object> ref) {
    Optional<String> id = JsonMaps.string(ref, "id");
    if (id.isPresent()) {
      return candidates.stream().filter(c -> c.id().equals(id.get())).findFirst();
    }
    Optional<Domain> domain = JsonMaps.object(ref, "domain").flatMap(this::domain);
    Optional<String> name = JsonMaps.string(ref, "name");
    if (domain.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return candidates.stream().filter(c -> c.domain().equals(domain.get()) && c.name().equals(name.get())).findFirst();
  }

  /** The user named {@code name} in the default domain (Keystone v2.0 knows no other). */
  public Optional<User> defaultDomainUser(String name) {
    return users.stream().filter(u -> u.domain().id().equals(DEFAULT_DOMAIN_ID) && u.name().equals(name)).findFirst();
  }

  /** The roles of {@code user} on {@code project}; empty when it has none. */
  public List<Role> roles(User user, Project project) {
    return List.copyOf(grants.getOrDefault(user.id() + "|" + project.id(), List.of()));
  }

  private Domain domainByName(String name) {
    return domains.values().stream().filter(d -> d.name().equals(name)).findFirst()
        .orElseThrow(() -> ValidationException.of("FakeKeystone", "domain: no domain named " + name));
  }

  /** A 32-hex-digit id like Keystone's, derived from {@code kind} and {@code key}. */
  public static String id(String kind, String key) {
    return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
  }
}
