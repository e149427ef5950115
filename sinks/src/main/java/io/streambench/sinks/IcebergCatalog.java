package io.streambench.sinks;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.RedactedUri;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import org.apache.iceberg.jdbc.JdbcCatalog;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * The Iceberg JDBC catalog that engines and readers of a run open alike: Iceberg keeps its own tables
 * ({@code iceberg_tables}, {@code iceberg_namespace_properties}) in the PostgreSQL database of the sink's JDBC URL,
 * and the tables' data and metadata files under the sink's warehouse directory.
 */
public final class IcebergCatalog {
    /** The catalog's name: {@code catalog_name} in {@code iceberg_tables}, and the catalog's name in Spark SQL. */
    public static final String NAME = "streambench";
    public static final Namespace NAMESPACE = Namespace.of("results");
    /** The catalog tables' layout with views, which Iceberg otherwise warns about at every start. */
    private static final String SCHEMA_VERSION = "V1";

    private IcebergCatalog() {
    }

    /** The catalog's properties, as every engine's catalog loader passes them to {@link JdbcCatalog}. */
    public static Map<String, String> properties(Sink.Iceberg sink) {
        return Map.of(CatalogProperties.URI, sink.jdbcUrl(),
                CatalogProperties.WAREHOUSE_LOCATION, Path.of(sink.warehouse()).toAbsolutePath().toString(),
                JdbcCatalog.PROPERTY_PREFIX + "schema-version", SCHEMA_VERSION);
    }

    public static TableIdentifier tableOf(Sink.Iceberg sink) {
        return TableIdentifier.of(NAMESPACE, sink.table());
    }

    /**
     * Opens the catalog, which creates its tables in the database on first use, and its results namespace.
     *
     * @throws IllegalStateException if the database cannot be reached, saying what to do (e.g. the {@code createdb}
     *                               command for a database that does not exist)
     */
    public static JdbcCatalog open(Sink.Iceberg sink) {
        requireDatabase(sink.jdbcUrl());
        JdbcCatalog catalog = new JdbcCatalog();
        // The default FileIO (HadoopFileIO) and the Parquet writers need a Hadoop configuration: the local file
        // system's defaults.
        catalog.setConf(new Configuration());
        catalog.initialize(NAME, properties(sink));
        if (!catalog.namespaceExists(NAMESPACE)) {
            createNamespace(catalog);
        }
        return catalog;
    }

    /** Iceberg's own error for a missing database is a bare SQL exception; {@link PostgresConnections}' names the remedy. */
    private static void requireDatabase(String jdbcUrl) {
        try {
            PostgresConnections.open(jdbcUrl).close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close a connection to PostgreSQL at " + RedactedUri.of(jdbcUrl) + ": "
                    + e.getMessage(), e);
        }
    }

    private static void createNamespace(JdbcCatalog catalog) {
        try {
            catalog.createNamespace(NAMESPACE);
        } catch (AlreadyExistsException createdMeanwhile) {
            // another engine or reader of the run created it first
        }
    }
}
