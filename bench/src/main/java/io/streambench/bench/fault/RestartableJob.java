package io.streambench.bench.fault;

import io.streambench.api.pipeline.StartPosition;

/** A cell's running job as faults see it: an engine they kill or stop and start again, and what its processes read. */
public interface RestartableJob {
    /** SIGKILL, as a crash. */
    void kill();

    /** A planned stop; returns where the engine said it resumes. */
    String suspend();

    /** A new engine process for the same job and work directory. */
    void restart();

    /** A new engine process that finds no checkpoint and starts reading at {@code position}. */
    void restartWithoutCheckpoint(StartPosition position);

    /** Epoch ms at which the newest engine process was started. */
    long processStartedAt();

    /** Messages the processes that were killed or stopped had read. */
    long messagesReadByEndedProcesses();

    /** Messages the newest process has read. */
    long messagesReadByCurrentProcess();
}
