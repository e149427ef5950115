package io.streambench.spark;

import io.streambench.api.result.ResultStore;
import io.streambench.sinks.FileResultStore;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.LocalPostgres;

import java.nio.file.Path;
import java.util.List;

/**
 * Stream queues through the project's RabbitMQ source: replayable, so exactly-once with the checkpoint; PostgreSQL
 * and files are the extra sinks.
 */
class SparkOnRabbitMqStreamQueuesTest extends SparkOnRabbitMqSuite {
    SparkOnRabbitMqStreamQueuesTest() {
        super("stream");
    }

    @Override
    protected List<ResultStore> sinks() {
        return List.of(new PostgresResultStore(LocalPostgres.JDBC_URL), new FileResultStore(Path.of("target", "results")));
    }
}
