package org.annocorpus.preprocess.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Universal Dependencies POS tags (the English Web Treebank's conventions, which the pipeline's rules and the
 * OpenNLP lemmatizer read) for the Penn Treebank tags of one sentence. Most Penn tags map one to one; the
 * rest are decided by the word and the tag after it, as UD does: forms of "be", and of "have" and "do" before
 * a verb, are AUX; "that", "if", "because" and the like before a clause are SCONJ; "to" before a verb is PART;
 * "that" and "those" standing alone are PRON.
 */
public final class PennToUniversal {

    // the tagger's words have straight apostrophes (CoreNlpPosTagger.forTagger)
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
            "'m", "s", "re", "m");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having", "'ve", "'d", "ve", "d");
    private static final Set<String> DO = Set.of("do", "does", "did");
    /** Subordinators that introduce a clause wherever they stand. */
    private static final Set<String> SUBORDINATORS = Set.of("that", "if", "because", "whether", "although", "though",
            "while", "unless", "whereas", "lest", "once", "cause");
    /** Words that are prepositions before a noun phrase and subordinators before a clause. */
    private static final Set<String> PREPOSITION_OR_SUBORDINATOR = Set.of("as", "since", "before", "after", "until",
            "till", "so", "than", "like");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /** Pronouns Penn tags as nouns. */
    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("everyone", "everybody", "everything", "someone",
            "somebody", "something", "anyone", "anybody", "anything", "nobody", "nothing", "none", "no-one");

    private PennToUniversal() {
    }

    /** The UD tags of {@code words} tagged {@code penn}, one per word. */
    public static String[] map(List<String> words, List<String> penn) {
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = map(words, penn, i);
        }
        return out;
    }

    private static String map(List<String> words, List<String> penn, int i) {
        String tag = penn.get(i);
        String word = words.get(i).toLowerCase(Locale.ROOT);
        String next = i + 1 < penn.size() ? penn.get(i + 1) : "";
        switch (tag) {
            case "NN", "NNS":
                if (INDEFINITE_PRONOUNS.contains(word)) {
                    return "PRON";
                }
                return word.equals("%") ? "SYM" : "NOUN";
            case "NNP", "NNPS":
                return "PROPN";
            case "JJ", "JJR", "JJS":
                return "ADJ";
            case "RB", "RBR", "RBS":
                return word.equals("not") || word.equals("n't") ? "PART" : "ADV";
            case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
                return auxiliary(words, penn, i, word) ? "AUX" : "VERB";
            case "MD":
                return "AUX";
            case "DT":
                return DEMONSTRATIVES.contains(word) && !startsNounPhrase(next) ? "PRON" : "DET";
            case "PDT":
                return "DET";
            case "PRP", "PRP$", "WP", "WP$", "EX", "WDT":
                return "PRON";
            case "WRB":
                return "ADV";
            case "CD":
                return "NUM";
            case "CC":
                return "CCONJ";
            case "IN":
                if (SUBORDINATORS.contains(word)
                        || (PREPOSITION_OR_SUBORDINATOR.contains(word) && (next.equals("PRP") || next.equals("EX")))) {
                    return "SCONJ";
                }
                return "ADP";
            case "TO":
                return next.equals("VB") ? "PART" : "ADP";
            case "RP":
                return "ADP";
            case "POS":
                return "PART";
            case "UH":
                return "INTJ";
            case "FW", "LS":
                return "X";
            case "SYM", "$", "#":
                return "SYM";
            default:
                return "PUNCT"; // . , : `` '' -LRB- -RRB- and the rest
        }
    }

    /** "be" always; "have" and "do" when a verb follows, past adverbs, "not" and a subject ("did she say"). */
    private static boolean auxiliary(List<String> words, List<String> penn, int i, String word) {
        if (BE.contains(word)) {
            return !word.equals("s") || penn.get(i).equals("VBZ");
        }
        if (!HAVE.contains(word) && !DO.contains(word)) {
            return false;
        }
        for (int k = i + 1; k < penn.size() && k <= i + 4; k++) {
            String t = penn.get(k);
            if (t.startsWith("VB")) {
                return true;
            }
            if (!(t.startsWith("RB") || t.equals("PRP") || t.equals("NNP"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsNounPhrase(String tag) {
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD");
    }
}
