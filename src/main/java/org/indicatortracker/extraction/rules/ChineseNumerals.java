package org.indicatortracker.extraction.rules;

/** Chinese numerals (十九, 二十一, 一百零五, 两) and plain Arabic digits to int. */
final class ChineseNumerals {
    private ChineseNumerals() {
    }

    static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千';
    }

    static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default:
                return c >= '0' && c <= '9' ? c - '0' : -1;
        }
    }

    /** @return the value, or -1 when the string is not a numeral */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        boolean arabic = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                arabic = false;
                break;
            }
        }
        if (arabic) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int total = 0;
        int num = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                num = d;
            } else if (c == '十') {
                total += (num == 0 ? 1 : num) * 10;
                num = 0;
            } else if (c == '百') {
                total += num * 100;
                num = 0;
            } else if (c == '千') {
                total += num * 1000;
                num = 0;
            } else {
                return -1;
            }
        }
        return total + num;
    }
}
