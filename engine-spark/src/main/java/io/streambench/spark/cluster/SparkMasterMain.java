package io.streambench.spark.cluster;

import io.streambench.api.fork.ClusterEvent;
import io.streambench.api.fork.StandardInputLifeline;

import org.apache.spark.deploy.master.Master;
import org.apache.spark.rpc.RpcEnv;
import scala.Option;
import scala.Tuple3;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The coordinator of a project-started Spark cluster: {@code SparkMasterMain <workDir>} runs Spark's standalone
 * {@code Master} from the spark-core jar of this class path, on free ports of the loopback interface, and prints
 * {@code {"event":"cluster-ready","endpoint":"spark://host:port","ui":"http://host:port"}} once it accepts workers and
 * applications. It stops on SIGTERM or when its standard input ends; its log is {@code <workDir>/master/master.log}.
 */
public final class SparkMasterMain {

    private SparkMasterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: SparkMasterMain <workDir>");
            System.exit(2);
        }
        PrintStream protocol = System.out;
        System.setOut(System.err);
        Path directory = ClusterProcess.directory(Path.of(args[0]), "master");
        // Returns once the master's RPC endpoint and web UI are bound: from then on it accepts workers and
        // applications.
        Tuple3<RpcEnv, Object, Option<Object>> started = Master.startRpcEnvAndEndpoint(ClusterProcess.HOST, 0, 0,
                ClusterProcess.conf(directory));
        RpcEnv rpcEnv = started._1();
        Runtime.getRuntime().addShutdownHook(new Thread(rpcEnv::shutdown, "stop-spark-master"));
        StandardInputLifeline.exitWhenItEnds();
        protocol.println(ClusterEvent.clusterReady("spark://" + ClusterProcess.HOST + ":" + rpcEnv.address().port(),
                "http://" + ClusterProcess.HOST + ":" + started._2()).toLine());
        protocol.flush();
        rpcEnv.awaitTermination();
    }
}
