package io.streambench.api.load;

/** Told how a load goes, so that a console can show a progress bar; called from the loading thread. */
public interface LoadProgress extends AutoCloseable {
    LoadProgress NONE = new LoadProgress() {
        @Override
        public void advanced(long sent) {
        }

        @Override
        public void close() {
        }
    };

    /** {@code sent} events so far; called every few thousand events. */
    void advanced(long sent);

    @Override
    void close();
}
