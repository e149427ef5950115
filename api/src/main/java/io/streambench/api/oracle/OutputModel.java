package io.streambench.api.oracle;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.result.WindowResult;

import java.util.List;

/** The reference behaviour of one output stage type. */
interface OutputModel {
    /** No watermark yet (or none at all, in bounded semantics): nothing is late. */
    long NO_WATERMARK = Long.MIN_VALUE;

    /**
     * Takes one event that passed the filters, with the watermark as it stood before the event arrived.
     * Returns false if the event was dropped as late.
     */
    boolean add(String key, ClickEvent event, long watermark);

    /** Final results at end of input, when the watermark has passed every window. */
    List<WindowResult> results();
}
