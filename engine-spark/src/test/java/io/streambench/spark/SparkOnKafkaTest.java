package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.BrokerConnection;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

/** The whole continuum on the project's Kafka broker, with the Kafka result topic as the extra sink. */
class SparkOnKafkaTest extends EngineConformanceSuite {
    private final SparkEngine spark = new SparkEngine();
    private Broker kafka;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("spark-conformance");
    }

    @AfterAll
    void stopBrokerAndSpark() {
        spark.stop();
        kafka.close();
    }

    @Override
    protected Engine engine() {
        return spark;
    }

    @Override
    protected boolean runsExamplePipelines() {
        return true;
    }

    @Override
    protected Broker broker() {
        return kafka;
    }

    /** Spark counts the rows its state store drops after partial aggregation (SPARK-24634): a lower bound. */
    @Override
    protected boolean countsEachLateEvent() {
        return false;
    }

    @Override
    protected List<ResultStore> sinks() {
        BrokerConnection.Kafka connection = (BrokerConnection.Kafka) kafka.connection();
        return List.of(new KafkaResultStore(connection.bootstrapServers(), connection.clientProperties(), 2));
    }
}
