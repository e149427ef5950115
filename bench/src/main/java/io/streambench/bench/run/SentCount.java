package io.streambench.bench.run;

import io.streambench.api.load.LoadProgress;

/** A load's progress passed on, with the count of events sent so far kept for whoever samples it. */
final class SentCount implements LoadProgress {
    private final LoadProgress next;
    private volatile long sent;

    SentCount(LoadProgress next) {
        this.next = next;
    }

    @Override
    public void advanced(long sentSoFar) {
        sent = sentSoFar;
        next.advanced(sentSoFar);
    }

    long sent() {
        return sent;
    }

    @Override
    public void close() {
        next.close();
    }
}
