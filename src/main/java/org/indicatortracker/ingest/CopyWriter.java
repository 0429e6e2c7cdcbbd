package org.indicatortracker.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL's {@code COPY ... FROM STDIN} in text format, in chunks, so a 100,000-row import
 * is one COPY statement and never one string in memory.
 */
final class CopyWriter implements AutoCloseable {

    private static final int CHUNK = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private boolean firstField = true;
    private long rows;

    CopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    CopyWriter field(Object value) {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\t' -> buffer.append("\\t");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    void endRow() throws IOException {
        buffer.append('\n');
        firstField = true;
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    private void flush() throws IOException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        buffer.setLength(0);
    }

    /** Ends the COPY; returns the rows the database took. */
    long finish() throws IOException, java.sql.SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws java.sql.SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    long rows() {
        return rows;
    }
}
