package io.streambench.rabbitmq;

/** No AMQP or stream-protocol connection could be opened; the message names the address and what to do about it. */
public class BrokerUnreachableException extends RuntimeException {
    public BrokerUnreachableException(String message) {
        super(message);
    }

    public BrokerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
