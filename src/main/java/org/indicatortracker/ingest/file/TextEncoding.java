package org.indicatortracker.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the encoding of a CSV file. Chinese Excel and WPS save "CSV" in the system code page (GBK, which GB18030
 * contains) without a byte-order mark; "CSV UTF-8" has one. The rule:
 * <ol>
 *   <li>a byte-order mark decides (UTF-8, UTF-16 LE/BE, GB18030);</li>
 *   <li>otherwise the whole file is checked as strict UTF-8, then as strict GB18030: the first that decodes
 *       every byte wins (text in GBK is practically never valid UTF-8, so the order is safe);</li>
 *   <li>if neither decodes, the file is refused, naming the line where decoding failed.</li>
 * </ol>
 * The check streams the file (constant memory); it reads it once more than parsing does, which costs little.
 */
public final class TextEncoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** @param bomLength bytes to skip before the text */
    public record Detected(Charset charset, int bomLength, String name) {
    }

    private TextEncoding() {
    }

    public static Detected detect(Path file) throws IOException {
        Detected marked = byteOrderMark(file);
        if (marked != null) {
            // A mark names the encoding, but the bytes after it must still decode.
            long failure = firstUndecodable(file, marked.charset(), marked.bomLength());
            if (failure >= 0) {
                throw undecodable(file, failure);
            }
            return marked;
        }
        long utf8Failure = firstUndecodable(file, StandardCharsets.UTF_8, 0);
        if (utf8Failure < 0) {
            return new Detected(StandardCharsets.UTF_8, 0, "UTF-8");
        }
        long gbFailure = firstUndecodable(file, GB18030, 0);
        if (gbFailure < 0) {
            return new Detected(GB18030, 0, "GB18030");
        }
        // The encoding that got further is the likelier one; report where it broke.
        throw undecodable(file, Math.max(utf8Failure, gbFailure));
    }

    private static Detected byteOrderMark(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
        }
        if (n >= 4 && (head[0] & 0xFF) == 0x84 && (head[1] & 0xFF) == 0x31 && (head[2] & 0xFF) == 0x95 && (head[3] & 0xFF) == 0x33) {
            return new Detected(GB18030, 4, "GB18030 (BOM)");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
        }
        return null;
    }

    private static ImportFileException undecodable(Path file, long offset) throws IOException {
        return new ImportFileException(RowError.of(lineOf(file, offset), null, Message.UNDECODABLE, null, null));
    }

    /** The byte offset of the first sequence the charset cannot decode, or -1 when the whole file decodes. */
    static long firstUndecodable(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long consumed = skip;
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skip);
            boolean eof = false;
            while (!eof) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                if (read < 0) {
                    eof = true;
                } else {
                    in.position(in.position() + read);
                }
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, eof);
                consumed += in.position() - before;
                if (result.isError()) {
                    return consumed;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            CoderResult end = decoder.flush(out);
            if (end.isError() || in.hasRemaining()) {
                return consumed;
            }
        } catch (CharacterCodingException e) {
            return consumed;
        }
        return -1;
    }

    /** 1-based line of a byte offset: in UTF-8 and GB18030 the byte 0x0A only ever means a line break. */
    private static int lineOf(Path file, long offset) throws IOException {
        int line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            long pos = 0;
            int r;
            while (pos < offset && (r = in.read(buf)) > 0) {
                for (int i = 0; i < r && pos < offset; i++, pos++) {
                    if (buf[i] == '\n') {
                        line++;
                    }
                }
            }
        }
        return line;
    }
}
