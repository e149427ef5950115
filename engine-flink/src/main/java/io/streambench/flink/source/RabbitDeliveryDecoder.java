package io.streambench.flink.source;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.connectors.rabbitmq.RMQDeserializationSchema;

/** Turns every RabbitMQ delivery into a {@link SourceRecord}; never throws, so one bad message cannot stop the job. */
final class RabbitDeliveryDecoder implements RMQDeserializationSchema<SourceRecord> {
    private long position;

    @Override
    public void deserialize(Envelope envelope, AMQP.BasicProperties properties, byte[] body,
                            RMQCollector<SourceRecord> collector) {
        collector.collect(SourceRecord.decode(body, 0, position++));
    }

    @Override
    public boolean isEndOfStream(SourceRecord nextElement) {
        return false;
    }

    @Override
    public TypeInformation<SourceRecord> getProducedType() {
        return TypeInformation.of(SourceRecord.class);
    }
}
