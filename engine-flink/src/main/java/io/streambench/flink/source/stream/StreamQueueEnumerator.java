package io.streambench.flink.source.stream;

import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands the stream queue's one split to the first reader that registers, and takes it back when that reader fails
 * before a checkpoint held it, for the reader that replaces it.
 */
final class StreamQueueEnumerator implements SplitEnumerator<StreamQueueSplit, List<StreamQueueSplit>> {
    private final SplitEnumeratorContext<StreamQueueSplit> context;
    private final List<StreamQueueSplit> unassigned;

    StreamQueueEnumerator(SplitEnumeratorContext<StreamQueueSplit> context, List<StreamQueueSplit> unassigned) {
        this.context = context;
        this.unassigned = new ArrayList<>(unassigned);
    }

    @Override
    public void start() {
    }

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
    }

    @Override
    public void addSplitsBack(List<StreamQueueSplit> splits, int subtaskId) {
        unassigned.addAll(splits);
    }

    @Override
    public void addReader(int subtaskId) {
        unassigned.forEach(split -> context.assignSplit(split, subtaskId));
        unassigned.clear();
        context.signalNoMoreSplits(subtaskId);
    }

    @Override
    public List<StreamQueueSplit> snapshotState(long checkpointId) {
        return List.copyOf(unassigned);
    }

    @Override
    public void close() {
    }
}
