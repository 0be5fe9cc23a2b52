package org.annocorpus.util;

import java.util.HashSet;
import java.util.Set;

/** Set helpers for the project's word lists, which are built from several smaller ones. */
public final class Sets {

    private Sets() {
    }

    /** An unmodifiable set of the members of both sets. */
    public static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
