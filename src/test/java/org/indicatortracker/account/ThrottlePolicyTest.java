package org.indicatortracker.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy defaults = new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Duration.ZERO, defaults.blockAfter(failures), "after " + failures + " failures");
        }
    }

    @Test
    void theWaitStartsAtTheFifthFailureAndDoubles() {
        assertEquals(Duration.ofMinutes(1), defaults.blockAfter(5));
        assertEquals(Duration.ofMinutes(2), defaults.blockAfter(6));
        assertEquals(Duration.ofMinutes(4), defaults.blockAfter(7));
        assertEquals(Duration.ofMinutes(8), defaults.blockAfter(8));
    }

    @Test
    void theWaitNeverExceedsTheMaximumEvenAfterVeryManyFailures() {
        assertEquals(Duration.ofMinutes(15), defaults.blockAfter(9));
        assertEquals(Duration.ofMinutes(15), defaults.blockAfter(40));
        assertEquals(Duration.ofMinutes(15), defaults.blockAfter(Integer.MAX_VALUE));
    }

    @Test
    void theWaitNeverShrinksAsFailuresGrow() {
        Random random = new Random(20240305);
        for (int i = 0; i < 200; i++) {
            ThrottlePolicy p = new ThrottlePolicy(1 + random.nextInt(10), Duration.ofSeconds(1 + random.nextInt(120)),
                    Duration.ofMinutes(30));
            Duration previous = Duration.ZERO;
            for (int failures = 0; failures < 80; failures++) {
                Duration wait = p.blockAfter(failures);
                assertTrue(wait.compareTo(previous) >= 0, p + " shrank at " + failures);
                assertTrue(wait.compareTo(p.maxBlock()) <= 0, p + " exceeded the maximum at " + failures);
                previous = wait;
            }
        }
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(2)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(5, Duration.ZERO, Duration.ofMinutes(2)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(5, Duration.ofMinutes(3), Duration.ofMinutes(2)));
    }
}
