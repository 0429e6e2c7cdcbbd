package org.indicatortracker.ingest.file;

import java.io.IOException;
import java.util.List;

/** Streams the rows of a table (CSV text or the first worksheet of an .xlsx) to a consumer, one at a time. */
interface TableReader {

    /** Receives each row in file order; {@code row} is the spreadsheet row number (1 = the first row). */
    interface RowConsumer {
        /** @return false to stop reading (a limit was reached) */
        boolean row(int row, List<Cell> cells);
    }

    /** @throws ImportFileException when the file cannot be read as a table at all */
    void read(RowConsumer consumer) throws IOException;

    /** The character encoding detected (CSV) or null (.xlsx). */
    String encoding();
}
