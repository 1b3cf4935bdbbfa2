package org.collectivization.gui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The classroom guide (docs/classroom.md, packed into the program) as the HTML the About tab shows.
 * The converter knows the little Markdown the guide uses: headings, paragraphs, bulleted and numbered
 * lists, tables, bold, italics, code and links.
 */
final class ClassroomGuide {
    static final String RESOURCE = "/org/collectivization/gui/classroom.md";

    private ClassroomGuide() {}

    static String markdown() {
        try (InputStream in = ClassroomGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "# Classroom guide\n\nThe guide is in docs/classroom.md.";
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "# Classroom guide\n\nThe guide could not be read (" + e.getMessage() + "); it is in docs/classroom.md.";
        }
    }

    static String html() {
        return toHtml(markdown());
    }

    static String toHtml(String md) {
        StringBuilder b = new StringBuilder("<html><head><style>"
                + "body { font-family: '" + Fonts.FAMILY + "', sans-serif; font-size: 15pt; margin: 6px; }"
                + "h1 { font-size: 21pt; } h2 { font-size: 18pt; margin-top: 14px; } h3 { font-size: 16pt; }"
                + "td, th { font-size: 14pt; padding: 2px 6px; border: 1px solid #999999; } th { background: #eeeeee; }"
                + "code, pre { font-family: monospace; font-size: 14pt; } pre { margin-left: 12px; }"
                + "</style></head><body>");
        List<String> paragraph = new ArrayList<>();
        String list = null;
        boolean table = false;
        boolean code = false;
        for (String raw : md.split("\n", -1)) {
            String line = raw.stripTrailing();
            String t = line.strip();
            if (t.startsWith("```")) {
                flush(b, paragraph);
                b.append(code ? "</pre>" : "<pre>");
                code = !code;
                continue;
            }
            if (code) {
                b.append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append('\n');
                continue;
            }
            boolean bullet = t.startsWith("- ") || t.startsWith("* ");
            boolean numbered = t.matches("\\d+\\.\\s.*");
            boolean row = t.startsWith("|");
            if (t.isEmpty() || t.startsWith("#") || bullet || numbered || row) flush(b, paragraph);
            if (list != null && !bullet && !numbered && !(t.length() > 0 && raw.startsWith("  "))) {
                b.append("</").append(list).append('>');
                list = null;
            }
            if (table && !row) {
                b.append("</table>");
                table = false;
            }
            if (t.isEmpty()) continue;
            if (t.startsWith("#")) {
                int level = 0;
                while (level < t.length() && t.charAt(level) == '#') level++;
                b.append("<h").append(level).append('>').append(inline(t.substring(level).strip())).append("</h").append(level).append('>');
            } else if (bullet || numbered) {
                String kind = bullet ? "ul" : "ol";
                if (!kind.equals(list)) {
                    if (list != null) b.append("</").append(list).append('>');
                    b.append('<').append(kind).append('>');
                    list = kind;
                }
                b.append("<li>").append(inline(bullet ? t.substring(2) : t.replaceFirst("^\\d+\\.\\s", ""))).append("</li>");
            } else if (row) {
                if (t.matches("\\|[\\s:|-]+\\|?")) continue;  // the header's underline
                String[] cells = t.replaceAll("^\\|", "").replaceAll("\\|$", "").split("\\|");
                String tag = table ? "td" : "th";
                if (!table) b.append("<table cellspacing='0'>");
                table = true;
                b.append("<tr>");
                for (String cell : cells) b.append('<').append(tag).append('>').append(inline(cell.strip())).append("</").append(tag).append('>');
                b.append("</tr>");
            } else if (list != null) {
                // a continuation line of a list item
                int end = b.lastIndexOf("</li>");
                b.insert(end, " " + inline(t));
            } else {
                paragraph.add(t);
            }
        }
        flush(b, paragraph);
        if (list != null) b.append("</").append(list).append('>');
        if (table) b.append("</table>");
        return b.append("</body></html>").toString();
    }

    private static void flush(StringBuilder b, List<String> paragraph) {
        if (paragraph.isEmpty()) return;
        b.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>");
        paragraph.clear();
    }

    static String inline(String s) {
        String e = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        e = e.replaceAll("`([^`]+)`", "<code>$1</code>");
        e = e.replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
        e = e.replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "<i>$1</i>");
        e = e.replaceAll("(?<!\\w)_([^_\\s][^_]*)_(?!\\w)", "<i>$1</i>");
        e = e.replaceAll("\\[([^\\]]+)\\]\\(([^)]+)\\)", "<a href=\"$2\">$1</a>");
        return e;
    }
}
