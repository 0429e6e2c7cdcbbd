package org.indicatortracker.figure;

import java.math.BigDecimal;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Relation;

/** The request fields targets and outcomes share; both input records implement it. */
public interface FigureFields {
    String region();

    String indicator();

    Integer year();

    Comparator comparator();

    BigDecimal value();

    BigDecimal valueHigh();

    String refIndicator();

    Relation relation();

    Basis basis();

    Long sourceId();

    String quote();

    PublicationStatus status();

    /** The version the client read, required to change an existing figure; rows of an import file carry none. */
    default Long version() {
        return null;
    }
}
