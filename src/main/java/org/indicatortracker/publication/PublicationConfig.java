package org.indicatortracker.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Publishing settings ({@code INDICATORS_PUBLICATION_REQUIRE_APPROVAL}). */
@ConfigMapping(prefix = "indicators.publication")
public interface PublicationConfig {

    /**
     * When true, nothing becomes public on one editor's word: drafts are published by a publication that a second
     * editor approves, and direct writes of published figures are refused.
     */
    @WithName("require-approval")
    @WithDefault("false")
    boolean requireApproval();
}
