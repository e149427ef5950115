package io.streambench.bench.run;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.BrokerConnection;
import io.streambench.bench.engines.BrokerFlavor;
import io.streambench.bench.matrix.NearestNames;
import io.streambench.sinks.FileResultStore;
import io.streambench.sinks.IcebergResultStore;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.sinks.PostgresResultStore;

import java.nio.file.Path;
import java.util.List;

/** The sinks a cell can write to; results stay after the run for people to inspect. */
public final class SinkStores {
    public static final List<String> NAMES = List.of("kafka", "postgres", "files", "iceberg");

    private final BrokerPool brokers;
    private final String jdbcUrl;
    private final Path filesDirectory;
    private final Path icebergWarehouse;

    /** @param jdbcUrl the PostgreSQL database of the results tables and of the Iceberg catalog */
    public SinkStores(BrokerPool brokers, String jdbcUrl, Path filesDirectory, Path icebergWarehouse) {
        this.brokers = brokers;
        this.jdbcUrl = jdbcUrl;
        this.filesDirectory = filesDirectory;
        this.icebergWarehouse = icebergWarehouse;
    }

    /**
     * A sink of the kind the named store writes, to check a cell against an engine's capabilities before anything
     * starts (its location is not one the run writes).
     */
    public static Sink kindOf(String sink) {
        return switch (sink) {
            case "kafka" -> Sink.kafka("results");
            case "postgres" -> Sink.postgres("jdbc:postgresql://127.0.0.1:5432/test", "results");
            case "files" -> Sink.files("results", Sink.FileFormat.JSONL);
            case "iceberg" -> Sink.iceberg("jdbc:postgresql://127.0.0.1:5432/test", "warehouse", "results");
            default -> throw new IllegalArgumentException(NearestNames.unknown("sink", sink, NAMES));
        };
    }

    public ResultStore store(String sink, int partitions) {
        switch (sink) {
            case "kafka":
                BrokerConnection.Kafka kafka = (BrokerConnection.Kafka) brokers.broker(BrokerFlavor.KAFKA).connection();
                return new KafkaResultStore(kafka.bootstrapServers(), kafka.clientProperties(), partitions, false);
            case "postgres":
                return new PostgresResultStore(jdbcUrl, false);
            case "files":
                return new FileResultStore(filesDirectory, false);
            case "iceberg":
                return new IcebergResultStore(jdbcUrl, icebergWarehouse, false);
            default:
                throw new IllegalArgumentException(NearestNames.unknown("sink", sink, NAMES));
        }
    }
}
