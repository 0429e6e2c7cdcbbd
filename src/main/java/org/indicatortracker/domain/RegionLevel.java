package org.indicatortracker.domain;

public enum RegionLevel {
    COUNTRY,
    PROVINCE,
    PREFECTURE,
    COUNTY;

    public String wire() {
        return Codes.wire(this);
    }

    public static RegionLevel of(String code) {
        return Codes.parse(RegionLevel.class, code);
    }
}
