package org.annocorpus.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Document ids from file names. The id names the XMI file and appears in XML, so it holds no control
 * character, no path separator and no character a file name could not be decoded into; a long name is
 * shortened and keeps a hash of the whole, so that {@code ID.xmi} and its temporary file stay under the
 * 255-byte limit of file names. Two files whose ids are equal, ignoring case (a case-insensitive file
 * system would write one XMI over the other), are an error naming both.
 */
public final class DocumentIds {

    /** Bytes of UTF-8 an id may take: room is left for ".xmi" and the temporary file's affixes. */
    static final int MAX_ID_BYTES = 200;
    private static final int KEPT_BYTES = 180;

    private DocumentIds() {
    }

    /** The id of a file: its name without the last extension, made safe. */
    public static String of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return sanitise(dot > 0 ? name.substring(0, dot) : name);
    }

    static String sanitise(String raw) {
        StringBuilder id = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> id.appendCodePoint(safe(cp) ? cp : '_'));
        String clean = id.toString();
        if (clean.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) {
            return clean;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < clean.length();) {
            int cp = clean.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > KEPT_BYTES) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept + "-" + sha256(raw).substring(0, 12);
    }

    private static boolean safe(int cp) {
        return !Character.isISOControl(cp) && cp != '/' && cp != '\\' && cp != 0xFFFD
                && Character.getType(cp) != Character.SURROGATE && Character.getType(cp) != Character.UNASSIGNED
                && cp != 0x2028 && cp != 0x2029;
    }

    /** For each file whose id another file also has, the problem naming the other file(s). */
    public static Map<Path, String> collisions(List<Path> files) {
        Map<String, List<Path>> byId = new LinkedHashMap<>();
        for (Path file : files) {
            byId.computeIfAbsent(of(file).toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(file);
        }
        Map<Path, String> problems = new LinkedHashMap<>();
        for (List<Path> same : byId.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Path file : same) {
                List<String> others = same.stream().filter(p -> p != file).map(Path::toString).toList();
                problems.put(file, "its document id '" + of(file) + "' is also the id of " + String.join(", ", others)
                        + " (ids come from file names, ignoring case): rename one of them");
            }
        }
        return problems;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
