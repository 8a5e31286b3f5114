package dev.nestedcontrail.sdk.core;

import java.util.List;
import java.util.Objects;

/**
 * Invalid input or configuration. It lists every problem found, not only the first, and each
 * problem names the field and the bad value, for example {@code vrouters[2]: 192.168.1.300 is not
 * an IPv4 address}. Nothing has been written when this is thrown.
 */
public final class ValidationException extends ContrailClientException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ValidationException(String subject, List<String> problems) {
    super(message(subject, problems));
    this.problems = List.copyOf(problems);
  }

  /** One problem, such as a single bad builder field. */
  public static ValidationException of(String subject, String problem) {
    return new ValidationException(subject, List.of(problem));
  }

  /** Throws when {@code problems} is not empty; does nothing otherwise. */
  public static void throwIfAny(String subject, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(subject, problems);
    }
  }

  /** The problems, each naming its field and value, in the order they were found. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String subject, List<String> problems) {
    Objects.requireNonNull(subject, "subject == null");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    if (problems.size() == 1) {
      return "invalid " + subject + ": " + problems.get(0);
    }
    StringBuilder sb = new StringBuilder("invalid ").append(subject).append(": ")
        .append(problems.size()).append(" problems");
    for (String p : problems) {
      sb.append("\n  - ").append(p);
    }
    return sb.toString();
  }
}
