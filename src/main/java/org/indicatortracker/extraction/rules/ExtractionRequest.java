package org.indicatortracker.extraction.rules;

/**
 * Text to extract from. {@code regionCode} and {@code reportYear} are optional: when null they are inferred from the
 * text (header date / review heading, region names in the header).
 */
public record ExtractionRequest(String text, String regionCode, Integer reportYear) {
    public ExtractionRequest(String text) {
        this(text, null, null);
    }
}
