package org.indicatortracker.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first worksheet of an .xlsx, streamed with POI's event API (SAX over the sheet XML; only the shared strings
 * and styles are held in memory). It reads what Excel and WPS write alike: shared or inline strings, cells with or
 * without {@code r} references, prefixed namespaces, strict OOXML. Formula and error cells are reported as such.
 * Numbers keep Excel's 15 significant digits; percent-formatted cells are ×100 (5.5% is stored as 0.055);
 * date-formatted cells become ISO dates.
 */
final class XlsxTable implements TableReader {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** Excel's last column, XFD. */
    private static final int MAX_COLUMN = 16383;

    static {
        // Guards against zip bombs: the defaults plus a cap on any one part (a 200,000-row sheet is far below).
        ZipSecureFile.setMaxEntrySize(1L << 30);
    }

    private final Path file;

    XlsxTable(Path file) {
        this.file = file;
    }

    @Override
    public String encoding() {
        return null;
    }

    @Override
    public void read(RowConsumer consumer) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg, true);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles;
            try {
                styles = reader.getStylesTable();
            } catch (Exception e) {
                styles = null; // no styles part: numbers stay plain
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException(RowError.file(Message.NO_SHEET));
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, styles, consumer));
                parser.parse(new InputSource(sheet));
            } catch (Stop stop) {
                // the consumer asked to stop
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception e) {
            // A damaged, encrypted or foreign package, a malformed sheet, a zip bomb: the file is at fault.
            throw new ImportFileException(RowError.file(Message.UNREADABLE_XLSX));
        }
    }

    /** Unwinds the SAX parse when the consumer has enough. */
    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final RowConsumer consumer;

        private int rowNumber;
        private List<Cell> cells;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineText;
        private int phoneticDepth;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowConsumer consumer) {
            this.strings = strings;
            this.styles = styles;
            this.consumer = consumer;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = local(localName, qName);
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : columnIndex(ref);
                    if (column < 0 || column > MAX_COLUMN) {
                        throw new IllegalStateException("cell reference out of range");
                    }
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "rPh" -> phoneticDepth++;
                case "t" -> inInlineText = phoneticDepth == 0;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = local(localName, qName);
            switch (name) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> phoneticDepth--;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(Cell.text(""));
                    }
                    if (column >= cells.size()) {
                        cells.add(cell());
                    } else {
                        cells.set(column, cell());
                    }
                }
                case "row" -> {
                    if (!consumer.row(rowNumber, cells)) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        private Cell cell() {
            String v = value.toString();
            if (formula) {
                return new Cell(Cell.Kind.FORMULA, v);
            }
            if (type == null || type.equals("n")) {
                return v.isEmpty() ? Cell.text("") : number(v);
            }
            return switch (type) {
                case "s" -> Cell.text(v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v.trim())).getString());
                case "inlineStr" -> Cell.text(inline.toString());
                case "str" -> Cell.text(v); // a formula's text result written without its formula
                case "b" -> new Cell(Cell.Kind.BOOLEAN, v);
                case "e" -> new Cell(Cell.Kind.ERROR, v);
                case "d" -> new Cell(Cell.Kind.DATE, v.length() >= 10 ? v.substring(0, 10) : v);
                default -> Cell.text(v);
            };
        }

        private Cell number(String raw) {
            BigDecimal number;
            try {
                number = new BigDecimal(raw.trim());
            } catch (NumberFormatException e) {
                return Cell.text(raw);
            }
            XSSFCellStyle cellStyle = styleOf();
            if (cellStyle != null) {
                String format = cellStyle.getDataFormatString();
                if (format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format)
                        && DateUtil.isValidExcelDate(number.doubleValue())) {
                    LocalDateTime date = DateUtil.getLocalDateTime(number.doubleValue());
                    return new Cell(Cell.Kind.DATE, date.toLocalDate().toString());
                }
                if (format != null && format.replaceAll("\"[^\"]*\"", "").contains("%")) {
                    number = number.movePointRight(2);
                }
            }
            BigDecimal rounded = number.round(EXCEL_PRECISION).stripTrailingZeros();
            return new Cell(Cell.Kind.NUMBER, rounded.toPlainString());
        }

        private XSSFCellStyle styleOf() {
            if (styles == null || style == null || style.isEmpty()) {
                return null;
            }
            try {
                int index = Integer.parseInt(style.trim());
                return index < styles.getNumCellStyles() ? styles.getStyleAt(index) : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** "AB12" → 27 (0-based). */
        private static int columnIndex(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    col = col * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    col = col * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
                if (col > MAX_COLUMN + 1) {
                    return Integer.MAX_VALUE;
                }
            }
            return col - 1;
        }

        private static String local(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}
