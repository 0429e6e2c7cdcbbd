package org.indicatortracker.account;

import java.time.Duration;

/**
 * How long an (account, client address) pair must wait after failed sign-ins: nothing for the first
 * {@code freeFailures} failures, then {@code firstBlock}, doubling with each further failure up to {@code maxBlock}.
 * With the defaults (5, 1 min, 15 min) a guesser gets five tries, then one after 1, 2, 4, 8 and then every 15
 * minutes: about a hundred guesses a day from one address, while the owner signing in from another address is
 * never held up.
 */
public record ThrottlePolicy(int freeFailures, Duration firstBlock, Duration maxBlock) {

    public ThrottlePolicy {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1");
        }
        if (firstBlock.isNegative() || firstBlock.isZero() || maxBlock.compareTo(firstBlock) < 0) {
            throw new IllegalArgumentException("need 0 < firstBlock <= maxBlock");
        }
    }

    /** The wait imposed after the given number of consecutive failures (zero: none). */
    public Duration blockAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures;
        if (doublings >= 30) {
            return maxBlock;
        }
        Duration block = firstBlock.multipliedBy(1L << doublings);
        return block.compareTo(maxBlock) > 0 ? maxBlock : block;
    }
}
