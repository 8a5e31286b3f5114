package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import com.squareup.moshi.JsonWriter;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceEndpoint;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import okio.Buffer;

/** The plan as JSON, in the shape documented on {@code PlanFormat.JSON}. */
public final class PlanJsonRenderer {

  private PlanJsonRenderer() {}

  public static String render(ConnectivityPlan plan) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      json.setIndent("  ");
      json.beginObject();
      json.name("connectivity").value(plan.connectivity().fileName());
      json.name("entries").beginArray();
      for (LinkLocalServiceEntry entry : plan.entries()) {
        json.beginObject()
            .name("name").value(entry.name())
            .name("serviceIp").value(entry.serviceIp().toString())
            .name("servicePort").value(entry.servicePort())
            .name("fabricIp").value(entry.fabricIp().orElseThrow().toString())
            .name("fabricPort").value(entry.fabricPort())
            .endObject();
      }
      json.endArray();
      if (plan.fabricSnatNetwork().isPresent()) {
        json.name("fabricSnatNetwork").value(plan.fabricSnatNetwork().get());
      }
      json.name("endpoints").beginObject();
      for (ServiceRole role : ServiceRole.values()) {
        json.name(role.key()).beginArray();
        for (ServiceEndpoint endpoint : plan.endpoints().getOrDefault(role, List.of())) {
          json.value(endpoint.toString());
        }
        json.endArray();
      }
      json.endObject();
      json.name("vrouterVip").value(plan.vrouterVip().toString());
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory failed", e);
    }
    return buffer.readUtf8() + "\n";
  }
}
