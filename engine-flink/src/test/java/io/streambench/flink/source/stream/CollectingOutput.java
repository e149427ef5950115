package io.streambench.flink.source.stream;

import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceOutput;

import java.util.ArrayList;
import java.util.List;

/** What a source reader emits, kept in order; watermarks are the task's business, not the reader's. */
final class CollectingOutput implements ReaderOutput<SourceRecord> {
    final List<SourceRecord> records = new ArrayList<>();

    @Override
    public void collect(SourceRecord record) {
        records.add(record);
    }

    @Override
    public void collect(SourceRecord record, long timestamp) {
        records.add(record);
    }

    @Override
    public void emitWatermark(Watermark watermark) {
    }

    @Override
    public void markIdle() {
    }

    @Override
    public void markActive() {
    }

    @Override
    public SourceOutput<SourceRecord> createOutputForSplit(String splitId) {
        return this;
    }

    @Override
    public void releaseOutputForSplit(String splitId) {
    }
}
