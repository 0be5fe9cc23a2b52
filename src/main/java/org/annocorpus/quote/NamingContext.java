package org.annocorpus.quote;

import static org.annocorpus.util.Sets.union;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annocorpus.quote.TextModel.Tok;

/**
 * Tells marks that only name something (known as the "Lima Group", so-called "safe zone", a book titled "...")
 * from marks that reproduce someone's words. Marks that name are not quotations by the scheme.
 *
 * <p>The cues are general: a naming phrase right before the marks; a definition right after them
 * (", referring to ..."); and two shapes in a sentence that has no reporting verb at all: an
 * indefinite article right before the marks (a "mutual defense pact": a kind of thing), or quoted
 * words that open the sentence's subject (The new "joint task unit" will ...).
 */
final class NamingContext {

    /** Words that, right before the marks (a determiner may come between), present a name or term. */
    private static final List<List<String>> NAMING_BEFORE = List.of(List.of("known", "as"), List.of("so-called"),
            List.of("so", "called"), List.of("so", "-", "called"), List.of("referred", "to", "as"), List.of("dubbed"), List.of("nicknamed"),
            List.of("termed"), List.of("titled"), List.of("entitled"), List.of("named"), List.of("also", "called"),
            List.of("code-named"), List.of("codenamed"), List.of("hashtag"));

    /** Kinds of works, named by a title. */
    private static final Set<String> WORKS = Set.of("book", "film", "movie", "song", "album", "documentary", "novel",
            "poem", "podcast", "series", "show");

    /** Nouns that, right before the marks, say that what follows is a name, a title or a term. */
    private static final Set<String> NAMING_NOUNS = union(WORKS, Set.of("word", "words", "term", "phrase",
            "expression", "slogan", "motto", "hashtag", "title", "nickname", "moniker", "label", "codename", "episode",
            "play", "essay", "newsletter", "programme", "operation"));

    /**
     * Kinds of works whose title may follow after a comma ("his new book, “...”"); not "episode", as often an
     * event ("said of the episode, “...”").
     */
    private static final Set<String> WORK_NOUNS = union(WORKS, Set.of("memoir", "biography", "musical", "opera"));

    /** What, right after the marks, defines the words just quoted. */
    private static final List<List<String>> DEFINING_AFTER = List.of(List.of(",", "referring", "to"),
            List.of("referring", "to"), List.of(",", "which", "refers", "to"), List.of("refers", "to"),
            List.of(",", "meaning"), List.of(",", "which", "means"), List.of("stands", "for"),
            List.of(",", "as", "it", "is", "known"), List.of(",", "as", "it", "is", "called"));

    private final TextModel m;
    private final Phrases phrases;

    NamingContext(TextModel model) {
        this.m = model;
        this.phrases = new Phrases(model);
    }

    /** Whether the marks of quotation {@code q} (of the model's current quotations) only name something. */
    boolean onlyNames(int q) {
        QuoteSpan span = m.quotes().get(q);
        int open = firstToken(q);
        int close = lastToken(q);
        if (open < 0) {
            return false;
        }
        int before = open - 1;
        if (before >= 0 && m.narrative(before) && phrases.determiner(before)) {
            before--;
        }
        for (List<String> cue : NAMING_BEFORE) {
            if (endsWith(before, cue)) {
                return true;
            }
        }
        boolean headline = m.headline(m.paragraphOf[open]);
        // single marks are a headline's quotation marks ("Refuses to Use the Words ‘...’")
        if (before >= 0 && m.narrative(before) && NAMING_NOUNS.contains(m.tok(before).lower()) && before == open - 1
                && (!span.single() || headline)) {
            return true;
        }
        // a work set off by a comma after its kind: "Mr. King's show, ''Politicking.''" (not "the words, “...”",
        // which may quote who used them)
        if (open >= 2 && m.narrative(open - 2) && Phrases.isComma(m.tok(open - 1))
                && WORK_NOUNS.contains(m.tok(open - 2).lower())) {
            return true;
        }
        // "a group called ..." names; "called it the ...", "what lawmakers called ..." reproduce a label
        if (before >= 2 && m.tok(before).lower().equals("called") && m.narrative(before - 1)
                && (m.tok(before - 1).is("NOUN") || m.tok(before - 1).is("PROPN"))
                && Set.of("a", "an").contains(m.tok(before - 2).lower())) {
            return true;
        }
        for (List<String> cue : DEFINING_AFTER) {
            if (startsWith(close + 1, cue)) {
                return true;
            }
        }
        if (!headline && titleCase(open, close) && !reportedRightBefore(open)) {
            return true;
        }
        if (!headline && shortPhrase(open, close) && !reportingInSentence(open, close)) {
            Tok prev = open > 0 && m.narrative(open - 1) ? m.tok(open - 1) : null;
            if (prev != null && (prev.lower().equals("a") || prev.lower().equals("an"))
                    && !(open >= 2 && m.tok(open - 2).lower().equals("as"))) {
                return true; // "signed a “mutual defense pact”"; but "as a “con artist”" labels
            }
            if (opensSubject(open, close)) {
                return true;
            }
        }
        return false;
    }

    /** A noun phrase of a few words, no verb in it: what a name or term looks like. */
    private boolean shortPhrase(int open, int close) {
        int words = 0;
        for (int i = open + 1; i < close; i++) {
            Tok t = m.tok(i);
            if (t.is("VERB") || t.is("AUX") || t.is("PRON")) {
                return false;
            }
            if (!t.is("PUNCT")) {
                words++;
            }
        }
        return words >= 1 && words <= 5;
    }

    /**
     * Quoted words in title case inside running text are a title or a name ("Fox News Sunday", "All
     * Bets Are Off"): every word capitalised but short function words, and no sentence punctuation but a colon
     * before a subtitle ("TrumpNation: The Art of Being the Donald").
     */
    private boolean titleCase(int open, int close) {
        int words = 0;
        int end = close - 1; // the closing mark
        while (end > open && m.tok(end).is("PUNCT")) {
            end--; // a comma or full stop inside the closing mark
        }
        for (int i = open; i <= end; i++) {
            Tok t = m.tok(i);
            // the words without a mark the tokenizer left on them ("'Trump" of ''Trump and Me'')
            String w = words == 0 ? withoutMarks(t.text()) : t.text();
            if (w.isEmpty()) {
                continue;
            }
            if (!w.chars().anyMatch(Character::isLetterOrDigit)) {
                if (w.equals(":") && words > 0 && i < end
                        && Character.isUpperCase(m.tok(i + 1).text().codePointAt(0))) {
                    continue; // a title and its subtitle: "TrumpNation: The Art of Being the Donald"
                }
                if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals(",") || w.equals(":")) {
                    return false;
                }
                continue;
            }
            if (words > 0 && (w.equals("'s") || w.equals("\u2019s"))) {
                continue; // a possessive inside a title: "The New Woman's Fiction"
            }
            words++;
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
                    && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // one capitalised word is a title only if it is a name ("13th", "Apollo"), not "That," opening a quote
        return words > 1 || (words == 1 && (m.tok(end).is("PROPN") || m.tok(end).is("NUM")));
    }

    /** A token's text without the quotation marks that open it (a backquote of ``...'' too). */
    private static String withoutMarks(String text) {
        int k = 0;
        while (k < text.length() && (QuoteMarks.isMark(text.charAt(k)) || text.charAt(k) == '`')) {
            k++;
        }
        return text.substring(k);
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
            "to", "for", "with", "by", "from", "as", "vs", "vs.", "de", "la", "le", "du", "von", "van");

    /** A reporting verb, possibly with a colon or "that", right before the marks: "said “Thank You”". */
    private boolean reportedRightBefore(int open) {
        for (int k = open - 1; k >= 0 && k >= open - 3 && m.narrative(k); k--) {
            Tok t = m.tok(k);
            if (Lexicons.speechLemma(t.text(), t.lemma()) != null && (t.is("VERB") || t.is("AUX"))) {
                return true;
            }
            if (!(t.is("PUNCT") || t.lower().equals("that"))) {
                return false;
            }
        }
        return false;
    }

    private int firstToken(int q) {
        return m.firstTokenOf(q);
    }

    private int lastToken(int q) {
        return m.lastTokenOf(q);
    }

    /** Whether the sentence around the marks has a reporting verb or an "according to" outside quotations. */
    private boolean reportingInSentence(int open, int close) {
        int[] first = m.sentenceTokens(m.sentenceOf[open]);
        int[] last = m.sentenceTokens(m.sentenceOf[close]);
        for (int i = first[0]; i <= last[1]; i++) {
            if (!m.narrative(i)) {
                continue;
            }
            Tok t = m.tok(i);
            if (t.is("VERB") && Lexicons.speechLemma(t.text(), t.lemma()) != null) {
                return true;
            }
            if (t.lower().equals("according")) {
                return true;
            }
        }
        return false;
    }

    /** The quoted words follow only determiners and adjectives from the start of the sentence, and a verb follows. */
    private boolean opensSubject(int open, int close) {
        int start = m.sentenceTokens(m.sentenceOf[open])[0];
        if (start >= open) {
            return false;
        }
        for (int i = start; i < open; i++) {
            Tok t = m.tok(i);
            if (!(t.is("DET") || t.is("ADJ"))) {
                return false;
            }
        }
        int next = close + 1;
        while (next < m.size() && m.tok(next).is("ADV")) {
            next++;
        }
        return next < m.size() && m.narrative(next) && m.sentenceOf[next] == m.sentenceOf[close]
                && (m.tok(next).is("VERB") || m.tok(next).is("AUX"));
    }

    private boolean endsWith(int last, List<String> words) {
        int k = last;
        for (int w = words.size() - 1; w >= 0; w--, k--) {
            if (k < 0 || !m.narrative(k) || !m.tok(k).lower().equals(words.get(w))) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int first, List<String> words) {
        int k = first;
        for (String w : words) {
            if (k >= m.size() || !m.narrative(k) || !m.tok(k).lower().equals(w)) {
                return false;
            }
            k++;
        }
        return true;
    }
}
