package io.streambench.api.event;

/** A message that is not a valid click event. Engines count it and route it aside; it never stops a pipeline. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
