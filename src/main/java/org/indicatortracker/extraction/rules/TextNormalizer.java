package org.indicatortracker.extraction.rules;

/**
 * Width normalisation that keeps every character at its offset (one char in, one char out), so positions found in
 * the normalised text are positions in the original text.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = map(c[i]);
        }
        return new String(c);
    }

    static char map(char ch) {
        if (ch >= '\uFF01' && ch <= '\uFF5E') {
            return (char) (ch - 0xFEE0); // full-width ASCII: digits, letters, ％．，：；（）～－＋
        }
        switch (ch) {
            case '\u3000':
            case '\u00A0':
            case '\t':
                return ' ';
            case '\u2212': // minus sign
            case '\u2013': // en dash
            case '\uFE63':
            case '\u2010':
            case '\u2011':
                return '-';
            case '\u301C': // wave dash
            case '\u223C':
                return '~';
            case '\uFE6A':
                return '%';
            case '\uFF64':
                return '\u3001'; // half-width ideographic comma
            case '\uFF61':
                return '\u3002';
            case '\r':
                return '\n';
            default:
                return ch;
        }
    }
}
