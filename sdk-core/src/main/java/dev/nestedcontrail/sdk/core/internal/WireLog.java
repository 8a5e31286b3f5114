package dev.nestedcontrail.sdk.core.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opt-in wire logging at DEBUG. Secret headers ({@code X-Auth-Token}, {@code X-Subject-Token},
 * {@code Authorization}, cookies) and JSON {@code "password"} values and Keystone v2.0 token ids
 * are replaced by {@code ****}.
 */
public final class WireLog {

  private static final Logger logger = LoggerFactory.getLogger(WireLog.class);
  private static final String MASK = "****";
  private static final Set<String> SECRET_HEADERS =
      Set.of("x-auth-token", "x-subject-token", "authorization", "cookie", "set-cookie");
  private static final Pattern PASSWORD =
      Pattern.compile("(\"password\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")");
  private static final Pattern TOKEN_ID =
      Pattern.compile("(\"token\"\\s*:\\s*\\{[^{}]*?\"id\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")");

  private final boolean enabled;

  public WireLog(boolean enabled) {
    this.enabled = enabled;
  }

  public void request(String requestId, String method, String url,
      Headers headers, String body) {
    if (enabled && logger.isDebugEnabled()) {
      logger.debug("--> {} {} (request-id {}){}{}", method, url, requestId, headers(headers), body(body));
    }
  }

  public void response(String requestId, int status, String url,
      Headers headers, String body) {
    if (enabled && logger.isDebugEnabled()) {
      logger.debug("<-- {} {} (request-id {}){}{}", status, url, requestId, headers(headers), body(body));
    }
  }

  /** The body with JSON password values and token ids masked. */
  public static String redactBody(String body) {
    String masked = PASSWORD.matcher(body).replaceAll("$1" + MASK + "$2");
    return TOKEN_ID.matcher(masked).replaceAll("$1" + MASK + "$2");
  }

  private static String headers(Headers headers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      boolean secret = SECRET_HEADERS.contains(headers.name(i).toLowerCase(Locale.ROOT));
      sb.append('\n').append(headers.name(i)).append(": ").append(secret ? MASK : headers.value(i));
    }
    return sb.toString();
  }

  private static String body(String body) {
    return body.isEmpty() ? "" : "\n\n" + redactBody(body);
  }
}
