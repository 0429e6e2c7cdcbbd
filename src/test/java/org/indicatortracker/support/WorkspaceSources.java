package org.indicatortracker.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the workspace's front-end sources (frontend/workspace) for tests of its house rules. */
public final class WorkspaceSources {

    public static final Path WORKSPACE = Path.of("frontend", "workspace");
    private static final Pattern KEY = Pattern.compile("^\\s+'([\\w.]+)':", Pattern.MULTILINE);

    private WorkspaceSources() {
    }

    public static String read(String relative) throws IOException {
        return Files.readString(WORKSPACE.resolve(relative));
    }

    /** Source without comments, so that a comment may mention fetch or a Chinese word. */
    public static String code(String relative) throws IOException {
        return read(relative).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    /** The keys of one language ("zh" or "en") of messages.js. */
    public static Set<String> dictionary(String language) throws IOException {
        String source = read("js/messages.js");
        int start = source.indexOf("\n  " + language + ": {");
        int end = source.indexOf("\n  },", start);
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY.matcher(source.substring(start, end));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
