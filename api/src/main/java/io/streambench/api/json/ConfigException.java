package io.streambench.api.json;

/** A pipeline, run or matrix description that cannot be read; the message names the key and where it is. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConfigException(String message) {
        super(message);
    }
}
