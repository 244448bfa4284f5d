package org.tracseq.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteClassTest {

    @Test
    void gettingATokenReadingAndWritingAreLimitedSeparately() {
        assertThat(RouteClass.of("POST", "auth/login")).isEqualTo(RouteClass.LOGIN);
        assertThat(RouteClass.of("POST", "auth/refresh")).isEqualTo(RouteClass.LOGIN);
        assertThat(RouteClass.of("GET", "samples/123")).isEqualTo(RouteClass.READ);
        assertThat(RouteClass.of("HEAD", "samples")).isEqualTo(RouteClass.READ);
        assertThat(RouteClass.of("POST", "samples")).isEqualTo(RouteClass.WRITE);
        assertThat(RouteClass.of("DELETE", "samples/1")).isEqualTo(RouteClass.WRITE);
        assertThat(RouteClass.of("POST", "auth/login/x")).isEqualTo(RouteClass.WRITE);
    }
}
