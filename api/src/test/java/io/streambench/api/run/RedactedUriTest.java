package io.streambench.api.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactedUriTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "amqp://guest:secret@127.0.0.1:5672 | amqp://guest@127.0.0.1:5672",
            "amqps://guest:secret@host/vhost | amqps://guest@host/vhost",
            "rabbitmq-stream://guest:secret@127.0.0.1:5552/%2f | rabbitmq-stream://guest@127.0.0.1:5552/%2f",
            "amqp://:secret@host | amqp://@host",
            "amqp://guest:s@cret@host/v | amqp://guest@host/v",
            "amqp://guest:se/cret@host/v | amqp://guest@host/v",
            "amqp://guest:se?cret@host | amqp://guest@host",
            "amqp://guest:secret@127.0.0.1:5672:99 | amqp://guest@127.0.0.1:5672:99",
            "http://guest:secret@host | http://guest@host",
            "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=secret | jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=***",
            "jdbc:postgresql://host/db?PASSWORD=secret&ssl=true | jdbc:postgresql://host/db?PASSWORD=***&ssl=true",
            "jdbc:postgresql://host/db?sslpassword=secret | jdbc:postgresql://host/db?sslpassword=***"})
    void hidesThePasswordInEveryForm(String uri, String redacted) {
        assertThat(RedactedUri.of(uri)).isEqualTo(redacted).doesNotContain("secret").doesNotContain("cret");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "amqp://127.0.0.1:5672",
            "amqp://guest@host/vhost",
            "amqp://host/v@b",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
            "not a uri"})
    void leavesAUriWithoutPasswordAsItIs(String uri) {
        assertThat(RedactedUri.of(uri)).isEqualTo(uri);
    }
}
