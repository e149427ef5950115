package io.streambench.flink.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.streambench.api.engine.EngineSample;
import io.streambench.api.engine.EngineSample.OperatorLoad;
import io.streambench.api.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A running job's load as Flink's REST API states it, the figures Flink's web UI shows: per job vertex the busy and
 * back-pressured time of its most loaded subtask and the records in and out of all of them; the latest completed
 * checkpoint's duration and size. The same for a MiniCluster (its REST endpoint on a port of its own) and a cluster.
 */
public final class FlinkRestMetrics {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String VERTEX_METRICS = "busyTimeMsPerSecond,backPressuredTimeMsPerSecond,"
            + "numRecordsInPerSecond,numRecordsOutPerSecond";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI job;

    /** @param rest the REST endpoint, e.g. {@code http://127.0.0.1:8081} */
    public FlinkRestMetrics(URI rest, String jobId) {
        this.job = rest.resolve("/jobs/" + jobId);
    }

    /** One reading; throws if the endpoint does not answer within a few seconds or answers with an error. */
    public EngineSample read() throws IOException, InterruptedException {
        long time = System.currentTimeMillis();
        List<OperatorLoad> operators = new ArrayList<>();
        for (JsonNode vertex : get("").path("vertices")) {
            Map<String, JsonNode> metrics = new HashMap<>();
            for (JsonNode metric : get("/vertices/" + vertex.path("id").asText() + "/subtasks/metrics?get="
                    + VERTEX_METRICS + "&agg=max,sum")) {
                metrics.put(metric.path("id").asText(), metric);
            }
            operators.add(new OperatorLoad(vertex.path("name").asText(), vertex.path("parallelism").asInt(),
                    aggregate(metrics, "numRecordsInPerSecond", "sum"),
                    aggregate(metrics, "numRecordsOutPerSecond", "sum"),
                    aggregate(metrics, "busyTimeMsPerSecond", "max"),
                    aggregate(metrics, "backPressuredTimeMsPerSecond", "max")));
        }
        Map<String, Double> figures = new HashMap<>();
        JsonNode checkpoint = get("/checkpoints").path("latest").path("completed");
        if (checkpoint.isObject()) {
            figures.put(EngineSample.CHECKPOINT_DURATION_MS, checkpoint.path("end_to_end_duration").asDouble());
            figures.put(EngineSample.CHECKPOINT_SIZE_BYTES, checkpoint.path("state_size").asDouble());
        }
        return new EngineSample(time, operators, figures);
    }

    /** A metric that a subtask has not registered yet (e.g. before its first record) reads as zero. */
    private static double aggregate(Map<String, JsonNode> metrics, String name, String aggregation) {
        JsonNode metric = metrics.get(name);
        return metric == null ? 0 : metric.path(aggregation).asDouble(0);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(job + path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Flink REST " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.json().readTree(response.body());
    }
}
