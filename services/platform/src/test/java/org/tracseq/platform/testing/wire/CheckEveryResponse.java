package org.tracseq.platform.testing.wire;

import io.restassured.RestAssured;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Installs {@link RestAssuredResponses} as a RestAssured default filter before any test runs, so
 * every RestAssured request in the JVM is checked, whether a test builds it with {@code
 * TracSeqServer.request()} or {@code RestAssured.given()}. JUnit finds it by {@code ServiceLoader}
 * (META-INF/services in this test jar).
 */
public final class CheckEveryResponse implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (RestAssured.filters().stream().noneMatch(RestAssuredResponses.class::isInstance)) {
            RestAssured.filters(new RestAssuredResponses());
        }
    }
}
