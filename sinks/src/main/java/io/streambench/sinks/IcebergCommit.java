package io.streambench.sinks;

import io.streambench.api.pipeline.Sink;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotSummary;
import org.apache.iceberg.Table;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.util.SnapshotUtil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One snapshot of a results table, as its summary tells it: when it was committed, and the files and rows it added.
 * A streaming writer commits one per checkpoint or micro-batch, so the list is the small-files cost of streaming into a
 * table, and the commit interval is what a reader of the table waits at least.
 *
 * @param operation         {@code append}, {@code overwrite} (an upsert's row delta, a MERGE), ...
 * @param addedDeleteFiles  equality and position delete files: the rows the commit replaced
 */
public record IcebergCommit(long snapshotId, long committedAt, String operation, long addedDataFiles,
                            long addedDeleteFiles, long addedRecords, long totalDataFiles, long totalDeleteFiles,
                            long totalRecords) {

    /** The commits of the sink's table, oldest first; empty if it has none or does not exist. */
    public static List<IcebergCommit> of(Sink.Iceberg sink) {
        try (JdbcCatalog catalog = IcebergCatalog.open(sink)) {
            if (!catalog.tableExists(IcebergCatalog.tableOf(sink))) {
                return List.of();
            }
            return of(catalog.loadTable(IcebergCatalog.tableOf(sink)));
        }
    }

    static List<IcebergCommit> of(Table table) {
        List<IcebergCommit> commits = new ArrayList<>();
        if (table.currentSnapshot() != null) {
            SnapshotUtil.currentAncestors(table).forEach(snapshot -> commits.add(of(snapshot)));
        }
        Collections.reverse(commits);
        return commits;
    }

    private static IcebergCommit of(Snapshot snapshot) {
        Map<String, String> summary = snapshot.summary();
        return new IcebergCommit(snapshot.snapshotId(), snapshot.timestampMillis(), snapshot.operation(),
                count(summary, SnapshotSummary.ADDED_FILES_PROP), count(summary, SnapshotSummary.ADDED_DELETE_FILES_PROP),
                count(summary, SnapshotSummary.ADDED_RECORDS_PROP), count(summary, SnapshotSummary.TOTAL_DATA_FILES_PROP),
                count(summary, SnapshotSummary.TOTAL_DELETE_FILES_PROP), count(summary, SnapshotSummary.TOTAL_RECORDS_PROP));
    }

    private static long count(Map<String, String> summary, String property) {
        String value = summary.get(property);
        return value == null ? 0 : Long.parseLong(value);
    }
}
