package io.streambench.bench.run;

import io.streambench.api.engine.JobHandle;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.fork.ForkedJobHandle;
import io.streambench.api.run.JobSpec;

import java.util.HashMap;
import java.util.Map;

/**
 * A cell's job across engine processes: it can be killed and started again with the same work directory (so that the
 * engine resumes from its checkpoint). Cost adds up over the processes; counters add up as well, since each process
 * counts from zero.
 */
final class RunningJob implements AutoCloseable {
    private final ForkedEngine engine;
    private final JobSpec job;
    private final Map<String, Long> countersOfEndedProcesses = new HashMap<>();
    private double cpuSecondsOfEndedProcesses;
    private double peakRssOfEndedProcesses;
    private volatile ForkedJobHandle handle;
    private volatile ProcessSampler sampler;

    private RunningJob(ForkedEngine engine, JobSpec job) {
        this.engine = engine;
        this.job = job;
    }

    static RunningJob start(ForkedEngine engine, JobSpec job) {
        RunningJob running = new RunningJob(engine, job);
        running.startProcess();
        return running;
    }

    ForkedJobHandle handle() {
        return handle;
    }

    /** SIGKILL, as a crash. */
    synchronized void kill() {
        sampler.sample();
        ForkedJobHandle killed = handle;
        killed.kill();
        retire(killed);
    }

    /** A new engine process for the same job and work directory. */
    synchronized void restart() {
        startProcess();
    }

    synchronized Map<String, Long> counters() {
        Map<String, Long> total = new HashMap<>(countersOfEndedProcesses);
        handle.counters().forEach((name, value) -> total.merge(name, value, Long::sum));
        return total;
    }

    long messagesRead() {
        return counters().getOrDefault(JobHandle.MESSAGES_READ, 0L);
    }

    synchronized double cpuSeconds() {
        sampler.sample();
        return cpuSecondsOfEndedProcesses + sampler.cpuSeconds();
    }

    synchronized double peakRssMegabytes() {
        sampler.sample();
        return Math.max(peakRssOfEndedProcesses, sampler.peakRssMegabytes());
    }

    @Override
    public synchronized void close() {
        sampler.sample();
        handle.cancel();
        sampler.close();
    }

    private void startProcess() {
        handle = engine.submit(job);
        sampler = ProcessSampler.start(handle.pid());
    }

    private void retire(ForkedJobHandle ended) {
        ended.counters().forEach((name, value) -> countersOfEndedProcesses.merge(name, value, Long::sum));
        cpuSecondsOfEndedProcesses += sampler.cpuSeconds();
        peakRssOfEndedProcesses = Math.max(peakRssOfEndedProcesses, sampler.peakRssMegabytes());
        sampler.close();
    }
}
