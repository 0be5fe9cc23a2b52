package org.annocorpus.scheme;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.annocorpus.util.TsvResource;

/**
 * The titles, honorifics and ranks written before a person's name, which the scheme keeps out of names,
 * Source spans and speakers: the one list ({@code org/annocorpus/scheme/titles.tsv}) that the recogniser
 * and the quotation extractor read, each the kinds it needs.
 */
public final class Titles {

    /** What a listed word is. */
    public enum Kind {
        /** A courtesy title ("Mr.", "Dame"): what follows is a person. */
        HONORIFIC,
        /** An office, rank or calling that stands alone before a name ("Senator", "Gen.", "Pastor"). */
        TITLE,
        /** A word that makes a title with the title after it, not alone ("Vice", "Prime", "Deputy"). */
        PART,
        /** A military rank word found only in compounds ("Brigadier-General", "Rear Admiral"). */
        RANK
    }

    private record Entry(String form, Kind kind) {
    }

    private static final List<Entry> ENTRIES = read();

    private Titles() {
    }

    /** The listed forms of these kinds, as written (case kept, full stops kept). */
    public static Set<String> forms(Kind... kinds) {
        Set<Kind> wanted = EnumSet.copyOf(Arrays.asList(kinds));
        return ENTRIES.stream().filter(e -> wanted.contains(e.kind())).map(Entry::form)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The listed forms of these kinds in lower case, for readers that ignore case. */
    public static Set<String> lowerCaseForms(Kind... kinds) {
        return forms(kinds).stream().map(form -> form.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<Entry> read() {
        String path = "/org/annocorpus/scheme/titles.tsv";
        return TsvResource.rows(path, 2).stream().map(row -> {
            String kind = row.fields()[1].strip();
            try {
                return new Entry(row.fields()[0].strip(), Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(path + ":" + row.line() + ": unknown kind \"" + kind + "\"", e);
            }
        }).toList();
    }
}
