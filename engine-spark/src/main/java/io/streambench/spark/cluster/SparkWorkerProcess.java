package io.streambench.spark.cluster;

import io.streambench.api.fork.ClusterEvent;
import io.streambench.api.fork.StandardInputLifeline;

import org.apache.spark.deploy.DeployMessages;
import org.apache.spark.deploy.worker.Worker;
import org.apache.spark.rpc.RpcEndpointRef;
import org.apache.spark.rpc.RpcEnv;
import scala.Option;
import scala.reflect.ClassTag$;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Spark's standalone {@code Worker}, in the JVM {@link SparkWorkerMain} starts with a Spark installation's environment:
 * {@code SparkWorkerProcess <directory> <endpoint> <slots>}. It offers {@code slots} cores and {@value #MEMORY_MB} MiB
 * (one executor of Spark's default 1 GiB) to the master at {@code endpoint}, and prints
 * {@code {"event":"worker-ready","worker":"<id>"}} once the master has registered it.
 */
public final class SparkWorkerProcess {
    static final int MEMORY_MB = 1024;
    private static final Duration REGISTRATION = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(100);

    private SparkWorkerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: SparkWorkerProcess <directory> <endpoint spark://host:port> <slots>");
            System.exit(2);
        }
        PrintStream protocol = System.out;
        System.setOut(System.err);
        Path directory = ClusterProcess.directory(Path.of(args[0]), "worker");
        String endpoint = args[1];
        int slots = Integer.parseInt(args[2]);
        RpcEnv rpcEnv = Worker.startRpcEnvAndEndpoint(ClusterProcess.HOST, 0, 0, slots, MEMORY_MB,
                new String[]{endpoint}, directory.resolve("work").toString(), Option.empty(),
                ClusterProcess.conf(directory), Option.empty());
        // Stopping the RPC environment stops the worker, which kills its executors.
        Runtime.getRuntime().addShutdownHook(new Thread(rpcEnv::shutdown, "stop-spark-worker"));
        StandardInputLifeline.exitWhenItEnds();
        Optional<String> workerId = awaitRegistration(rpcEnv);
        if (workerId.isEmpty()) {
            System.err.println("spark worker: the master at " + endpoint + " did not register this worker within "
                    + REGISTRATION.toSeconds() + " s; stopping");
            System.exit(1);
        }
        protocol.println(ClusterEvent.workerReady(workerId.get()).toLine());
        protocol.flush();
        rpcEnv.awaitTermination();
    }

    /** The worker's id once the master has registered it; empty if that takes longer than {@link #REGISTRATION}. */
    private static Optional<String> awaitRegistration(RpcEnv rpcEnv) throws InterruptedException {
        RpcEndpointRef worker = rpcEnv.setupEndpointRef(rpcEnv.address(), Worker.ENDPOINT_NAME());
        long deadline = System.nanoTime() + REGISTRATION.toNanos();
        while (System.nanoTime() < deadline) {
            DeployMessages.WorkerStateResponse state = worker.askSync(DeployMessages.RequestWorkerState$.MODULE$,
                    ClassTag$.MODULE$.apply(DeployMessages.WorkerStateResponse.class));
            if (state.masterUrl() != null && !state.masterUrl().isEmpty()) {
                return Optional.of(state.workerId());
            }
            Thread.sleep(POLL.toMillis());
        }
        return Optional.empty();
    }
}
