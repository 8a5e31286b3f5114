package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh {@link FakeConfigApi} per test and a raw OkHttp client speaking JSON to it. */
abstract class ConfigApiHarness {
  static final MediaType JSON = MediaType.get("application/json");
  static final List<String> PROJECT = List.of("default-domain", "default-project");

  record Answer(int status, String body, Response raw) {
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      return (Map<String, Object>) VncJson.parseTree(body);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String key) {
      return (Map<String, Object>) json().get(key);
    }

    String header(String name) {
      String value = raw.header(name);
      return value == null ? "" : value;
    }
  }

  FakeConfigApi api;
  final OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false)
      .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10)).build();

  FakeConfigApi startApi() {
    return FakeConfigApi.start();
  }

  @BeforeEach
  void startFake() {
    api = startApi();
  }

  @AfterEach
  void stopFake() {
    api.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  Answer get(String path, String... headers) {
    return call(new Request.Builder().url(api.baseUrl() + path).get(), headers);
  }

  Answer post(String path, String json, String... headers) {
    return call(new Request.Builder().url(api.baseUrl() + path).post(RequestBody.create(json, JSON)), headers);
  }

  Answer put(String path, String json) {
    return call(new Request.Builder().url(api.baseUrl() + path).put(RequestBody.create(json, JSON)));
  }

  Answer delete(String path) {
    return call(new Request.Builder().url(api.baseUrl() + path).delete());
  }

  Answer call(Request.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = client.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body().string(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates and returns the uuid; fails the test unless the answer is 200. */
  String create(String type, String fieldsJson) {
    Answer answer = post("/" + type + "s", "{\"" + type + "\": " + fieldsJson + "}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return (String) answer.object(type).get("uuid");
  }

  String uuidOf(String type, List<String> fqName) {
    Answer answer = post("/fqname-to-id", "{\"type\": \"" + type + "\", \"fq_name\": " + VncJson.writeTree(fqName) + "}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return (String) answer.json().get("uuid");
  }

  Map<String, Object> read(String type, String uuid) {
    Answer answer = get("/" + type + "/" + uuid);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.object(type);
  }

  static String vn(String name) {
    return "{\"fq_name\": [\"default-domain\", \"default-project\", \"" + name + "\"], \"parent_type\": \"project\","
        + " \"network_ipam_refs\": [{\"to\": [\"default-domain\", \"default-project\", \"default-network-ipam\"],"
        + " \"attr\": {\"ipam_subnets\": [{\"subnet\": {\"ip_prefix\": \"10.1.0.0\", \"ip_prefix_len\": 29}}]}}]}";
  }
}
