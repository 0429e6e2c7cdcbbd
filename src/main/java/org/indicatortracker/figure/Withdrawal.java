package org.indicatortracker.figure;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why and when a published figure was withdrawn; present only on withdrawn figures. */
@Schema(name = "WithdrawalInfo")
public record Withdrawal(String reason, Instant at) {

    static Withdrawal of(Figure f) {
        return f.withdrawnReason == null ? null : new Withdrawal(f.withdrawnReason, f.withdrawnAt);
    }
}
