package org.annocorpus.eval.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a reproducible fuzz corpus: invented news-like sentences, then per document one treatment:
 * random Unicode (emoji next to curly quotes and apostrophes, combining marks, right-to-left text,
 * line separators, control characters), quotation-heavy or number-heavy text, byte flips, truncations
 * and splices of the UTF-8 (which may make a file invalid: those are expected to be refused, not lost).
 * Usage: {@code FuzzCorpus DIR COUNT [SEED]}.
 */
public final class FuzzCorpus {

    private static final String[] WORDS = {"the", "minister", "said", "on", "Tuesday", "that", "government", "would",
        "spend", "more", "than", "expected", "according", "to", "officials", "in", "Riverton", "Ana", "Ruiz",
        "council", "reported", "percent", "million", "dollars", "about", "nearly", "told", "reporters", "China",
        "Lisbon", "Acme", "Corp.", "it", "was", "a", "very", "good", "deal", "he", "added", "she", "warned"};
    private static final String[] ODD = {"😀", "💞", "🇵🇹", "👩‍👩‍👧", "𝔸", "🙂", "\u0301", "e\u0301", "\u200F", "שלום",
        "مرحبا", "\u2028", "\u2029", "\u00A0", "\u200B", "\uFEFF", "\t", "\r\n", "\r", "中文", "ß", "İ", "\u0007",
        "\u0000", "\uFFFE", "“", "”", "‘", "’", "«", "»", "„", "\"", "'", "—", "…"};
    private static final String[] QUOTES = {"“", "”", "\"", "‘", "’", "«", "»", "„"};
    private static final String[] NUMBERS = {"3", "12.5", "1,000", "99999999", "2/3", "½", "15%", "$4.2 billion",
        "€300", "1990s", "2024", "-7", "3.14e5", "one", "twenty-five", "0.5 km", "40 tonnes", "£1m", "10:30", "#1",
        "1.2.3", "007", "٣", "１２"};

    private FuzzCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FuzzCorpus DIR COUNT [SEED]");
            System.exit(2);
        }
        int written = write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 17L);
        System.out.println("wrote " + written + " fuzz documents into " + args[0]);
    }

    /** Writes {@code count} documents {@code fuzz-NNNNN.txt} into {@code dir}. */
    public static int write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Files.write(dir.resolve(String.format(Locale.ROOT, "fuzz-%05d.txt", i)), document(random, i));
        }
        return count;
    }

    static byte[] document(Random random, int index) {
        String text = switch (index % 6) {
            case 0 -> mixed(random, ODD, 0.3);
            case 1 -> mixed(random, QUOTES, 0.4);
            case 2 -> mixed(random, NUMBERS, 0.35);
            default -> mixed(random, ODD, 0.1);
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (index % 6) {
            case 3 -> flip(random, bytes);
            case 4 -> Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
            case 5 -> splice(random, bytes, mixed(random, ODD, 0.3).getBytes(StandardCharsets.UTF_8));
            default -> bytes;
        };
    }

    private static String mixed(Random random, String[] odd, double oddShare) {
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + random.nextInt(12);
        for (int s = 0; s < sentences; s++) {
            int words = 1 + random.nextInt(25);
            for (int w = 0; w < words; w++) {
                if (w > 0 && random.nextInt(8) > 0) {
                    sb.append(' ');
                }
                if (random.nextDouble() < oddShare) {
                    sb.append(odd[random.nextInt(odd.length)]);
                } else {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                }
            }
            sb.append(random.nextInt(5) == 0 ? "!" : ".").append(random.nextInt(4) == 0 ? "\n" : " ");
        }
        return sb.toString();
    }

    private static byte[] flip(Random random, byte[] bytes) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
    }

    private static byte[] splice(Random random, byte[] a, byte[] b) {
        int cutA = random.nextInt(a.length + 1);
        int cutB = random.nextInt(b.length + 1);
        byte[] out = Arrays.copyOf(a, cutA + b.length - cutB);
        System.arraycopy(b, cutB, out, cutA, b.length - cutB);
        return out.length == 0 ? new byte[] {'x'} : out;
    }
}
