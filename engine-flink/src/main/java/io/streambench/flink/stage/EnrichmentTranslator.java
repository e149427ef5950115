package io.streambench.flink.stage;

import io.streambench.api.event.PageCatalog;
import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.run.JobSpec;
import io.streambench.flink.model.EnrichedEvent;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

import java.util.Map;

/** The page-category table is a small static side input: each subtask loads it once when it opens. */
final class EnrichmentTranslator implements TransformTranslator<Enrichment> {
    @Override
    public SingleOutputStreamOperator<EnrichedEvent> translate(Enrichment enrichment, DataStream<EnrichedEvent> input, JobSpec job) {
        return input.map(new LookUpCategory()).name("enrich " + enrichment.table()).setParallelism(input.getParallelism());
    }

    private static final class LookUpCategory extends RichMapFunction<EnrichedEvent, EnrichedEvent> {
        private transient Map<String, String> categoryByPage;

        @Override
        public void open(Configuration parameters) {
            categoryByPage = PageCatalog.standard().rows();
        }

        @Override
        public EnrichedEvent map(EnrichedEvent enriched) {
            String page = enriched.event().page();
            return new EnrichedEvent(enriched.event(), categoryByPage.getOrDefault(page, PageCatalog.UNKNOWN_CATEGORY));
        }
    }
}
