package io.streambench.rabbitmq;

/** The broker did not take a message: nacked, returned as unroutable, refused, or not confirmed in time. */
public class PublishException extends RuntimeException {
    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
