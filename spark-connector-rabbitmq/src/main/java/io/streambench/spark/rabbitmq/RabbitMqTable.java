package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

import java.util.EnumSet;
import java.util.Set;

/**
 * One queue as a Spark table. Batch reads are declared for every queue type so that a classic or quorum queue gets its
 * own explanation ({@link RabbitMqScan#toBatch}) instead of Spark's generic refusal.
 */
final class RabbitMqTable implements SupportsRead {
    private final SourceOptions options;

    RabbitMqTable(SourceOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "rabbitmq:" + options.queue();
    }

    @Override
    public StructType schema() {
        return MessageSchema.SCHEMA;
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.MICRO_BATCH_READ, TableCapability.BATCH_READ);
    }

    /** The options were read with the table; Spark passes the same ones again here. */
    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
        return () -> new RabbitMqScan(options);
    }
}
