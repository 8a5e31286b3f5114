package dev.nestedcontrail.sdk.core.internal;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import java.util.HashMap;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The URLs of requests to a fixed list of servers. Each server's root URL is parsed once; a
 * request path is then resolved against it, which gives the same URL as parsing
 * {@link Endpoint#url(String)} but skips re-parsing and re-canonicalising the scheme and host on
 * every call.
 */
public final class EndpointUrls {

  private final Map<Endpoint, HttpUrl> roots = new HashMap<>();

  public EndpointUrls(Endpoints endpoints) {
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint endpoint = endpoints.at(i);
      roots.put(endpoint, HttpUrl.get(endpoint.toString()));
    }
  }

  /** The URL of {@code path} (starting with {@code /}, maybe with a query) on {@code endpoint}. */
  public HttpUrl url(Endpoint endpoint, String path) {
    String relative = endpoint.basePath() + path;
    HttpUrl root = roots.get(endpoint);
    if (root == null || !relative.startsWith("/") || startsWithTwoSlashes(relative)) {
      // "//x" would be read as a host by resolve(); parse the whole URL as before.
      return HttpUrl.get(endpoint.url(path));
    }
    HttpUrl resolved = root.resolve(relative);
    return resolved != null ? resolved : HttpUrl.get(endpoint.url(path));
  }

  private static boolean startsWithTwoSlashes(String relative) {
    return relative.length() > 1 && (relative.charAt(1) == '/' || relative.charAt(1) == '\\');
  }
}
