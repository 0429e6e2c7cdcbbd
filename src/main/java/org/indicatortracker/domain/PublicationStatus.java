package org.indicatortracker.domain;

/**
 * Drafts are visible to editors only; the public API serves published figures. A withdrawn figure was published
 * and then taken back with a reason: lists hide it, its public history shows the withdrawal.
 */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    public String wire() {
        return Codes.wire(this);
    }

    public static PublicationStatus of(String code) {
        return Codes.parse(PublicationStatus.class, code);
    }
}
