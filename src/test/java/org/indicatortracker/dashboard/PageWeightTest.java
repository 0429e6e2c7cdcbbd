package org.indicatortracker.dashboard;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The public page's weight budget: everything index.html loads (its CSS, the module graph of js/app.js and
 * Chart.js from the WebJar) must stay within 150 KB gzip, and our own part within 80 KB. The same numbers are
 * printed by scripts/bench/page-weight.sh and recorded in docs/dashboard.md.
 */
class PageWeightTest {

    static final int BUDGET = 150 * 1024;
    static final int OURS = 80 * 1024;
    private static final Path FRONTEND = Path.of("frontend");
    private static final Pattern REFS = Pattern.compile("<(?:script|link)[^>]*?(?:src|href)=\"([^\"]+\\.(?:js|css))\"");
    private static final Pattern IMPORTS = Pattern.compile("(?:import|export)\\s[^'\"]*?from\\s*'([^']+)'|import\\(\\s*'([^']+)'\\s*\\)");

    /** Every file the public page loads, with its gzip size. */
    static Map<String, Integer> publicPage() throws IOException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("index.html", gzip(Files.readAllBytes(FRONTEND.resolve("index.html"))));
        Deque<String> modules = new ArrayDeque<>();
        Matcher refs = REFS.matcher(Files.readString(FRONTEND.resolve("index.html")));
        while (refs.find()) {
            String ref = refs.group(1);
            if (ref.startsWith("/webjars/chart.js/")) {
                sizes.put("chart.js " + chartJsVersion() + " (WebJar)", gzip(chartJs(ref)));
            } else if (ref.endsWith(".js")) {
                modules.add(ref);
            } else {
                sizes.put(ref, gzip(Files.readAllBytes(FRONTEND.resolve(ref))));
            }
        }
        while (!modules.isEmpty()) {
            String module = Path.of(modules.poll()).normalize().toString();
            if (sizes.containsKey(module)) {
                continue;
            }
            String source = Files.readString(FRONTEND.resolve(module));
            sizes.put(module, gzip(source.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Matcher m = IMPORTS.matcher(source);
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                modules.add(Path.of(module).resolveSibling(target).normalize().toString());
            }
        }
        return sizes;
    }

    static String chartJsVersion() throws IOException {
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    private static byte[] chartJs(String ref) throws IOException {
        String path = "META-INF/resources/webjars/chart.js/" + chartJsVersion() + ref.substring("/webjars/chart.js".length());
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String path) {
        InputStream in = PageWeightTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, "not on the classpath: " + path);
        return in;
    }

    static int gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    @Test
    void thePublicPageStaysWithin150KilobytesGzipWithChartJs() throws IOException {
        Map<String, Integer> sizes = publicPage();
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        int ours = sizes.entrySet().stream().filter(e -> !e.getKey().startsWith("chart.js")).mapToInt(Map.Entry::getValue).sum();
        StringBuilder report = new StringBuilder();
        sizes.forEach((file, size) -> report.append(String.format("%-40s %8.1f KB%n", file, size / 1024.0)));
        report.append(String.format("%-40s %8.1f KB%n%-40s %8.1f KB%n", "ours (HTML, CSS, JS)", ours / 1024.0, "total", total / 1024.0));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "page-weight.txt"), report);
        assertTrue(sizes.keySet().stream().anyMatch(k -> k.startsWith("chart.js")), "index.html loads Chart.js from the WebJar");
        assertTrue(sizes.keySet().stream().noneMatch(k -> k.contains("workspace")), "the public page loads a workspace module");
        assertTrue(ours <= OURS, "our part of the public page is " + ours / 1024 + " KB gzip, over " + OURS / 1024 + " KB:\n" + report);
        assertTrue(total <= BUDGET, "the public page is " + total / 1024 + " KB gzip, over " + BUDGET / 1024 + " KB:\n" + report);
    }
}
