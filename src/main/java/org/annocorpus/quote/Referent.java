package org.annocorpus.quote;

import java.util.List;

/**
 * What a source mention stands for: one name, a group of coordinated sources, or a source that is no
 * named entity (a noun phrase such as "a senior European diplomat" or "the final report").
 */
record Referent(Kind kind, List<Member> members, boolean plural) {

    enum Kind { NAME, GROUP, NOMINAL }

    /**
     * One source: a name, or the tokens of a noun phrase without its determiners, {@code first} to its head
     * {@code last}; its speaker string runs to {@code end}, past the head where a post-modifier names whom
     * the person speaks for ("spokesman for Bernie Sanders").
     */
    record Member(TextModel.Name name, int first, int last, int end) {

        static Member of(TextModel.Name name) {
            return new Member(name, name.first(), name.last(), name.last());
        }

        static Member nominal(int first, int last) {
            return new Member(null, first, last, last);
        }

        boolean isName() {
            return name != null;
        }
    }

    static Referent name(TextModel.Name name) {
        return new Referent(Kind.NAME, List.of(Member.of(name)), false);
    }

    static Referent group(List<Member> members) {
        return new Referent(Kind.GROUP, List.copyOf(members), true);
    }

    static Referent nominal(int first, int last, boolean plural) {
        return new Referent(Kind.NOMINAL, List.of(Member.nominal(first, last)), plural);
    }

    /** A noun phrase {@code first} to {@code head} with a post-modifier that ends at {@code end}. */
    static Referent nominal(int first, int head, int end, boolean plural) {
        return new Referent(Kind.NOMINAL, List.of(new Member(null, first, head, end)), plural);
    }

    /** Entity type of a single name, or "" when it is none or untyped. */
    String nameType() {
        return kind == Kind.NAME ? members.get(0).name().type() : "";
    }
}
