package org.indicatortracker.ingest.file;

/** The file cannot be read as a table at all (not decodable, not a workbook, malformed CSV). */
public class ImportFileException extends RuntimeException {

    private final transient RowError error;

    public ImportFileException(RowError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    public RowError error() {
        return error;
    }
}
