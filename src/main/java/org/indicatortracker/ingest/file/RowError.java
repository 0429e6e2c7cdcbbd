package org.indicatortracker.ingest.file;

import java.util.Locale;

/**
 * One problem of an import file, with its message in both languages.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's header as the file names it (or the template's header when it is missing); null
 *               when the problem is about the whole row or file
 * @param code a stable code for tools, e.g. {@code not_a_number}
 */
public record RowError(int row, String column, String code, String zh, String en) {

    public static RowError of(int row, String column, Message message, Object value, Object detail) {
        return new RowError(row, column, message.code(), message.format(Locale.SIMPLIFIED_CHINESE, value, detail),
                message.format(Locale.ENGLISH, value, detail));
    }

    public static RowError file(Message message) {
        return of(0, null, message, null, null);
    }

    public String text(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }
}
