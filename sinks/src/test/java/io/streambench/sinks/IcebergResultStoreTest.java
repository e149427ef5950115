package io.streambench.sinks;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.result.WindowResult;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DeleteFile;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.GenericAppenderFactory;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.deletes.EqualityDeleteWriter;
import org.apache.iceberg.encryption.EncryptedFiles;
import org.apache.iceberg.encryption.EncryptedOutputFile;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.streambench.api.run.DeliveryGuarantee.EXACTLY_ONCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against the PostgreSQL server of this machine, holding the catalog, and a warehouse under target/. The table is
 * written here as an engine's sink writes it: data files, and an upsert as an equality delete plus the new row.
 */
@Tag("integration")
class IcebergResultStoreTest {
    private static final Path WAREHOUSE = Path.of("target", "iceberg-warehouse");
    private static final WindowResult FIRST = new WindowResult("page-1", 0, 10_000, 3, 900);
    private static final WindowResult OTHER = new WindowResult("page-2", 0, 10_000, 1, 800);
    private static final WindowResult UPDATED = new WindowResult("page-1", 0, 10_000, 4, 950);

    private final IcebergResultStore store = new IcebergResultStore(ResultTableTest.JDBC_URL, WAREHOUSE);

    @Test
    void resultsAreTheLastSnapshotsRowsEachVisibleFromTheFirstCommitThatHeldIt() throws Exception {
        String run = "iceberg-store-" + ProcessHandle.current().pid();
        Sink.Iceberg sink = (Sink.Iceberg) store.sinkFor(run);
        Path tableDirectory;
        try (ResultStore.View view = store.open(run, "p", EXACTLY_ONCE);
             JdbcCatalog catalog = IcebergCatalog.open(sink)) {
            assertThat(catalogTables()).contains(sink.table());
            assertThat(view.results()).isEmpty();
            Table table = catalog.loadTable(IcebergCatalog.tableOf(sink));
            tableDirectory = Path.of(table.location());

            table.newAppend().appendFile(dataFile(table, FIRST, OTHER)).commit();
            long firstCommit = table.currentSnapshot().timestampMillis();
            assertThat(view.results()).containsExactlyInAnyOrder(new ObservedResult(FIRST, 1, firstCommit),
                    new ObservedResult(OTHER, 1, firstCommit));

            Thread.sleep(5);
            table.newRowDelta().addDeletes(equalityDelete(table, FIRST)).addRows(dataFile(table, UPDATED)).commit();
            long secondCommit = table.currentSnapshot().timestampMillis();
            Thread.sleep(5);
            // A replay after a restart upserts a result again with the same values: it stays visible from its first commit.
            table.newRowDelta().addDeletes(equalityDelete(table, OTHER)).addRows(dataFile(table, OTHER)).commit();

            assertThat(view.results()).containsExactly(new ObservedResult(OTHER, 1, firstCommit),
                    new ObservedResult(UPDATED, 1, secondCommit));
            List<IcebergCommit> commits = IcebergCommit.of(sink);
            assertThat(commits).extracting(IcebergCommit::operation).containsExactly("append", "overwrite", "overwrite");
            assertThat(commits).extracting(IcebergCommit::addedDeleteFiles).containsExactly(0L, 1L, 1L);
            assertThat(commits.get(0).committedAt()).isEqualTo(firstCommit);
        }
        assertThat(catalogTables()).doesNotContain(sink.table());
        assertThat(tableDirectory).doesNotExist();
    }

    @Test
    void aMissingCatalogDatabaseIsNamedWithTheCommandThatCreatesIt() {
        IcebergResultStore nowhere = new IcebergResultStore(
                "jdbc:postgresql://127.0.0.1:5432/no_such_database_here?user=postgres", WAREHOUSE);
        assertThatThrownBy(() -> nowhere.open("missing", "p", EXACTLY_ONCE))
                .hasMessageContaining("no_such_database_here").hasMessageContaining("createdb");
    }

    private static List<String> catalogTables() throws SQLException {
        try (Connection connection = PostgresConnections.open(ResultTableTest.JDBC_URL);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT table_name FROM iceberg_tables WHERE catalog_name = ? AND table_namespace = ?")) {
            query.setString(1, IcebergCatalog.NAME);
            query.setString(2, IcebergCatalog.NAMESPACE.toString());
            List<String> names = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    private static GenericAppenderFactory writers(Table table) {
        return new GenericAppenderFactory(table, table.schema(), table.spec(), Map.of(), new int[]{1, 2, 3},
                table.schema().select(IcebergResultTable.IDENTITY));
    }

    private static EncryptedOutputFile newFile(Table table) {
        return EncryptedFiles.plainAsEncryptedOutput(
                table.io().newOutputFile(table.location() + "/data/" + UUID.randomUUID() + ".parquet"));
    }

    private static DataFile dataFile(Table table, WindowResult... results) throws IOException {
        DataWriter<Record> writer = writers(table).newDataWriter(newFile(table), FileFormat.PARQUET, null);
        try (writer) {
            for (WindowResult result : results) {
                writer.write(row(table, result));
            }
        }
        return writer.toDataFile();
    }

    private static DeleteFile equalityDelete(Table table, WindowResult result) throws IOException {
        EqualityDeleteWriter<Record> writer = writers(table).newEqDeleteWriter(newFile(table), FileFormat.PARQUET, null);
        try (writer) {
            Record identity = GenericRecord.create(table.schema().select(IcebergResultTable.IDENTITY));
            identity.setField(IcebergResultTable.KEY, result.key());
            identity.setField(IcebergResultTable.WINDOW_START, result.windowStart());
            identity.setField(IcebergResultTable.WINDOW_END, result.windowEnd());
            writer.write(identity);
        }
        return writer.toDeleteFile();
    }

    private static Record row(Table table, WindowResult result) {
        Record row = GenericRecord.create(table.schema());
        row.setField(IcebergResultTable.KEY, result.key());
        row.setField(IcebergResultTable.WINDOW_START, result.windowStart());
        row.setField(IcebergResultTable.WINDOW_END, result.windowEnd());
        row.setField(IcebergResultTable.VALUE, result.value());
        row.setField(IcebergResultTable.MAX_SEND_TIME, result.maxSendTime());
        row.setField(IcebergResultTable.EMIT_TIME, 1L);
        return row;
    }
}
