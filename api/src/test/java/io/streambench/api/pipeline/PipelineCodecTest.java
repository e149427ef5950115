package io.streambench.api.pipeline;

import io.streambench.api.event.Action;
import io.streambench.api.json.ConfigException;
import io.streambench.api.json.Json;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.QueueType;
import io.streambench.api.run.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineCodecTest {
    private static final String TUMBLING_YAML = """
            name: clicks-per-page-tumbling
            source:
              stream: clicks
              startAt: earliest
            watermark:
              maxOutOfOrderness: 5s
            stages:
              - filter:
                  actionIn: [click]
              - aggregate:
                  key: page
                  window:
                    tumbling:
                      size: 10s
                  function: count
                  allowedLateness: 10s
            sink:
              kafka:
                topic: clicks-per-page-tumbling
            """;

    static List<Pipeline> readyPipelines() {
        return ReadyPipelines.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readyPipelines")
    void everyReadyPipelineRoundTripsThroughJsonAndYaml(Pipeline pipeline) {
        assertThat(Json.fromJson(Json.toJson(pipeline), Pipeline.class, "test")).isEqualTo(pipeline);
        assertThat(Json.fromYaml(Json.toYaml(pipeline), Pipeline.class, "test")).isEqualTo(pipeline);
    }

    @Test
    void handWrittenYamlReadsAsTheBuiltPipeline() {
        assertThat(Json.fromYaml(TUMBLING_YAML, Pipeline.class, "tumbling.yaml"))
                .isEqualTo(ReadyPipelines.byName("clicks-per-page-tumbling"));
    }

    @Test
    void yamlOutputIsWhatAPersonWouldWrite() {
        String yaml = Json.toYaml(ReadyPipelines.byName("purchases-per-user-count"));
        assertThat(yaml).contains("count:\n        size: 3").contains("function: sum(amountCents)")
                .contains("actionIn:\n    - purchase").doesNotContain("null");
    }

    @Test
    void misspelledKeyIsNamedWithItsPlaceAndLine() {
        String typo = TUMBLING_YAML.replace("allowedLateness: 10s", "allowedLatenes: 30s");
        assertThatThrownBy(() -> Json.fromYaml(typo, Pipeline.class, "tumbling.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tumbling.yaml: line 16: unknown key 'allowedLatenes' in stages[1];")
                .hasMessageContaining("known keys: allowedLateness, function, key, window");
    }

    @Test
    void misspelledTopLevelKeyIsNamed() {
        String typo = TUMBLING_YAML.replace("watermark:", "watermarks:");
        assertThatThrownBy(() -> Json.fromYaml(typo, Pipeline.class, "p.yaml"))
                .hasMessageContaining("p.yaml: line 5: unknown key 'watermarks';")
                .hasMessageContaining("known keys: name, sink, source, stages, watermark");
    }

    @Test
    void unknownTypeNamesListTheKnownOnes() {
        assertThatThrownBy(() -> Json.fromYaml(TUMBLING_YAML.replace("tumbling:\n", "tumblin:\n"), Pipeline.class, "p.yaml"))
                .hasMessageContaining("line 13, column 9: at stages[1].window: unknown window type 'tumblin'; "
                        + "known types: tumbling, sliding, session, count");
        assertThatThrownBy(() -> Json.fromYaml(TUMBLING_YAML.replace("- filter:", "- filtr:"), Pipeline.class, "p.yaml"))
                .hasMessageContaining("unknown stage type 'filtr'; known types: filter, enrich, aggregate, project");
    }

    @Test
    void badValuesAreExplained() {
        assertThatThrownBy(() -> Json.fromYaml(TUMBLING_YAML.replace("size: 10s", "size: 10 sec"), Pipeline.class, "p.yaml"))
                .hasMessageContaining("'10 sec' is not a duration (write e.g. 500ms, 10s, 5m, 1h, 1d)");
        assertThatThrownBy(() -> Json.fromYaml(TUMBLING_YAML.replace("[click]", "[clik]"), Pipeline.class, "p.yaml"))
                .hasMessageContaining("unknown action 'clik'");
        assertThatThrownBy(() -> Json.fromYaml(TUMBLING_YAML.replace("function: count", "function: avg"), Pipeline.class, "p.yaml"))
                .hasMessageContaining("unknown aggregate 'avg' (expected count, sum(amountCents) or distinct(user))");
        assertThatThrownBy(() -> Json.fromYaml(TUMBLING_YAML.replace("startAt: earliest", "startAt: yesterday"), Pipeline.class, "p.yaml"))
                .hasMessageContaining("unknown start position 'yesterday'");
        assertThatThrownBy(() -> Json.fromYaml(TUMBLING_YAML.replace("key: page", "key: pages"), Pipeline.class, "p.yaml"))
                .hasMessageContaining("unknown key 'pages' (expected one of user, page, category, session)");
    }

    @Test
    void jsonErrorsNameTheColumn() {
        String json = Json.toJson(ReadyPipelines.byName("user-sessions")).replace("\"gap\"", "\"gapp\"");
        assertThatThrownBy(() -> Json.fromJson(json, Pipeline.class, "p.json"))
                .hasMessage("p.json: line 1: unknown key 'gapp' in stages[0].window; known keys: gap");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> Json.fromYaml("name: x\n  source: [", Pipeline.class, "broken.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("broken.yaml: line 2");
    }

    @Test
    void pipelinesThatCannotWorkAreRejectedWithTheReason() {
        assertThatThrownBy(() -> Pipeline.named("no-enrich").from(Source.topic("clicks"))
                .keyBy(Key.CATEGORY).window(Window.count(3)).aggregate(Aggregate.count()).to(Sink.memory("m")))
                .hasMessageContaining("keys by category, which needs an 'enrich: {table: page-category}' stage");
        assertThatThrownBy(() -> Pipeline.named("no-watermark").from(Source.topic("clicks"))
                .keyBy(Key.PAGE).window(Window.tumbling(Duration.ofSeconds(10))).aggregate(Aggregate.count())
                .to(Sink.memory("m")))
                .hasMessageContaining("has a tumbling 10s window, which needs a watermark");
        assertThatThrownBy(() -> Window.sliding(Duration.ofSeconds(5), Duration.ofSeconds(10)))
                .hasMessageContaining("slide (10s) must not exceed its size (5s)");
        assertThatThrownBy(() -> new WindowAggregation(Key.USER, Window.count(2), Aggregate.count(), Duration.ofSeconds(1)))
                .hasMessageContaining("count windows do not use event time");
        assertThatThrownBy(() -> Filter.actionIn(Action.WATERMARK)).hasMessageContaining("punctuation");
        assertThatThrownBy(() -> Json.fromYaml(TUMBLING_YAML.replace("name: clicks-per-page-tumbling", "name: Clicks"),
                Pipeline.class, "p.yaml")).hasMessageContaining("pipeline name must be lower-case");
    }

    @Test
    void aPipelineNeedsExactlyOneOutputStageAtTheEnd() {
        Filter filter = Filter.actionIn(Action.CLICK);
        Projection project = new Projection(Key.PAGE);
        Source source = Source.topic("clicks");
        assertThatThrownBy(() -> new Pipeline("p", source, null, List.of(filter), Sink.memory("m")))
                .hasMessageContaining("must end in an aggregate or project stage");
        assertThatThrownBy(() -> new Pipeline("p", source, null, List.of(project, project), Sink.memory("m")))
                .hasMessageContaining("more than one output stage");
    }

    @Test
    void jobSpecsRoundTripWithEveryBrokerAndMode() {
        Pipeline pipeline = ReadyPipelines.byName("user-sessions")
                .withSource(Source.topic("clicks-7").startingAt(StartPosition.at(Instant.parse("2026-11-22T10:00:00Z"))))
                .withSink(Sink.postgres("jdbc:postgresql://127.0.0.1:5432/test", "results"));
        for (ExecutionMode mode : List.of(ExecutionMode.batch(), ExecutionMode.availableNow(),
                ExecutionMode.microbatch(Duration.ofMillis(1500)), ExecutionMode.continuous())) {
            for (BrokerConnection broker : List.of(new BrokerConnection.Kafka("127.0.0.1:9092", null),
                    new BrokerConnection.RabbitMq("amqp://guest:guest@127.0.0.1:5672", QueueType.QUORUM))) {
                JobSpec job = new JobSpec("job-1", pipeline, RunSettings.of(mode)
                        .withGuarantee(DeliveryGuarantee.EXACTLY_ONCE).withParallelism(2), broker, "/tmp/run");
                assertThat(JobSpec.fromJson(job.toJson())).isEqualTo(job);
            }
        }
        assertThat(Json.toJson(RunSettings.of(ExecutionMode.microbatch(Duration.ofMillis(1500)))))
                .contains("\"mode\":\"microbatch:1500ms\"");
    }

    @Test
    void anIcebergSinkReadsFromYamlLikeTheOtherSinks() {
        String yaml = TUMBLING_YAML.replace("""
                  kafka:
                    topic: clicks-per-page-tumbling
                """, """
                  iceberg:
                    jdbcUrl: jdbc:postgresql://127.0.0.1:5432/test
                    warehouse: /tmp/warehouse
                    table: clicks_per_page
                """);
        Pipeline pipeline = Json.fromYaml(yaml, Pipeline.class, "iceberg.yaml");
        assertThat(pipeline.sink()).isEqualTo(Sink.iceberg("jdbc:postgresql://127.0.0.1:5432/test", "/tmp/warehouse",
                "clicks_per_page"));
        assertThat(Json.fromYaml(Json.toYaml(pipeline), Pipeline.class, "test")).isEqualTo(pipeline);
        assertThatThrownBy(() -> Json.fromYaml(yaml.replace("table: clicks_per_page", "table: Clicks-Per-Page"),
                Pipeline.class, "iceberg.yaml")).hasMessageContaining("iceberg sink table must be a lower-case identifier");
    }

    @Test
    void runSettingsMayLeaveOutTheirDefaults() {
        RunSettings settings = Json.fromYaml("mode: continuous", RunSettings.class, "run.yaml");
        assertThat(settings).isEqualTo(RunSettings.of(ExecutionMode.continuous()));
        assertThatThrownBy(() -> Json.fromYaml("mode: streaming", RunSettings.class, "run.yaml"))
                .hasMessageContaining("unknown execution mode 'streaming'");
        assertThatThrownBy(() -> Json.fromYaml("mode: continuous\nparalellism: 2", RunSettings.class, "run.yaml"))
                .hasMessageContaining("unknown key 'paralellism'");
    }
}
