package org.indicatortracker.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of an uploaded report: a .txt file in UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, or GB18030 (which includes GBK and GB2312, the usual encodings of Chinese government sites); or a
 * .docx document, one line per paragraph (table cells included, in reading order).
 */
final class ReportText {

    static final Charset GB18030 = Charset.forName("GB18030");

    static {
        // A .docx is a zip: refuse entries that would inflate beyond any real report (zip bombs).
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private ReportText() {
    }

    /** The kinds of file we read. */
    enum Format { TXT, DOCX }

    /** Thrown for a file that is not a readable .txt or .docx; the message says what to do. */
    static final class Unreadable extends Exception {
        final boolean unsupported;

        Unreadable(String message, boolean unsupported) {
            super(message, null, false, false);
            this.unsupported = unsupported;
        }
    }

    /** Decides the format from the file's first bytes and name; .doc, .pdf and others are refused with advice. */
    static Format format(String fileName, byte[] bytes) throws Unreadable {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (zip && (name.endsWith(".docx") || !name.contains("."))) {
            return Format.DOCX;
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || (!name.contains(".") && !zip && !looksBinary(bytes))) {
            return Format.TXT;
        }
        if (name.endsWith(".docx")) {
            throw new Unreadable("The file is named .docx but is not a Word document. Save it again as .docx, or as .txt.", false);
        }
        if (name.endsWith(".doc") || name.endsWith(".wps") || name.endsWith(".pdf") || name.endsWith(".rtf")) {
            throw new Unreadable("Only .txt and .docx files can be read. Save the report as .docx (Word 2007 or later) or "
                    + "as plain text (.txt), or paste its text.", true);
        }
        throw new Unreadable("Only .txt and .docx files can be read; '" + printable(fileName) + "' is neither.", true);
    }

    static String read(String fileName, byte[] bytes, int maxChars) throws Unreadable {
        return format(fileName, bytes) == Format.DOCX ? docx(bytes, maxChars) : txt(bytes);
    }

    /** UTF-8 (BOM optional), UTF-16 with BOM, else GB18030. */
    static String txt(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return clean(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return clean(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return clean(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        }
        try {
            // strict: a GB18030 file is almost never valid UTF-8, so a decoding error means it is not UTF-8
            return clean(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
            return clean(new String(b, GB18030));
        }
    }

    static String docx(byte[] bytes, int maxChars) throws Unreadable {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                append(sb, element);
                if (sb.length() > maxChars) {
                    break; // the caller reports the size; no need to read the rest
                }
            }
            return clean(sb.toString());
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("The file could not be read as a .docx document. Open it in Word or WPS and save it "
                    + "again as .docx, or save it as .txt.", false);
        }
    }

    private static void append(StringBuilder sb, IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            sb.append(p.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(sb, inner);
                    }
                }
            }
        }
    }

    /** Line ends as \n, no NUL or other control characters except tab and line feed; no trailing blank lines. */
    static String clean(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F) {
                sb.append(c);
            } else if (c == '\u000B') {
                sb.append('\n'); // a manual line break in Word
            }
        }
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 512);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String raw) {
        if (raw == null) {
            return "";
        }
        String shown = raw.length() > 60 ? raw.substring(0, 60) + "…" : raw;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
