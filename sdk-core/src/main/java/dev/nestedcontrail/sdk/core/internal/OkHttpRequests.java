package dev.nestedcontrail.sdk.core.internal;

import dev.nestedcontrail.sdk.core.http.HttpMethod;
import dev.nestedcontrail.sdk.core.http.HttpRequest;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Turns an SDK {@link HttpRequest} into the OkHttp request for one attempt. */
public final class OkHttpRequests {

  private OkHttpRequests() {}

  /**
   * The request to {@code url} with the caller's headers plus {@code User-Agent},
   * {@code X-Contrail-Useragent}, {@code X-Request-Id} and, when there is a token,
   * {@code X-Auth-Token}. {@code progress} is attached as a tag for {@link AttemptProgress#FACTORY}.
   */
  public static Request of(HttpRequest request, HttpUrl url, Optional<String> token,
      String requestId, String userAgent, AttemptProgress progress) {
    Request.Builder b = new Request.Builder().url(url)
        .tag(AttemptProgress.class, progress);
    request.headers().forEach(b::header);
    b.header("User-Agent", userAgent)
        .header("X-Contrail-Useragent", userAgent)
        .header("X-Request-Id", requestId)
        .header("Accept", "application/json");
    token.ifPresent(t -> b.header("X-Auth-Token", t));
    RequestBody body = null;
    if (request.body().isPresent()) {
      body = RequestBody.create(request.body().get(), MediaType.get(request.contentType()));
    } else if (request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT
        || request.method() == HttpMethod.PATCH) {
      body = RequestBody.create(new byte[0], null);
    }
    return b.method(request.method().name(), body).build();
  }
}
