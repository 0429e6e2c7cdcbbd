package org.indicatortracker.domain;

public enum SourceKind {
    /** 政府工作报告. */
    WORK_REPORT,
    /** 统计公报 and other statistical releases. */
    STATISTICAL_BULLETIN,
    OTHER;

    public String wire() {
        return Codes.wire(this);
    }

    public static SourceKind of(String code) {
        return Codes.parse(SourceKind.class, code);
    }
}
