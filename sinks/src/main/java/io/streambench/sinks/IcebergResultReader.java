package io.streambench.sinks;

import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.util.SnapshotUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a results table through Iceberg's scan API, as any reader of the table would: the results are the rows of
 * the current snapshot. A result became visible with the commit of the first snapshot that held it (the same values),
 * so every snapshot since the last read is read once, oldest first; a result that a later snapshot merely rewrote
 * (an upsert of the same values after a replay) keeps its first commit time.
 */
final class IcebergResultReader {
    private final Table table;
    private final Map<WindowResult, Long> firstHeldAt = new HashMap<>();
    private Long lastRead;
    private List<ObservedResult> current = List.of();

    IcebergResultReader(Table table) {
        this.table = table;
    }

    synchronized List<ObservedResult> read() {
        table.refresh();
        Snapshot latest = table.currentSnapshot();
        if (latest == null || Long.valueOf(latest.snapshotId()).equals(lastRead)) {
            return current;
        }
        List<Snapshot> unread = new ArrayList<>();
        SnapshotUtil.ancestorsBetween(table, latest.snapshotId(), lastRead).forEach(unread::add);
        Collections.reverse(unread);
        List<Row> rows = List.of();
        for (Snapshot snapshot : unread) {
            rows = rowsOf(snapshot);
            rows.forEach(row -> firstHeldAt.putIfAbsent(row.result(), snapshot.timestampMillis()));
        }
        current = rows.stream().map(row -> new ObservedResult(row.result(), row.emitTime(),
                        firstHeldAt.get(row.result())))
                .sorted(Comparator.comparingLong(ObservedResult::visibleTime)).toList();
        lastRead = latest.snapshotId();
        return current;
    }

    private record Row(WindowResult result, long emitTime) {
    }

    private List<Row> rowsOf(Snapshot snapshot) {
        List<Row> rows = new ArrayList<>();
        try (CloseableIterable<Record> records = IcebergGenerics.read(table).useSnapshot(snapshot.snapshotId()).build()) {
            for (Record record : records) {
                rows.add(new Row(new WindowResult((String) record.getField(IcebergResultTable.KEY),
                        (Long) record.getField(IcebergResultTable.WINDOW_START),
                        (Long) record.getField(IcebergResultTable.WINDOW_END),
                        (Long) record.getField(IcebergResultTable.VALUE),
                        (Long) record.getField(IcebergResultTable.MAX_SEND_TIME)),
                        (Long) record.getField(IcebergResultTable.EMIT_TIME)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot " + snapshot.snapshotId() + " of " + table.name(), e);
        }
        return rows;
    }
}
