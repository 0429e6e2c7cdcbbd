package org.indicatortracker.domain;

/** Drafts are visible to editors only; the public API serves published figures. */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED;

    public String wire() {
        return Codes.wire(this);
    }

    public static PublicationStatus of(String code) {
        return Codes.parse(PublicationStatus.class, code);
    }
}
