package io.streambench.api.engine;

/**
 * A job asks for something its engine does not support. Raised before anything starts; the matrix reports the cell
 * as unsupported, never as failed.
 */
public class UnsupportedCombinationException extends RuntimeException {
    private final String engine;
    private final Capability capability;
    private final String reason;

    public UnsupportedCombinationException(String engine, Capability capability, String reason) {
        super(engine + ": " + capability.describe() + " are not supported: " + reason);
        this.engine = engine;
        this.capability = capability;
        this.reason = reason;
    }

    public String engine() {
        return engine;
    }

    public Capability capability() {
        return capability;
    }

    public String reason() {
        return reason;
    }
}
