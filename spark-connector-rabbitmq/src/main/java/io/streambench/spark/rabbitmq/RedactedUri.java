package io.streambench.spark.rabbitmq;

/** An AMQP URI as it may appear in messages and logs: without its password. */
final class RedactedUri {
    private RedactedUri() {
    }

    static String of(String uri) {
        return uri.replaceAll("//([^:@/]*):[^@/]*@", "//$1@");
    }
}
