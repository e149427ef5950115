package io.streambench.spark.cluster;

import org.apache.spark.deploy.master.Master;
import org.apache.spark.rpc.RpcEnv;
import scala.Option;
import scala.Tuple3;

import java.nio.file.Path;
import java.util.Map;

/**
 * The coordinator of a project-started Spark cluster: {@code SparkMasterMain <workDir>} runs Spark's standalone
 * {@code Master} from the spark-core jar of this class path, on free ports of the loopback interface, and prints
 * {@code {"event":"cluster-ready","endpoint":"spark://host:port","ui":"http://host:port"}} once it accepts workers and
 * applications. It stops on SIGTERM or when its standard input ends; its log is {@code <workDir>/master/master.log}.
 */
public final class SparkMasterMain {
    static final String CLUSTER_READY = "cluster-ready";

    private SparkMasterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: SparkMasterMain <workDir>");
            System.exit(2);
        }
        ProtocolLine protocol = ProtocolLine.takeStandardOutput();
        Path directory = ClusterProcess.directory(Path.of(args[0]), "master");
        // Returns once the master's RPC endpoint and web UI are bound: from then on it accepts workers and
        // applications.
        Tuple3<RpcEnv, Object, Option<Object>> started = Master.startRpcEnvAndEndpoint(ClusterProcess.HOST, 0, 0,
                ClusterProcess.conf(directory));
        RpcEnv rpcEnv = started._1();
        Runtime.getRuntime().addShutdownHook(new Thread(rpcEnv::shutdown, "stop-spark-master"));
        StandardInput.exitWhenItEnds();
        protocol.print(CLUSTER_READY, Map.of(
                "endpoint", "spark://" + ClusterProcess.HOST + ":" + rpcEnv.address().port(),
                "ui", "http://" + ClusterProcess.HOST + ":" + started._2()));
        rpcEnv.awaitTermination();
    }
}
