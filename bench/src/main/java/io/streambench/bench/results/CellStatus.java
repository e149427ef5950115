package io.streambench.bench.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.json.WireNames;

/** How a cell ended; results.json, the console and the reports write it by its wire name. */
public enum CellStatus {
    OK("ok"),
    /** The engine does not run the combination; nothing was started. */
    UNSUPPORTED("unsupported"),
    FAILED("failed"),
    /** The results differ from the oracle's, whatever the speed. */
    WRONG("wrong"),
    /** Correct, but the engine fell behind the offered rate: its backlog or its latency grew. */
    NOT_SUSTAINED("not-sustained"),
    /** The run was stopped (Ctrl-C) while this cell ran; {@code run --resume} runs it again. */
    INTERRUPTED("interrupted");

    private final String wireName;

    CellStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static CellStatus fromWireName(String text) {
        return WireNames.parse(CellStatus.class, text, CellStatus::wireName, "cell status");
    }
}
