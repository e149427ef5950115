package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the PostgreSQL server of this machine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class ResultTableTest {
    static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final ResultTable table = new ResultTable("results_table_test_" + ProcessHandle.current().pid());
    private Connection connection;

    @BeforeAll
    void createTable() throws SQLException {
        connection = PostgresConnections.open(JDBC_URL);
        table.create(connection);
    }

    @AfterAll
    void dropTable() throws SQLException {
        table.drop(connection);
        connection.close();
    }

    private void write(String pipeline, WindowResult result, long emitTime) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(table.upsertSql())) {
            ResultTable.bind(upsert, pipeline, result, emitTime);
            upsert.executeUpdate();
        }
    }

    @Test
    void replaysAndUpdatesOverwriteOneRowAndAreCounted() throws SQLException {
        WindowResult early = new WindowResult("page-1", 0, 10_000, 3, 900);
        WindowResult late = new WindowResult("page-1", 0, 10_000, 4, 950);
        long before = System.currentTimeMillis();
        write("replay", early, 1_000);
        write("replay", early, 1_001);
        write("replay", late, 1_002);

        List<ObservedResult> rows = PostgresResultReader.read(connection, table, "replay");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).result()).isEqualTo(late);
        assertThat(rows.get(0).emitTime()).isEqualTo(1_002);
        assertThat(rows.get(0).visibleTime()).isBetween(before - 1_000, System.currentTimeMillis() + 1_000);
        assertThat(PostgresResultReader.rewrites(connection, table, "replay")).isEqualTo(2);
    }

    @Test
    void pipelinesAndWindowsAreSeparateRows() throws SQLException {
        write("a", new WindowResult("k", 0, 10, 1, 1), 1);
        write("a", new WindowResult("k", 10, 20, 2, 2), 1);
        write("b", new WindowResult("k", 0, 10, 5, 5), 1);
        assertThat(PostgresResultReader.read(connection, table, "a")).extracting(ObservedResult::result)
                .containsExactlyInAnyOrder(new WindowResult("k", 0, 10, 1, 1), new WindowResult("k", 10, 20, 2, 2));
        assertThat(PostgresResultReader.rewrites(connection, table, "a")).isZero();
    }

    @Test
    void onlyPlainIdentifiersAreTables() {
        assertThatThrownBy(() -> new ResultTable("results; drop table x"))
                .hasMessageContaining("must be a plain SQL identifier");
    }

    @Test
    void anUnreachableServerIsNamedWithWhatToDo() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> PostgresConnections.open("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=secret"))
                .hasMessageContaining("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=***")
                .hasMessageContaining("pg_ctlcluster")
                .hasMessageNotContaining("secret");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(15);
    }

    @Test
    void aMissingDatabaseIsToldToBeCreatedNotTheServerToBeStarted() {
        String missing = JDBC_URL.replace("/test?", "/no_such_database_" + System.nanoTime() + "?");
        assertThatThrownBy(() -> PostgresConnections.open(missing))
                .hasMessageContaining("has no such database: create it with `createdb")
                .hasMessageNotContaining("pg_ctlcluster");
    }
}
