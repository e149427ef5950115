package io.streambench.bench.matrix;

import io.streambench.bench.fault.Fault;
import io.streambench.rabbitmq.AmqpClientProperties;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.streambench.api.json.DurationText;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything a matrix cell can set; in a matrix file any of it may come from {@code defaults}, an axis or the cell.
 * Null means "not set here".
 *
 * @param events      how many events to load (or set {@code duration})
 * @param duration    how long to load at {@code rate} (events = rate x duration)
 * @param rate        offered events per second, open loop
 * @param warmup      results whose events were all sent in the first {@code warmup} do not count for latency
 * @param sink        kafka | postgres | files
 * @param throughputSearch find the sustainable throughput instead of loading at one rate
 * @param sloP99Millis p99 processing latency the throughput search must stay under
 * @param fault       a fault to inject, written e.g. {@code kill-engine@30s} (see the fault tolerance docs)
 * @param emission    when windowed results are written (on-watermark, final, every-trigger); unset: the engine's own
 * @param loaderCpus  CPUs to pin the loader process to, in taskset's list form (e.g. {@code 1} or {@code 0,2-3});
 *                    unset: it runs on every CPU
 * @param clientProperties per broker ({@code kafka}, {@code rabbitmq}), client properties for this cell's clients,
 *                    over the run's ({@code --kafka-property}, {@code --rabbitmq-property}); a cell's win over the
 *                    defaults' key by key
 * @param workers     run the cell's job on a cluster the bench starts with this many TaskManagers (Flink) or Workers
 *                    (Spark), whatever the run's {@code --engines}; unset: as the run deploys its engines
 * @param slots       with {@code workers}: task slots (Flink) or cores (Spark) per worker (unset: 2)
 * @param sinkPartitions partitions of the result topic of a Kafka sink (unset: the parallelism, as many as the input
 *                    has); a re-keying cell copies its input into a topic with more partitions than it reads
 */
public record CellSettings(String engine, String broker, String pipeline, ExecutionMode mode, Long events,
                           Duration duration, Double rate, Duration warmup, DeliveryGuarantee guarantee,
                           Integer parallelism, Duration checkpointInterval, Long seed, String sink, Integer repeat,
                           Boolean throughputSearch, Long sloP99Millis, Fault fault, Emission emission,
                           String loaderCpus, Map<String, Map<String, String>> clientProperties, Integer workers,
                           Integer slots, Integer sinkPartitions) {
    /** Slots per worker of a cell's own cluster when it sets none. */
    public static final int DEFAULT_SLOTS = 2;
    private static final Set<String> BROKERS_WITH_CLIENT_PROPERTIES = Set.of("kafka", "rabbitmq");
    private static final Pattern CPU_LIST = Pattern.compile("\\d+(-\\d+)?(,\\d+(-\\d+)?)*");

    public static final CellSettings EMPTY = builder().build();

    @JsonCreator
    public CellSettings(@JsonProperty("engine") String engine, @JsonProperty("broker") String broker,
                        @JsonProperty("pipeline") String pipeline, @JsonProperty("mode") ExecutionMode mode,
                        @JsonProperty("events") Long events, @JsonProperty("duration") Duration duration,
                        @JsonProperty("rate") Double rate, @JsonProperty("warmup") Duration warmup,
                        @JsonProperty("guarantee") DeliveryGuarantee guarantee,
                        @JsonProperty("parallelism") Integer parallelism,
                        @JsonProperty("checkpointInterval") Duration checkpointInterval,
                        @JsonProperty("seed") Long seed, @JsonProperty("sink") String sink,
                        @JsonProperty("repeat") Integer repeat, @JsonProperty("throughputSearch") Boolean throughputSearch,
                        @JsonProperty("sloP99Millis") Long sloP99Millis, @JsonProperty("fault") Fault fault,
                        @JsonProperty("emission") Emission emission, @JsonProperty("loaderCpus") String loaderCpus,
                        @JsonProperty("clientProperties") Map<String, Map<String, String>> clientProperties,
                        @JsonProperty("workers") Integer workers, @JsonProperty("slots") Integer slots,
                        @JsonProperty("sinkPartitions") Integer sinkPartitions) {
        this.engine = engine;
        this.broker = broker;
        this.pipeline = pipeline;
        this.mode = mode;
        this.events = events;
        this.duration = duration;
        this.rate = rate;
        this.warmup = warmup;
        this.guarantee = guarantee;
        this.parallelism = parallelism;
        this.checkpointInterval = checkpointInterval;
        this.seed = seed;
        this.sink = sink;
        this.repeat = repeat;
        this.throughputSearch = throughputSearch;
        this.sloP99Millis = sloP99Millis;
        this.fault = fault;
        this.emission = emission;
        this.loaderCpus = loaderCpus;
        this.clientProperties = clientProperties == null ? null : copy(clientProperties);
        this.workers = workers;
        this.slots = slots;
        this.sinkPartitions = sinkPartitions;
        if (sinkPartitions != null && sinkPartitions < 1) {
            throw new IllegalArgumentException("sinkPartitions must be >= 1, was " + sinkPartitions);
        }
        if (workers != null && workers < 1 || slots != null && slots < 1) {
            throw new IllegalArgumentException("a cell's cluster needs at least one worker with one slot, was "
                    + workers + " workers with " + slots + " slots");
        }
        if (slots != null && workers == null) {
            throw new IllegalArgumentException("slots are per worker: set workers too");
        }
        if (emission != null && !emission.isChoice()) {
            throw new IllegalArgumentException("emission '" + emission.wireName() + "' follows from the pipeline; "
                    + "ask for on-watermark, final or every-trigger");
        }
        if (events != null && duration != null) {
            throw new IllegalArgumentException("set either events or duration, not both");
        }
        if (rate != null && !(rate > 0)) {
            throw new IllegalArgumentException("rate must be > 0, was " + rate);
        }
        if (repeat != null && repeat < 1) {
            throw new IllegalArgumentException("repeat must be >= 1, was " + repeat);
        }
        if (loaderCpus != null && !CPU_LIST.matcher(loaderCpus).matches()) {
            throw new IllegalArgumentException("loaderCpus must be a CPU list such as 1 or 0,2-3, was '" + loaderCpus
                    + "'");
        }
    }

    /** This cell's settings, with every unset one taken from {@code base}. */
    public CellSettings over(CellSettings base) {
        return new CellSettings(pick(engine, base.engine), pick(broker, base.broker), pick(pipeline, base.pipeline),
                pick(mode, base.mode), events != null || duration != null ? events : base.events,
                events != null || duration != null ? duration : base.duration, pick(rate, base.rate),
                pick(warmup, base.warmup), pick(guarantee, base.guarantee), pick(parallelism, base.parallelism),
                pick(checkpointInterval, base.checkpointInterval), pick(seed, base.seed), pick(sink, base.sink),
                pick(repeat, base.repeat), pick(throughputSearch, base.throughputSearch),
                pick(sloP99Millis, base.sloP99Millis), pick(fault, base.fault), pick(emission, base.emission),
                pick(loaderCpus, base.loaderCpus), merged(base.clientProperties, clientProperties),
                pick(workers, base.workers), pick(slots, base.slots), pick(sinkPartitions, base.sinkPartitions));
    }

    /** The client properties this cell sets for a broker ({@code kafka} or {@code rabbitmq}); empty if none. */
    public Map<String, String> clientPropertiesOf(String brokerName) {
        return clientProperties == null ? Map.of() : clientProperties.getOrDefault(brokerName, Map.of());
    }

    private static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> byBroker) {
        byBroker.keySet().stream().filter(name -> !BROKERS_WITH_CLIENT_PROPERTIES.contains(name)).findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("clientProperties are per broker, kafka or rabbitmq; '" + name
                            + "' is neither");
                });
        Map<String, Map<String, String>> copied = new TreeMap<>();
        byBroker.forEach((name, properties) -> copied.put(name, Map.copyOf(properties)));
        AmqpClientProperties.requireKnown(copied.getOrDefault("rabbitmq", Map.of()));
        return Collections.unmodifiableMap(copied);
    }

    private static Map<String, Map<String, String>> merged(Map<String, Map<String, String>> base,
                                                          Map<String, Map<String, String>> own) {
        if (base == null || own == null) {
            return own != null ? own : base;
        }
        Map<String, Map<String, String>> all = new TreeMap<>();
        base.forEach((name, properties) -> all.put(name, new TreeMap<>(properties)));
        own.forEach((name, properties) -> all.computeIfAbsent(name, unused -> new TreeMap<>()).putAll(properties));
        return copy(all);
    }

    /**
     * The cell's id in a matrix run, from its place in the expanded matrix (1-based): its directory, its key in
     * results.json, and what {@code run --resume} matches finished cells by.
     */
    public String id(int number) {
        return String.format("%02d-%s", number, label());
    }

    /** The settings the cell runs with: its own, and the defaults for what it does not set. */
    public ResolvedCell resolved() {
        return ResolvedCell.of(this);
    }

    /** A short name of the cell for logs, directories and reports. */
    public String label() {
        return engine + "-" + broker + "-" + PipelineReference.nameOf(pipeline) + "-"
                + (mode == null ? "?" : mode.toString().replace(':', '-'))
                + (sink == null ? "" : "-" + sink) + (emission == null ? "" : "-" + emission.wireName())
                + (fault == null ? "" : "-" + fault.toString().replaceAll("[@:]", "-"))
                + (workers == null ? "" : "-" + workers + "x" + (slots == null ? DEFAULT_SLOTS : slots))
                + (sinkPartitions == null ? "" : "-to-" + sinkPartitions + "-partitions");
    }

    public String describe() {
        return engine + " / " + broker + " / " + PipelineReference.nameOf(pipeline) + " / " + mode
                + (emission == null ? "" : " emitting " + emission.wireName())
                + (rate == null ? "" : " @ " + Math.round(rate) + "/s")
                + (duration == null ? "" : " for " + DurationText.format(duration))
                + (events == null ? "" : " x " + events + " events");
    }

    private static <T> T pick(T own, T inherited) {
        return own != null ? own : inherited;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.engine = engine;
        builder.broker = broker;
        builder.pipeline = pipeline;
        builder.mode = mode;
        builder.events = events;
        builder.duration = duration;
        builder.rate = rate;
        builder.warmup = warmup;
        builder.guarantee = guarantee;
        builder.parallelism = parallelism;
        builder.checkpointInterval = checkpointInterval;
        builder.seed = seed;
        builder.sink = sink;
        builder.repeat = repeat;
        builder.throughputSearch = throughputSearch;
        builder.sloP99Millis = sloP99Millis;
        builder.fault = fault;
        builder.emission = emission;
        builder.loaderCpus = loaderCpus;
        builder.clientProperties = clientProperties;
        builder.workers = workers;
        builder.slots = slots;
        builder.sinkPartitions = sinkPartitions;
        return builder;
    }

    /** Cell settings by name; what is not set stays null ("not set here"). */
    public static final class Builder {
        private String engine;
        private String broker;
        private String pipeline;
        private ExecutionMode mode;
        private Long events;
        private Duration duration;
        private Double rate;
        private Duration warmup;
        private DeliveryGuarantee guarantee;
        private Integer parallelism;
        private Duration checkpointInterval;
        private Long seed;
        private String sink;
        private Integer repeat;
        private Boolean throughputSearch;
        private Long sloP99Millis;
        private Fault fault;
        private Emission emission;
        private String loaderCpus;
        private Map<String, Map<String, String>> clientProperties;
        private Integer workers;
        private Integer slots;
        private Integer sinkPartitions;

        public Builder engine(String value) {
            engine = value;
            return this;
        }

        public Builder broker(String value) {
            broker = value;
            return this;
        }

        public Builder pipeline(String value) {
            pipeline = value;
            return this;
        }

        public Builder mode(ExecutionMode value) {
            mode = value;
            return this;
        }

        public Builder events(Long value) {
            events = value;
            return this;
        }

        public Builder duration(Duration value) {
            duration = value;
            return this;
        }

        public Builder rate(Double value) {
            rate = value;
            return this;
        }

        public Builder warmup(Duration value) {
            warmup = value;
            return this;
        }

        public Builder guarantee(DeliveryGuarantee value) {
            guarantee = value;
            return this;
        }

        public Builder parallelism(Integer value) {
            parallelism = value;
            return this;
        }

        public Builder checkpointInterval(Duration value) {
            checkpointInterval = value;
            return this;
        }

        public Builder seed(Long value) {
            seed = value;
            return this;
        }

        public Builder sink(String value) {
            sink = value;
            return this;
        }

        public Builder repeat(Integer value) {
            repeat = value;
            return this;
        }

        public Builder throughputSearch(Boolean value) {
            throughputSearch = value;
            return this;
        }

        public Builder sloP99Millis(Long value) {
            sloP99Millis = value;
            return this;
        }

        public Builder fault(Fault value) {
            fault = value;
            return this;
        }

        public Builder emission(Emission value) {
            emission = value;
            return this;
        }

        public Builder loaderCpus(String value) {
            loaderCpus = value;
            return this;
        }

        public Builder clientProperties(Map<String, Map<String, String>> value) {
            clientProperties = value;
            return this;
        }

        public Builder workers(Integer value) {
            workers = value;
            return this;
        }

        public Builder slots(Integer value) {
            slots = value;
            return this;
        }

        public Builder sinkPartitions(Integer value) {
            sinkPartitions = value;
            return this;
        }

        public CellSettings build() {
            return new CellSettings(engine, broker, pipeline, mode, events, duration, rate, warmup, guarantee,
                    parallelism, checkpointInterval, seed, sink, repeat, throughputSearch, sloP99Millis, fault,
                    emission, loaderCpus, clientProperties, workers, slots, sinkPartitions);
        }
    }
}
