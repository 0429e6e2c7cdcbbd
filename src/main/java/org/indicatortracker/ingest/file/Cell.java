package org.indicatortracker.ingest.file;

/**
 * One cell as read from the file. CSV cells are always {@link Kind#TEXT}; an .xlsx cell keeps what Excel stored,
 * so a formula or an error value can be refused instead of silently taking its cached result.
 *
 * @param text the text (TEXT), the number in plain notation (NUMBER, percent cells already ×100), an ISO date
 *             (DATE), the cached result (FORMULA) or the error code (ERROR)
 */
public record Cell(Kind kind, String text) {

    public enum Kind { TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR }

    public static Cell text(String text) {
        return new Cell(Kind.TEXT, text);
    }

    /** Empty text or number; a formula, error or boolean cell is never blank, whatever its cached value. */
    public boolean isBlank() {
        return (kind == Kind.TEXT || kind == Kind.NUMBER || kind == Kind.DATE) && (text == null || text.isBlank());
    }
}
