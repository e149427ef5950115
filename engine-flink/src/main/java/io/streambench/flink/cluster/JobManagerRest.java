package io.streambench.flink.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.streambench.api.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** What a TaskManager asks the JobManager's REST API of this cluster: where its RPC is, and who has registered. */
final class JobManagerRest {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private final String base;

    /** @param endpoint the REST endpoint as {@code host:port} */
    JobManagerRest(String endpoint) {
        this.base = "http://" + endpoint;
    }

    /** A value of the JobManager's configuration, e.g. {@code jobmanager.rpc.port}. */
    Optional<String> configValue(String key) throws IOException, InterruptedException {
        for (JsonNode entry : get("/jobmanager/config")) {
            if (entry.path("key").asText().equals(key)) {
                return Optional.of(entry.path("value").asText());
            }
        }
        return Optional.empty();
    }

    boolean hasRegistered(String taskManagerId) throws IOException, InterruptedException {
        for (JsonNode taskManager : get("/taskmanagers").path("taskmanagers")) {
            if (taskManager.path("id").asText().equals(taskManagerId)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + base + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.json().readTree(response.body());
    }
}
