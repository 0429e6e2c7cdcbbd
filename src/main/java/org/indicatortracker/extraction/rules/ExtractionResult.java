package org.indicatortracker.extraction.rules;

import java.util.List;

/** What the extractor found: the report year and region (given or inferred, null when unknown) and the statements in text order. */
public record ExtractionResult(Integer reportYear, String region, List<ExtractedStatement> statements) {
    public ExtractionResult {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }
}
