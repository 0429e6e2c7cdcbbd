package org.indicatortracker.workspace;

import static org.indicatortracker.support.WorkspaceSources.WORKSPACE;
import static org.indicatortracker.support.WorkspaceSources.code;
import static org.indicatortracker.support.WorkspaceSources.dictionary;
import static org.indicatortracker.support.WorkspaceSources.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of every workspace module and page: api.js alone calls fetch, visible text comes from messages.js
 * through t('key') (or data-t in the pages) in both languages, and no page needs inline script, handlers or styles.
 */
class WorkspaceSourceTest {

    private static final Pattern FETCH_CALL = Pattern.compile("(?<![\\w$])fetch\\s*\\(");
    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");

    private static List<String> files(String folder, String suffix) throws IOException {
        try (Stream<java.nio.file.Path> list = Files.list(WORKSPACE.resolve(folder))) {
            return list.map(p -> folder + p.getFileName()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void onlyApiJsCallsFetch() throws IOException {
        List<String> callers = new ArrayList<>();
        for (String file : files("js/", ".js")) {
            if (FETCH_CALL.matcher(code(file)).find()) {
                callers.add(file);
            }
        }
        assertEquals(List.of("js/api.js"), callers);
    }

    @Test
    void noChineseTextOutsideTheDictionary() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String file : files("js/", ".js")) {
            if (file.equals("js/messages.js")) {
                continue;
            }
            for (String line : code(file).split("\n")) {
                boolean pattern = line.contains(".exec(") || line.contains(".test(");
                if (HAN.matcher(line).find() && !pattern) {
                    offenders.add(file + ": " + line.trim());
                }
            }
        }
        assertTrue(offenders.isEmpty(), "text outside t(): " + offenders);
    }

    @Test
    void bothLanguagesDefineTheSameKeysAndEveryKeyUsed() throws IOException {
        Set<String> zh = dictionary("zh");
        assertEquals(zh, dictionary("en"), "zh and en dictionaries differ");
        Set<String> missing = new TreeSet<>();
        Pattern use = Pattern.compile("\\bt\\('([\\w.]+)'[,)]");
        for (String file : files("js/", ".js")) {
            Matcher m = use.matcher(code(file));
            while (m.find()) {
                if (!zh.contains(m.group(1))) {
                    missing.add(file + ": " + m.group(1));
                }
            }
        }
        for (String page : files("", ".html")) {
            Matcher m = Pattern.compile("data-t(?:-label)?=\"([\\w.]+)\"").matcher(read(page));
            while (m.find()) {
                if (!zh.contains(m.group(1))) {
                    missing.add(page + ": " + m.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "no text for: " + missing);
    }

    @Test
    void pagesNeedNoInlineScriptsHandlersOrStyles() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        for (String page : files("", ".html")) {
            assertTrue(!inline.matcher(read(page)).find(), page + " has inline script, handlers or styles");
        }
        for (String file : files("js/", ".js")) {
            assertTrue(!code(file).contains("innerHTML") && !code(file).contains("eval("), file + " builds markup from strings");
        }
    }
}
