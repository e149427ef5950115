package io.streambench.bench.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How a forked process is pinned to CPUs: {@code taskset -c <cpus>} before its command, where the machine has taskset
 * (it then execs the command, so the process keeps taskset's pid). Without taskset the process runs on every CPU, and
 * the log says so once.
 *
 * @param commandPrefix what goes before the command: nothing, or taskset and its options
 * @param cpuSet        the CPUs the process is pinned to, in taskset's list form; null when it is not pinned
 */
record CpuPinning(List<String> commandPrefix, String cpuSet) {
    private static final Logger LOG = LoggerFactory.getLogger(CpuPinning.class);
    private static final AtomicBoolean SAID_NO_TASKSET = new AtomicBoolean();
    static final CpuPinning NONE = new CpuPinning(List.of(), null);

    CpuPinning {
        commandPrefix = List.copyOf(commandPrefix);
    }

    /** @param cpus a CPU list such as {@code 1} or {@code 0,2-3}; null for no pinning */
    static CpuPinning of(String cpus) {
        return of(cpus, System.getenv("PATH"));
    }

    static CpuPinning of(String cpus, String searchPath) {
        if (cpus == null) {
            return NONE;
        }
        Optional<Path> taskset = find("taskset", searchPath);
        if (taskset.isEmpty()) {
            if (SAID_NO_TASKSET.compareAndSet(false, true)) {
                LOG.warn("taskset is not on the PATH: forked processes asked to run on CPUs {} run on every CPU", cpus);
            }
            return NONE;
        }
        return new CpuPinning(List.of(taskset.get().toString(), "-c", cpus), cpus);
    }

    private static Optional<Path> find(String command, String searchPath) {
        if (searchPath == null) {
            return Optional.empty();
        }
        return Arrays.stream(searchPath.split(File.pathSeparator)).filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, command)).filter(Files::isExecutable).findFirst();
    }
}
