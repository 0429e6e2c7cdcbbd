package org.indicatortracker.publication;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The same application with the second-approval setting on. */
public class ApprovalRequiredProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("indicators.publication.require-approval", "true");
    }
}
