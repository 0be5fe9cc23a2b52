package org.annocorpus.eval.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A table rendered as aligned plain text or as Markdown; label columns align left, figures right. */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private int leftAligned = 1;

    public Table(String... header) {
        this.header = List.of(header);
    }

    /** The first {@code columns} columns are aligned left in text (labels); the rest right (figures). */
    public Table leftAligned(int columns) {
        this.leftAligned = columns;
        return this;
    }

    public Table row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public Table row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row of " + cells.size() + " cells in a table of " + header.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Each line starts with {@code indent}; columns are separated by two spaces. */
    public String toText(String indent) {
        int[] widths = new int[header.size()];
        for (List<String> line : allLines()) {
            for (int c = 0; c < line.size(); c++) {
                widths[c] = Math.max(widths[c], length(line.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : allLines()) {
            StringBuilder text = new StringBuilder(indent);
            for (int c = 0; c < line.size(); c++) {
                String cell = line.get(c);
                String pad = " ".repeat(widths[c] - length(cell));
                text.append(c < leftAligned ? cell + pad : pad + cell);
                if (c < line.size() - 1) {
                    text.append("  ");
                }
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append(markdownLine(header));
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < header.size(); c++) {
            rule.append(c < leftAligned ? "---|" : "---:|");
        }
        out.append(rule).append('\n');
        for (List<String> row : rows) {
            out.append(markdownLine(row));
        }
        return out.toString();
    }

    private List<List<String>> allLines() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        return lines;
    }

    private static String markdownLine(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(escape(cell)).append(" |");
        }
        return line.append('\n').toString();
    }

    /** Markdown table cells cannot hold a bare pipe or a line break. */
    static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
