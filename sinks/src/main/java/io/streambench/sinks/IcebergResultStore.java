package io.streambench.sinks;

import io.streambench.api.fork.Directories;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.DeliveryGuarantee;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Each run gets a table of its own in the Iceberg JDBC catalog kept in the PostgreSQL database at {@code jdbcUrl}, its
 * files under {@code warehouse}. The table is created when the run's view opens (the engine's sink creates it too if
 * it is absent) and read through Iceberg's scan API ({@link IcebergResultReader}); a result's visible time is the
 * commit time of the first snapshot that held it, stamped by the committing engine on this machine's clock.
 *
 * @param dropAfterRun whether closing a run's view drops its table and files (tests) or keeps them to be queried (bench)
 */
public record IcebergResultStore(String jdbcUrl, Path warehouse, boolean dropAfterRun) implements ResultStore {
    /** A store whose tables are dropped when their run's view closes. */
    public IcebergResultStore(String jdbcUrl, Path warehouse) {
        this(jdbcUrl, warehouse, true);
    }

    @Override
    public String name() {
        return "iceberg";
    }

    @Override
    public Sink sinkFor(String run) {
        return Sink.iceberg(jdbcUrl, warehouse.toAbsolutePath().toString(), tableFor(run));
    }

    static String tableFor(String run) {
        return "results_" + run.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    @Override
    public View open(String run, String pipeline, DeliveryGuarantee guarantee) {
        Sink.Iceberg sink = (Sink.Iceberg) sinkFor(run);
        TableIdentifier identifier = IcebergCatalog.tableOf(sink);
        JdbcCatalog catalog = IcebergCatalog.open(sink);
        Table table = IcebergResultTable.createIfAbsent(catalog, identifier);
        IcebergResultReader reader = new IcebergResultReader(table);
        return new View() {
            @Override
            public List<ObservedResult> results() {
                return reader.read();
            }

            @Override
            public void close() {
                try (catalog) {
                    if (dropAfterRun) {
                        catalog.dropTable(identifier, true);
                        Directories.deleteRecursively(Path.of(table.location()));
                    }
                }
            }
        };
    }
}
