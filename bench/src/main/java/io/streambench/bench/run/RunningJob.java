package io.streambench.bench.run;

import io.streambench.api.engine.JobHandle;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.fork.ForkedJobHandle;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.JobSpec;
import io.streambench.bench.fault.RestartableJob;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A cell's job across engine processes: it can be killed or stopped and started again, with the same work directory
 * (so that the engine resumes from its checkpoint or savepoint) or, as a restart without checkpoint, with a fresh one
 * and a start position. Cost adds up over the processes; counters add up as well, since each process counts from
 * zero (the first read is the earliest of theirs). On a project-started cluster the job's work is done in the cluster's
 * processes: their CPU from the job's start on, and their peak memory, count as the job's beside its client's.
 */
final class RunningJob implements RestartableJob, AutoCloseable {
    /** Where a restart without checkpoint keeps its work, inside the cell's work directory, apart from the state. */
    static final String WITHOUT_CHECKPOINT = "restart-without-checkpoint";

    private final ForkedEngine engine;
    private final JobSpec job;
    private final Map<String, Long> countersOfEndedProcesses = new HashMap<>();
    private final List<ProcessSampler> samplers = new ArrayList<>();
    private final List<ProcessSampler> clusterSamplers = new ArrayList<>();
    private double cpuSecondsOfEndedProcesses;
    private double peakRssOfEndedProcesses;
    private volatile ForkedJobHandle handle;
    private volatile ProcessSampler sampler;
    private volatile long processStartedAt;

    private RunningJob(ForkedEngine engine, JobSpec job) {
        this.engine = engine;
        this.job = job;
    }

    /** @param clusterMembers the processes of the project-started cluster the job runs on; empty without one */
    static RunningJob start(ForkedEngine engine, JobSpec job, List<ProcessHandle> clusterMembers) {
        RunningJob running = new RunningJob(engine, job);
        for (ProcessHandle member : clusterMembers) {
            ProcessSampler sampler = ProcessSampler.fromNow(member.pid());
            running.clusterSamplers.add(sampler);
            running.samplers.add(sampler);
        }
        running.startProcess(job);
        return running;
    }

    ForkedJobHandle handle() {
        return handle;
    }

    @Override
    public synchronized void kill() {
        sampler.sample();
        ForkedJobHandle killed = handle;
        killed.kill();
        retire(killed);
    }

    @Override
    public synchronized String suspend() {
        sampler.sample();
        ForkedJobHandle stopped = handle;
        String resumePoint = stopped.suspend();
        retire(stopped);
        return resumePoint;
    }

    @Override
    public synchronized void restart() {
        startProcess(job);
    }

    @Override
    public synchronized void restartWithoutCheckpoint(StartPosition position) {
        JobSpec fresh = new JobSpec(job.jobId(), job.pipeline().withSource(job.pipeline().source().startingAt(position)),
                job.settings(), job.broker(), Path.of(job.workDir(), WITHOUT_CHECKPOINT).toString());
        startProcess(fresh);
    }

    @Override
    public long processStartedAt() {
        return processStartedAt;
    }

    synchronized Map<String, Long> counters() {
        Map<String, Long> total = new HashMap<>(countersOfEndedProcesses);
        handle.counters().forEach((name, value) -> merge(total, name, value));
        return total;
    }

    /** Engine wall clock (epoch ms) at which the first process read its first message, once it has said so. */
    OptionalLong firstReadAt() {
        Long at = counters().get(JobHandle.FIRST_READ_AT);
        return at == null || at <= 0 || at == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(at);
    }

    long messagesRead() {
        return counters().getOrDefault(JobHandle.MESSAGES_READ, 0L);
    }

    @Override
    public synchronized long messagesReadByEndedProcesses() {
        return countersOfEndedProcesses.getOrDefault(JobHandle.MESSAGES_READ, 0L);
    }

    @Override
    public long messagesReadByCurrentProcess() {
        return handle.counters().getOrDefault(JobHandle.MESSAGES_READ, 0L);
    }

    synchronized double cpuSeconds() {
        sampler.sample();
        clusterSamplers.forEach(ProcessSampler::sample);
        return cpuSecondsOfEndedProcesses + sampler.cpuSeconds()
                + clusterSamplers.stream().mapToDouble(ProcessSampler::cpuSeconds).sum();
    }

    /** CPU seconds the job's processes had used at {@code epochMillis}, from their samples. */
    synchronized double cpuSecondsAt(long epochMillis) {
        return samplers.stream().mapToDouble(each -> each.cpuSecondsAt(epochMillis)).sum();
    }

    /** CPU seconds the job's processes' JIT compiler threads had used at {@code epochMillis}. */
    synchronized double compilerSecondsAt(long epochMillis) {
        return samplers.stream().mapToDouble(each -> each.compilerSecondsAt(epochMillis)).sum();
    }

    /** CPU seconds the job's processes' JIT compiler threads used, all told. */
    synchronized double compilerSeconds() {
        sampler.sample();
        return samplers.stream().mapToDouble(ProcessSampler::compilerSeconds).sum();
    }

    /** The client's peak, plus each cluster process's: they run side by side. */
    synchronized double peakRssMegabytes() {
        sampler.sample();
        return Math.max(peakRssOfEndedProcesses, sampler.peakRssMegabytes())
                + clusterSamplers.stream().mapToDouble(ProcessSampler::peakRssMegabytes).sum();
    }

    @Override
    public synchronized void close() {
        sampler.sample();
        handle.cancel();
        sampler.close();
        clusterSamplers.forEach(ProcessSampler::close);
    }

    private void startProcess(JobSpec spec) {
        processStartedAt = System.currentTimeMillis();
        handle = engine.submit(spec);
        sampler = ProcessSampler.start(handle.pid());
        samplers.add(sampler);
    }

    /** Counts add up over processes; the time of the first read is the earliest; a gauge is the latest reading. */
    private static void merge(Map<String, Long> total, String name, long value) {
        total.merge(name, value, JobHandle.FIRST_READ_AT.equals(name) ? Math::min
                : name.startsWith(JobHandle.GAUGE_PREFIX) ? (earlier, latest) -> latest : Long::sum);
    }

    private void retire(ForkedJobHandle ended) {
        ended.counters().forEach((name, value) -> merge(countersOfEndedProcesses, name, value));
        cpuSecondsOfEndedProcesses += sampler.cpuSeconds();
        peakRssOfEndedProcesses = Math.max(peakRssOfEndedProcesses, sampler.peakRssMegabytes());
        sampler.close();
    }
}
