package org.annocorpus.eval;

/**
 * The counts behind one type's precision and recall under one mode. Credit is in half matches (a full
 * match 2, a partial one 1). Recall of a type is the credit of its gold annotations over their number;
 * precision the credit of its system annotations over theirs (in exact and partial mode a pair can have
 * two types, and each side counts for its own).
 */
public final class TypeCounts {

    long gold;
    long system;
    long goldCredit;
    long systemCredit;

    public long gold() {
        return gold;
    }

    public long system() {
        return system;
    }

    /** Matches credited to the gold annotations of this type (in matches, halves included). */
    public double goldMatches() {
        return goldCredit / 2.0;
    }

    /** Matches credited to the system annotations of this type. */
    public double systemMatches() {
        return systemCredit / 2.0;
    }

    public Prf prf() {
        return Prf.of(systemMatches(), system, goldMatches(), gold);
    }

    void add(TypeCounts other, long times) {
        gold += other.gold * times;
        system += other.system * times;
        goldCredit += other.goldCredit * times;
        systemCredit += other.systemCredit * times;
    }
}
