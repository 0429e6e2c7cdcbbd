package org.indicatortracker.figure;

import java.time.LocalDate;
import org.indicatortracker.domain.SourceKind;
import org.indicatortracker.source.SourceDocument;

/** The document a figure came from, as shown next to the figure. */
public record SourceRef(long id, String title, String issuingBody, LocalDate publishedOn, SourceKind kind, String url) {

    public static SourceRef of(SourceDocument d) {
        return d == null ? null : new SourceRef(d.id, d.title, d.issuingBody, d.publishedOn, d.kind, d.url);
    }
}
