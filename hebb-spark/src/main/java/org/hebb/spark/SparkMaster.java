package org.hebb.spark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks what a user asks Spark for before a SparkContext exists, so a typo or a dead master is one line, not a
 * minute of retries and a stack trace: the master URL's scheme, the JDK (Spark 4.2 runs on Java 25 only from 25.0.3,
 * earlier 25.0.x have a G1 bug Spark's build rejects), and whether a standalone master answers at all.
 */
public final class SparkMaster {
    /** The masters hebb accepts (Spark's own forms, see SparkContext.createTaskScheduler). */
    static final String ALLOWED = "local, local[N], local[*], local[N,F], spark://HOST:PORT[,HOST:PORT], "
            + "yarn or k8s://https://HOST:PORT";
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?");
    private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[[1-9][0-9]*,[1-9][0-9]*,[1-9][0-9]*]");
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9._\\-\\[\\]:]+:[0-9]{1,5}");
    /** The first JDK 25 Spark 4.2 supports. */
    static final Runtime.Version MIN_JDK_25 = Runtime.Version.parse("25.0.3");

    private SparkMaster() {
    }

    /** Fails with one line unless {@code url} is a master Spark understands. */
    public static void checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("master: (empty) is not allowed; must be " + ALLOWED);
        }
        if (LOCAL.matcher(url).matches() || LOCAL_CLUSTER.matcher(url).matches() || url.equals("yarn")) {
            return;
        }
        if (url.startsWith("k8s://") && url.length() > "k8s://".length()) {
            return;
        }
        if (url.startsWith("spark://") && !standaloneAddresses(url).isEmpty()) {
            return;
        }
        throw new IllegalArgumentException("master: " + url + " is not allowed; must be " + ALLOWED);
    }

    /** The HOST:PORT addresses of a {@code spark://} URL (several for a ZooKeeper-backed HA master), else empty. */
    static List<InetSocketAddress> standaloneAddresses(String url) {
        List<InetSocketAddress> out = new ArrayList<>();
        if (!url.startsWith("spark://")) {
            return out;
        }
        for (String hp : url.substring("spark://".length()).split(",")) {
            if (!HOST_PORT.matcher(hp).matches()) {
                return List.of();
            }
            int colon = hp.lastIndexOf(':');
            int port = Integer.parseInt(hp.substring(colon + 1));
            if (port < 1 || port > 65535) {
                return List.of();
            }
            out.add(InetSocketAddress.createUnresolved(hp.substring(0, colon), port));
        }
        return out;
    }

    /** Fails with one line if this JVM is older than 25.0.3 (Spark 4.2's floor on Java 25). */
    public static void checkJdk(Runtime.Version running) {
        if (running.compareTo(MIN_JDK_25) < 0) {
            throw new IllegalArgumentException("java: " + running + " is not allowed with --engine spark; must be "
                    + "JDK >= " + MIN_JDK_25 + " (Spark 4.2 rejects earlier 25.0.x for a G1 bug); set JAVA_HOME");
        }
    }

    /**
     * Fails with one line naming the address and why (refused, unknown host, or no answer within {@code timeout}) if
     * no master of a {@code spark://} URL accepts a TCP connection; other masters are not checked (local needs no network, YARN and Kubernetes have their own).
     */
    public static void checkReachable(String url, Duration timeout) {
        List<InetSocketAddress> masters = standaloneAddresses(url);
        if (masters.isEmpty()) {
            return;
        }
        List<String> why = new ArrayList<>();
        for (InetSocketAddress m : masters) {
            String hostPort = m.getHostString() + ":" + m.getPort();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(m.getHostString(), m.getPort()), (int) timeout.toMillis());
                return;
            } catch (ConnectException refused) {
                why.add("connection refused by " + hostPort);
            } catch (UnknownHostException unknown) {
                why.add("unknown host " + m.getHostString());
            } catch (IOException silent) { // a timeout, or no route: nothing answered
                why.add("no answer from " + hostPort + " within " + timeout.toSeconds() + " s");
            }
        }
        throw new IllegalArgumentException("master: " + url + " is unreachable (" + String.join("; ", why)
                + "); must be a running Spark master (start one with "
                + "'java -cp \"jars/*\" org.apache.spark.deploy.master.Master', see docs/spark.md)");
    }
}
