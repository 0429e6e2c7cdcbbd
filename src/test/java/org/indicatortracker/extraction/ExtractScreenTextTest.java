package org.indicatortracker.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The review screen has no hard-coded visible text: every string comes from the i18n module through t('key') or
 * data-i18n, and both languages define every key that is used.
 */
class ExtractScreenTextTest {

    static final Path WORKSPACE = Path.of("frontend", "workspace");
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    static final Pattern KEY_IN_DICTIONARY = Pattern.compile("^\\s+'([\\w.]+)':", Pattern.MULTILINE);

    static String read(String relative) throws IOException {
        return Files.readString(WORKSPACE.resolve(relative));
    }

    static Set<String> dictionary(String source, String name) {
        int start = source.indexOf("const " + name + " = {");
        int end = source.indexOf("\n};", start);
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY_IN_DICTIONARY.matcher(source.substring(start, end));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void bothLanguagesDefineTheSameKeys() throws IOException {
        String i18n = read("js/extract-i18n.js");
        Set<String> zh = dictionary(i18n, "zh");
        Set<String> en = dictionary(i18n, "en");
        assertTrue(zh.size() > 50, "dictionary read: " + zh.size());
        assertEquals(zh, en);
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> zh = dictionary(read("js/extract-i18n.js"), "zh");
        List<String> missing = new ArrayList<>();
        Matcher html = Pattern.compile("data-i18n=\"([\\w.]+)\"").matcher(read("extract.html"));
        while (html.find()) {
            if (!zh.contains(html.group(1))) {
                missing.add(html.group(1));
            }
        }
        Matcher js = Pattern.compile("\\bt\\('([\\w.]+)'").matcher(read("js/extract.js"));
        while (js.find()) {
            if (!zh.contains(js.group(1))) {
                missing.add(js.group(1));
            }
        }
        // keys built from codes: t(`kind.${k}`), t(`comparator.${c}`) ...
        for (String prefix : List.of("kind.actual", "kind.target", "comparator.eq", "comparator.around", "comparator.gte",
                "comparator.lte", "comparator.range", "comparator.relative", "comparator.qualitative", "vintage.estimate",
                "vintage.preliminary", "vintage.final", "vintage.revised", "decision.accept", "decision.reject",
                "relation.above", "relation.in_step")) {
            if (!zh.contains(prefix)) {
                missing.add(prefix);
            }
        }
        assertTrue(missing.isEmpty(), "keys without a translation: " + missing);
    }

    @Test
    void noChineseTextOutsideTheDictionaries() throws IOException {
        for (String file : List.of("js/extract.js", "js/extract-api.js", "js/extract-model.js")) {
            List<String> lines = new ArrayList<>();
            for (String line : read(file).split("\n")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("//") || trimmed.startsWith("/*") || trimmed.startsWith("*")) {
                    continue; // comments
                }
                String code = line.replaceAll("//.*$", "");
                boolean pattern = code.contains(".exec(") || code.contains(".test(");
                if (CJK.matcher(code).find() && !pattern) {
                    lines.add(line.trim());
                }
            }
            assertTrue(lines.isEmpty(), file + " has visible text outside t(): " + lines);
        }
        // in the page, Chinese text appears only as the fallback content of data-i18n elements
        for (String line : read("extract.html").split("\n")) {
            if (CJK.matcher(line).find()) {
                assertTrue(line.contains("data-i18n="), "extract.html text outside data-i18n: " + line.trim());
            }
        }
    }
}
