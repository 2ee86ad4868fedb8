package org.hebb.spark;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bad input is refused in one line before any SparkContext exists. */
class SparkMasterTest {

    @Test
    void masterUrlsSparkUnderstandsAreAcceptedOthersRefused() {
        for (String ok : new String[] {"local", "local[2]", "local[*]", "local[4,3]", "spark://127.0.0.1:7077",
                "spark://a:7077,b:7078", "yarn", "k8s://https://10.0.0.1:6443", "local-cluster[2,1,1024]"}) {
            assertThatCode(() -> SparkMaster.checkUrl(ok)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> SparkMaster.checkUrl("http://127.0.0.1:7077"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("master: http://127.0.0.1:7077 is not allowed; must be " + SparkMaster.ALLOWED);
        for (String bad : new String[] {"spark://host", "spark://host:99999", "local[0]", "local[x]", "", "mesos://h:5050"}) {
            assertThatThrownBy(() -> SparkMaster.checkUrl(bad)).hasMessageStartingWith("master: ")
                    .hasMessageContaining("is not allowed; must be local");
        }
    }

    @Test
    void aJdkOlderThan25_0_3IsRefused() {
        assertThatThrownBy(() -> SparkMaster.checkJdk(Runtime.Version.parse("25.0.2+10")))
                .hasMessage("java: 25.0.2+10 is not allowed with --engine spark; must be JDK >= 25.0.3 (Spark 4.2 "
                        + "rejects earlier 25.0.x for a G1 bug); set JAVA_HOME");
        assertThatCode(() -> SparkMaster.checkJdk(Runtime.Version.parse("25.0.3"))).doesNotThrowAnyException();
        assertThatCode(() -> SparkMaster.checkJdk(Runtime.Version.parse("26"))).doesNotThrowAnyException();
    }

    @Test
    void anUnreachableMasterIsNamedWithWhy() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free once closed: nothing listens there
        }
        String url = "spark://127.0.0.1:" + port;
        assertThatThrownBy(() -> SparkEvaluator.start(url, "t", null, Duration.ofSeconds(5), java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("master: " + url + " is unreachable (connection refused by 127.0.0.1:"
                        + port + ")");
        assertThatThrownBy(() -> SparkMaster.checkReachable("spark://no-such-host.invalid:7077", Duration.ofSeconds(2)))
                .hasMessageStartingWith("master: spark://no-such-host.invalid:7077 is unreachable (unknown host "
                        + "no-such-host.invalid)");
    }
}
