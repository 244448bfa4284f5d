package org.tracseq.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Work done for a request on another thread carries the caller's token there, and only there. */
class CurrentTokenTest {

    @Test
    void carriedWorkSeesTheTokenOnAnotherThreadWhichKeepsNothingAfterwards() throws Exception {
        VerifiedToken token = new VerifiedToken(
                "raw", new JWTClaimsSet.Builder().subject("s1").build());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CurrentToken.bind(token);
        try {
            Supplier<Optional<VerifiedToken>> work = CurrentToken.carriedTo(CurrentToken::get);
            assertThat(pool.submit(work::get).get()).containsSame(token);
            assertThat(pool.submit(CurrentToken::get).get()).isEmpty();
        } finally {
            CurrentToken.clear();
            pool.shutdown();
        }
    }
}
