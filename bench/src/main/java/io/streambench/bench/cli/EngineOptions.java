package io.streambench.bench.cli;

import io.streambench.bench.run.EngineDeployment;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where the engines run their jobs: in their own processes, on clusters the bench starts, or on the user's. */
final class EngineOptions {
    @Option(names = "--engines", defaultValue = "local", description = "local: each job in the engine's own process "
            + "(Flink MiniCluster, Spark local[*]); cluster: on a cluster the bench starts on this machine for the run, "
            + "a coordinator and --workers workers, each a JVM of its own, stopped at the end (default: "
            + "${DEFAULT-VALUE})")
    private String engines;

    @Option(names = {"--workers", "--taskmanagers"}, defaultValue = "2", paramLabel = "N",
            description = "with --engines cluster: Flink TaskManagers / Spark Workers (default: ${DEFAULT-VALUE})")
    private int workers;

    @Option(names = "--slots", defaultValue = "2", paramLabel = "N",
            description = "with --engines cluster: task slots (Flink) or cores (Spark) per worker (default: "
                    + "${DEFAULT-VALUE})")
    private int slots;

    @Option(names = "--flink-rest", paramLabel = "URL", description = "a Flink cluster you run, by its JobManager's "
            + "REST address, e.g. http://host:8081: Flink cells submit their jobs there")
    private String flinkRest;

    @Option(names = "--spark-master", paramLabel = "URL", description = "a Spark standalone cluster you run, by its "
            + "master, e.g. spark://host:7077: Spark cells submit their queries there")
    private String sparkMaster;

    EngineDeployment deployment() {
        if (!engines.equals("local") && !engines.equals("cluster")) {
            throw new IllegalArgumentException("--engines must be local or cluster, was '" + engines + "'");
        }
        Map<String, String> existing = new LinkedHashMap<>();
        if (flinkRest != null) {
            existing.put("flink", flinkRest);
        }
        if (sparkMaster != null) {
            existing.put("spark", sparkMaster);
        }
        return new EngineDeployment(engines.equals("cluster"), workers, slots, existing);
    }
}
