package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.json.WireNames;

/** Where results go. Every sink gets the same result rows: key, window start and end, value, max send time, emit time. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Sink.Kafka.class, name = "kafka"),
        @JsonSubTypes.Type(value = Sink.Postgres.class, name = "postgres"),
        @JsonSubTypes.Type(value = Sink.Files.class, name = "files"),
        @JsonSubTypes.Type(value = Sink.Iceberg.class, name = "iceberg"),
        @JsonSubTypes.Type(value = Sink.Memory.class, name = "memory")})
public sealed interface Sink {

    /** A result topic on the job's own Kafka broker. */
    static Sink kafka(String topic) {
        return new Kafka(topic, null);
    }

    /** A result topic on the Kafka cluster at {@code bootstrapServers}, e.g. for a job that reads RabbitMQ. */
    static Sink kafka(String topic, String bootstrapServers) {
        return new Kafka(topic, bootstrapServers);
    }

    static Sink postgres(String jdbcUrl, String table) {
        return new Postgres(jdbcUrl, table);
    }

    static Sink files(String directory, FileFormat format) {
        return new Files(directory, format);
    }

    /** A table in the Iceberg JDBC catalog kept in the database at {@code jdbcUrl}, its files under {@code warehouse}. */
    static Sink iceberg(String jdbcUrl, String warehouse, String table) {
        return new Iceberg(jdbcUrl, warehouse, table);
    }

    /** Results kept in the engine's own JVM ({@link io.streambench.api.result.InMemoryResults}); for in-process tests. */
    static Sink memory(String name) {
        return new Memory(name);
    }

    String describe();

    /** @param bootstrapServers where the topic lives; null for the job's own Kafka broker */
    record Kafka(String topic, String bootstrapServers) implements Sink {
        @JsonCreator
        public Kafka(@JsonProperty("topic") String topic, @JsonProperty("bootstrapServers") String bootstrapServers) {
            this.topic = required(topic, "kafka sink topic");
            this.bootstrapServers = bootstrapServers;
        }

        @Override
        public String describe() {
            return "kafka topic " + topic;
        }
    }

    record Postgres(String jdbcUrl, String table) implements Sink {
        @JsonCreator
        public Postgres(@JsonProperty("jdbcUrl") String jdbcUrl, @JsonProperty("table") String table) {
            this.jdbcUrl = required(jdbcUrl, "postgres sink jdbcUrl");
            this.table = required(table, "postgres sink table");
            if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("postgres sink table must be a plain SQL identifier, was '" + table + "'");
            }
        }

        @Override
        public String describe() {
            return "postgres table " + table;
        }
    }

    record Files(String directory, FileFormat format) implements Sink {
        @JsonCreator
        public Files(@JsonProperty("directory") String directory, @JsonProperty("format") FileFormat format) {
            this.directory = required(directory, "files sink directory");
            this.format = format == null ? FileFormat.JSONL : format;
        }

        @Override
        public String describe() {
            return format.wireName() + " files in " + directory;
        }
    }

    /**
     * @param jdbcUrl   the PostgreSQL database holding the catalog's tables ({@code iceberg_tables} and its sibling)
     * @param warehouse the directory new tables' data and metadata files go under
     * @param table     the table's name in the catalog's results namespace
     */
    record Iceberg(String jdbcUrl, String warehouse, String table) implements Sink {
        @JsonCreator
        public Iceberg(@JsonProperty("jdbcUrl") String jdbcUrl, @JsonProperty("warehouse") String warehouse,
                       @JsonProperty("table") String table) {
            this.jdbcUrl = required(jdbcUrl, "iceberg sink jdbcUrl");
            this.warehouse = required(warehouse, "iceberg sink warehouse");
            this.table = required(table, "iceberg sink table");
            if (!table.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("iceberg sink table must be a lower-case identifier (letters, digits, "
                        + "underscores), was '" + table + "'");
            }
        }

        @Override
        public String describe() {
            return "iceberg table " + table;
        }
    }

    record Memory(String name) implements Sink {
        @JsonCreator
        public Memory(@JsonProperty("name") String name) {
            this.name = required(name, "memory sink name");
        }

        @Override
        public String describe() {
            return "memory " + name;
        }
    }

    enum FileFormat {
        JSONL("jsonl"),
        PARQUET("parquet");

        private final String wireName;

        FileFormat(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }

        @JsonCreator
        public static FileFormat fromWireName(String text) {
            return WireNames.parse(FileFormat.class, text, FileFormat::wireName, "file format");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
