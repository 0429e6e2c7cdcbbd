package org.indicatortracker.extraction;

import static org.indicatortracker.support.WorkspaceSources.code;
import static org.indicatortracker.support.WorkspaceSources.dictionary;
import static org.indicatortracker.support.WorkspaceSources.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The review screen follows the workspace's rules: api.js is the only module that calls fetch, every visible string
 * comes from messages.js through t('key') or data-t, and both languages define every key the screen uses.
 */
class ExtractScreenTextTest {

    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @Test
    void onlyApiJsCallsFetch() throws IOException {
        for (String file : List.of("js/extract.js", "js/extract-model.js")) {
            assertTrue(!code(file).contains("fetch("), file + " calls fetch; api.js is the only module that may");
        }
    }

    @Test
    void everyKeyTheScreenUsesExistsInBothLanguages() throws IOException {
        Set<String> zh = dictionary("zh");
        Set<String> en = dictionary("en");
        assertTrue(zh.stream().filter(k -> k.startsWith("extract.")).count() > 60, "extraction keys read");
        List<String> used = new ArrayList<>();
        Matcher html = Pattern.compile("data-t(?:-label)?=\"([\\w.]+)\"").matcher(read("extract.html"));
        while (html.find()) {
            used.add(html.group(1));
        }
        Matcher js = Pattern.compile("\\bt\\('([\\w.]+)'").matcher(read("js/extract.js"));
        while (js.find()) {
            used.add(js.group(1));
        }
        // keys built from codes: t(`extract.kind.${k}`), t(`comparator.${c}`) ...
        for (String code : List.of("actual", "target")) {
            used.add("extract.kind." + code);
        }
        for (String code : List.of("accept", "reject")) {
            used.add("extract.decision." + code);
        }
        for (String code : List.of("above", "in_step")) {
            used.add("extract.relation." + code);
        }
        for (String code : List.of("eq", "around", "gte", "lte", "range", "relative", "qualitative")) {
            used.add("comparator." + code);
        }
        for (String code : List.of("estimate", "preliminary", "final", "revised")) {
            used.add("vintage." + code);
        }
        List<String> missing = used.stream().filter(k -> !zh.contains(k) || !en.contains(k)).distinct().toList();
        assertTrue(missing.isEmpty(), "keys without both translations: " + missing);
        assertEquals(zh.stream().filter(k -> k.startsWith("extract.")).toList(),
                en.stream().filter(k -> k.startsWith("extract.")).toList());
    }

    @Test
    void noChineseTextOutsideTheDictionary() throws IOException {
        for (String file : List.of("js/extract.js", "js/extract-model.js")) {
            List<String> lines = new ArrayList<>();
            for (String line : code(file).split("\n")) {
                boolean pattern = line.contains(".exec(") || line.contains(".test(");
                if (CJK.matcher(line).find() && !pattern) {
                    lines.add(line.trim());
                }
            }
            assertTrue(lines.isEmpty(), file + " has visible text outside t(): " + lines);
        }
        // in the page, Chinese text is only the fallback content of data-t elements
        for (String line : read("extract.html").split("\n")) {
            if (CJK.matcher(line).find() && !line.contains("<title>")) { // the title comes from body[data-title]
                assertTrue(line.contains("data-t="), "extract.html text outside data-t: " + line.trim());
            }
        }
    }
}
