package org.indicatortracker.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public dashboard's house rules, checked on its sources: one module calls fetch, every visible string goes
 * through t() with both languages, and the pages work under a Content-Security-Policy without inline scripts.
 * The planner workspace (frontend/workspace) has its own rules and is not checked here.
 */
class FrontendSourceTest {

    private static final Path FRONTEND = Path.of("frontend");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\uff01-\\uff5e\\u3000-\\u303f]");
    private static final Set<String> DICTIONARIES = Set.of("i18n.js", "method-text.js");

    private static List<Path> publicFiles(String suffix) {
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            return files.filter(f -> f.toString().endsWith(suffix))
                    .filter(f -> !FRONTEND.relativize(f).toString().startsWith("workspace")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Source without comments, so that a comment may mention fetch or a Chinese word. */
    private static String code(Path file) {
        return read(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").replaceAll("\\s//[^'\"\\n]*$", "");
    }

    /** A call of fetch itself (or window.fetch), not of a function whose name ends in "fetch". */
    private static final Pattern FETCH_CALL = Pattern.compile("(?<![\\w$])fetch\\s*\\(");

    @Test
    void onlyApiJsCallsFetch() {
        List<String> callers = publicFiles(".js").stream().filter(f -> FETCH_CALL.matcher(code(f)).find())
                .map(f -> FRONTEND.relativize(f).toString()).toList();
        assertEquals(List.of("js/api.js"), callers);
    }

    @Test
    void noVisibleChineseTextOutsideTheDictionaries() {
        List<String> offenders = new ArrayList<>();
        for (Path f : publicFiles(".js")) {
            if (DICTIONARIES.contains(f.getFileName().toString())) {
                continue;
            }
            String[] lines = code(f).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (CJK.matcher(lines[i]).find()) {
                    offenders.add(FRONTEND.relativize(f) + ": " + lines[i].trim());
                }
            }
        }
        assertTrue(offenders.isEmpty(), "Text must go through t(): " + offenders);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryLiteralKeyExists() {
        String i18n = read(FRONTEND.resolve("js/i18n.js")) + read(FRONTEND.resolve("js/method-text.js"));
        Set<String> zh = keys(block(read(FRONTEND.resolve("js/i18n.js")), "const zh = {"));
        Set<String> en = keys(block(read(FRONTEND.resolve("js/i18n.js")), "const en = {"));
        zh.addAll(keys(block(read(FRONTEND.resolve("js/method-text.js")), "zh: {")));
        en.addAll(keys(block(read(FRONTEND.resolve("js/method-text.js")), "en: {")));
        assertEquals(zh, en, "zh and en dictionaries differ");
        Set<String> missing = new TreeSet<>();
        Pattern use = Pattern.compile("\\bt\\('([a-zA-Z0-9_.]+)'[,)]");
        for (Path f : publicFiles(".js")) {
            Matcher m = use.matcher(read(f));
            while (m.find()) {
                if (!zh.contains(m.group(1))) {
                    missing.add(FRONTEND.relativize(f) + ": " + m.group(1));
                }
            }
        }
        for (Path f : publicFiles(".html")) {
            Matcher m = Pattern.compile("data-i18n=\"([^\"]+)\"").matcher(read(f));
            while (m.find()) {
                if (!zh.contains(m.group(1))) {
                    missing.add(FRONTEND.relativize(f) + ": " + m.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "No text for: " + missing + (i18n.isEmpty() ? "" : ""));
    }

    private static String block(String source, String start) {
        int from = source.indexOf(start);
        assertTrue(from >= 0, "no block " + start);
        int depth = 0;
        for (int i = source.indexOf('{', from); i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        throw new AssertionError("unclosed block " + start);
    }

    private static Set<String> keys(String block) {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*'([a-zA-Z0-9_.]+)':").matcher(block);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void pagesNeedNoInlineScriptsHandlersOrStyles() {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern style = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        for (Path f : publicFiles(".html")) {
            String html = read(f);
            assertTrue(!inlineScript.matcher(html).find(), f + " has an inline script");
            assertTrue(!handler.matcher(html).find(), f + " has an inline event handler");
            assertTrue(!style.matcher(html).find(), f + " has inline styles");
        }
        for (Path f : publicFiles(".js")) {
            String js = code(f);
            assertTrue(!js.contains("innerHTML") && !js.contains("insertAdjacentHTML") && !js.contains("eval("),
                    f + " builds markup from strings; use dom.js h()");
        }
    }

    @Test
    void thePublicPageNeverLoadsTheWorkspace() {
        for (Path f : publicFiles(".js")) {
            assertTrue(!read(f).contains("workspace/"), f + " refers to the planner workspace");
        }
        assertTrue(!read(FRONTEND.resolve("index.html")).contains("workspace/"));
    }
}
