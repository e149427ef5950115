package io.streambench.flink.stage;

import io.streambench.api.engine.JobHandle;
import io.streambench.flink.model.EnrichedEvent;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * First operator after the source: events go on, malformed messages are counted and sent to the dead-letter side
 * output, watermark markers are dropped (they have done their work at the source).
 */
public final class RouteDecoded extends ProcessFunction<SourceRecord, EnrichedEvent> {
    public static final OutputTag<SourceRecord> DEAD_LETTERS = new OutputTag<>("dead-letters") {
    };

    private transient LongCounter read;
    private transient LongCounter malformed;
    private transient LongMinimum firstReadAt;
    private transient boolean readAny;

    @Override
    public void open(Configuration parameters) {
        read = getRuntimeContext().getLongCounter(JobHandle.MESSAGES_READ);
        malformed = getRuntimeContext().getLongCounter(JobHandle.MALFORMED_EVENTS);
        firstReadAt = new LongMinimum();
        getRuntimeContext().addAccumulator(JobHandle.FIRST_READ_AT, firstReadAt);
    }

    @Override
    public void processElement(SourceRecord record, Context context, Collector<EnrichedEvent> out) {
        read.add(1);
        if (!readAny) {
            readAny = true;
            firstReadAt.add(System.currentTimeMillis());
        }
        if (record.isMalformed()) {
            malformed.add(1);
            context.output(DEAD_LETTERS, record);
        } else if (!record.event().isWatermarkMarker()) {
            out.collect(EnrichedEvent.of(record.event()));
        }
    }
}
