package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.annocorpus.quote.TextModel.Name;
import org.annocorpus.quote.TextModel.Tok;
import org.annocorpus.scheme.EntityType;
import org.annocorpus.scheme.SpeakerNames;
import org.annocorpus.text.DcorefLists;

/**
 * Speaker strings by the scheme (its rules for speaker strings: {@link SpeakerNames}). A person or organisation gets its canonical name: the fullest form of
 * its name written in the same document ("Ortega" after "Carlos Ortega" is "Carlos Ortega"; an acronym is
 * matched to the name it abbreviates, "U.S." to "United States"; of two equally full spellings the first
 * in the document wins). A source that is no name gets its noun phrase as written, without determiners,
 * in lower case except for proper names. Coordinated sources are joined by " &amp; " in text order.
 */
final class CanonicalNames {

    /** Invisible format characters (soft hyphen, zero-width space), no part of a name. */
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");

    /** The shortest surname {@link #misspeltSurname} matches to another one slip away. */
    private static final int MIN_MISSPELT_SURNAME = 5;

    /** Words of a name that give no initial ("Bank of Japan" is "BJ"). */
    private static final Set<String> NO_INITIAL = Set.of("of", "the", "and", "for", "de", "&");

    private final TextModel m;
    private final Map<Name, String> cache = new HashMap<>();
    /** The document's names by lower-case surname of their person form, in text order. */
    private final Map<String, List<Name>> bySurname = new HashMap<>();
    /** ... by lower-case first word of a person form of two words or more. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    /** ... by the initials of their written form. */
    private final Map<String, List<Name>> byInitials = new HashMap<>();
    /** The first name written so, by lower-case written form. */
    private final Map<String, Name> byWritten = new HashMap<>();
    /**
     * Person names inside a longer name of another type ("Rachel Maddow" in "The Rachel Maddow Show",
     * "Barack Obama" in "Barack Obama Election Day") by lower-case surname: the fullest form of a surname
     * the document writes nowhere else.
     */
    private final Map<String, List<Name>> embeddedBySurname = new HashMap<>();
    /** Person names by what decides their canonical form: type and written form. */
    private final Map<String, PersonMatches> personMatches = new HashMap<>();
    /** The gender all honorifics before a surname give it, by lower-case surname: once per surname, not per mention. */
    private final Map<String, Integer> surnameHonorifics = new HashMap<>();

    /** The fuller forms a person's name may stand for, and the canonical name by the anchor's first name. */
    private record PersonMatches(List<Name> matches, List<Name> fullForms, boolean ordered,
            Map<String, String> byAnchor) {
    }

    /**
     * Indexes every name once, so that finding the fuller forms of a name looks only at names that share
     * its surname, first name, initials or spelling: linear in the document, not quadratic.
     */
    CanonicalNames(TextModel model) {
        this.m = model;
        for (Name n : model.names) {
            List<String> pf = words(personForm(n));
            if (!pf.isEmpty()) {
                bySurname.computeIfAbsent(lower(surname(pf)), k -> new ArrayList<>()).add(n);
            }
            if (pf.size() > 1) {
                byFirstWord.computeIfAbsent(lower(pf.get(0)), k -> new ArrayList<>()).add(n);
            }
            String written = written(n);
            String initials = initials(written);
            if (initials != null) {
                byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(n);
            }
            byWritten.putIfAbsent(lower(written), n);
            Name embedded = embeddedPerson(n);
            if (embedded != null) {
                embeddedBySurname.computeIfAbsent(lower(m.tok(embedded.last()).text()), k -> new ArrayList<>())
                        .add(embedded);
            }
        }
    }

    /**
     * The person's name a longer name of another type holds: a first name (known, or the longer name's first
     * word), an optional initial and a capitalised word, with more of the longer name around them; or null.
     */
    private Name embeddedPerson(Name n) {
        if (n.type().equals(EntityType.PER.name()) || n.last() - n.first() < 2) {
            return null;
        }
        for (int i = n.first(); i < n.last(); i++) {
            String word = m.tok(i).text();
            // a known first name, or the longer name's first word (the list lacks rarer names: "Barack")
            boolean firstName = DcorefLists.isFirstName(word)
                    || (i == n.first() && !Lexicons.DETERMINERS.contains(word.toLowerCase(Locale.ROOT)));
            if (!firstName || !m.tok(i).capitalised() || !word.chars().allMatch(Character::isLetter)
                    || Lexicons.isTitle(word)) {
                continue;
            }
            int j = i + 1;
            if (j < n.last() && m.tok(j).text().matches("\\p{Lu}\\.")) {
                j++; // a middle initial
            }
            Tok surname = m.tok(j);
            if (surname.capitalised() && surname.text().chars().allMatch(Character::isLetter)
                    && !Lexicons.isTitle(surname.text())) {
                return new Name(m.tok(i).begin(), surname.end(), EntityType.PER.name(), i, j);
            }
            return null;
        }
        return null;
    }

    /** Lower case, one apostrophe ("O’Neill" and "O'Neill" are one name). */
    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** The speaker string of a referent; "" for none. */
    String speaker(Referent r) {
        if (r == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Referent.Member member : r.members()) {
            String s = member.isName() ? canonical(member.name()) : capitalsSurname(member.first(), member.end());
            if (!s.isEmpty() && !parts.contains(s)) {
                parts.add(s);
            }
        }
        return String.join(SpeakerNames.PART_SEPARATOR, parts);
    }

    /** The fullest form of this name in the document. */
    String canonical(Name name) {
        return cache.computeIfAbsent(name, this::computeCanonical);
    }

    private String computeCanonical(Name name) {
        String written = written(name);
        List<String> words = words(written);
        if (words.isEmpty()) {
            return written;
        }
        // an acronym: the longest name whose initials it spells
        String letters = acronymLetters(written);
        if (letters != null) {
            Name best = null;
            for (Name other : byInitials.getOrDefault(letters, List.of())) {
                if (other != name && compatible(name, other)
                        && (best == null || fuller(other, best))) {
                    best = other;
                }
            }
            String viaVariant = variant(written);
            if (best != null) {
                return written(best);
            }
            if (viaVariant != null) {
                return viaVariant;
            }
            // no acronym of a name here: a surname in capitals ("PENCE:" in a transcript) is that person
            Name person = words.size() == 1 ? personWithSurname(written) : null;
            return person != null ? personCanonical(person) : written;
        }
        String viaVariant = variant(written);
        if (viaVariant != null) {
            return viaVariant;
        }
        if (!name.type().equals(EntityType.PER.name()) && !name.type().equals(TextModel.UNTYPED)) {
            // a speaker's surname that the recogniser typed as a place or organisation ("Ortega said")
            // is the person whose full name ends with it
            Name person = words.size() == 1 ? personWithSurname(written) : null;
            if (person == null) {
                return written; // places and organisations: only acronyms and listed variants are expanded
            }
            return personCanonical(person);
        }
        return personCanonical(name);
    }

    /**
     * A person's canonical name: the fullest form that shares the surname (or, for a lone word, the
     * first name) and has a compatible first name; the nearest full form before it decides between two
     * people of one surname.
     */
    private String personCanonical(Name name) {
        String written = written(name);
        List<String> words = words(personForm(name));
        int honorific = honorificGender(name);
        if (honorific == 0 && words.size() == 1) {
            honorific = surnameHonorific(words.get(0)); // "President Obama" where every honorific says "Mr."
        }
        int g = honorific;
        PersonMatches pm = personMatches.computeIfAbsent(name.type() + "\u0000" + written + "\u0000" + g,
                k -> matches(name, written, words, g));
        if (pm.matches().isEmpty()) {
            return personForm(name);
        }
        Name anchor = nearestFullForm(name, pm);
        List<String> aw = withoutLoneParticle(words(personForm(anchor)));
        String anchorKey = aw.size() > 1 ? aw.get(0) : "";
        return pm.byAnchor().computeIfAbsent(anchorKey, k -> {
            Name best = null;
            for (Name other : pm.matches()) {
                List<String> ow = withoutLoneParticle(words(personForm(other)));
                if (ow.size() > 1 && aw.size() > 1 && (!similarFirstName(ow.get(0), aw.get(0)) && !endsWith(ow, aw)
                        || !suffixAgrees(aw, ow))) {
                    continue; // another person with the same surname, or the father of the same name
                }
                if (best == null || fullerPerson(other, best)) {
                    best = other;
                }
            }
            return best == null ? personForm(name) : personForm(best);
        });
    }

    /** The names that may be fuller forms of person {@code name}: the same surname and a compatible first name. */
    private PersonMatches matches(Name name, String written, List<String> words, int honorific) {
        List<Name> matches = new ArrayList<>();
        for (Name other : bySurname.getOrDefault(lower(surname(words)), List.of())) {
            if (personCompatible(name, other) && samePerson(words, words(personForm(other)), false)
                    && !otherGender(honorific, other)) {
                matches.add(other);
            }
        }
        if (!hasFullerForm(matches) && words.size() == 1) {
            // a lone word that is no surname of a longer name may be a family name written first ("Wang Lei"),
            // however often the lone word recurs ("Ban Ki-moon ... Ban said ... Ban added"); not where a
            // recogniser typed the longer name otherwise: shaped like a person's, it may be a slogan's ("the Trump Train")
            for (Name other : byFirstWord.getOrDefault(lower(words.get(0)), List.of())) {
                if ((other.type().equals(EntityType.PER.name()) || other.type().equals(TextModel.UNTYPED))
                        && personCompatible(name, other)
                        && samePerson(words, words(personForm(other)), true)) {
                    matches.add(other);
                }
            }
        }
        if (!matches.isEmpty() && name.type().equals(TextModel.UNTYPED) && words.size() == 1) {
            // untyped: "First Last" is a person's name, but a longer name holding another name of the
            // document ("UN Forces Cyprus" while "UN" stands alone elsewhere) is an organisation's
            matches.removeIf(other -> containsOtherName(other, written));
        }
        if (words.size() == 1 && !hasFullerForm(matches)) {
            // no fuller form of its own: a person's name inside a longer name, of the gender an honorific gives
            for (Name other : embeddedBySurname.getOrDefault(lower(words.get(0)), List.of())) {
                if (!otherGender(honorific, other)) {
                    matches.add(other);
                }
            }
        }
        if (words.size() == 1 && !hasFullerForm(matches)) {
            matches.addAll(misspeltSurname(name, words.get(0)));
        }
        boolean ordered = true;
        for (int i = 1; i < matches.size() && ordered; i++) {
            ordered = matches.get(i - 1).begin() <= matches.get(i).begin();
        }
        List<Name> full = new ArrayList<>();
        for (Name other : matches) {
            if (withoutLoneParticle(words(personForm(other))).size() >= 2) {
                full.add(other);
            }
        }
        return new PersonMatches(List.copyOf(matches), List.copyOf(full), ordered, new HashMap<>());
    }

    /**
     * "Wines said" where the article wrote "Leslie Wimes", "Keidis" after "Anthony Kiedis": a lone word the
     * document writes in no longer name is the person whose full name ends in a surname one typing slip
     * away (GUIDELINES H14: one person, the fullest form written), when exactly one surname is; words
     * shorter than {@value #MIN_MISSPELT_SURNAME} letters are left alone ("Cole" and "Cale" are two people
     * as often as one).
     */
    private List<Name> misspeltSurname(Name name, String word) {
        String lone = lower(word);
        if (lone.length() < MIN_MISSPELT_SURNAME || !m.tok(name.last()).capitalised()) {
            return List.of();
        }
        String found = null;
        List<Name> out = new ArrayList<>();
        for (Map.Entry<String, List<Name>> e : bySurname.entrySet()) {
            if (e.getKey().length() < MIN_MISSPELT_SURNAME || !oneSlipApart(lone, e.getKey())
                    || lone.equals(e.getKey() + "s")) { // "the Clintons": the family, no slip
                continue;
            }
            for (Name other : e.getValue()) {
                if (words(personForm(other)).size() > 1 && personCompatible(name, other)
                        && (other.type().equals(EntityType.PER.name()) || other.type().equals(TextModel.UNTYPED))) {
                    if (found != null && !found.equals(e.getKey())) {
                        return List.of(); // two surnames fit: no guess between two people
                    }
                    found = e.getKey();
                    out.add(other);
                }
            }
        }
        return out;
    }

    /** One letter replaced, added or dropped, or two neighbours swapped ("Wines", "Wimes"; "Keidis", "Kiedis"). */
    private static boolean oneSlipApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(i + 1).equals(shorter.substring(i));
        }
        if (a.substring(i + 1).equals(b.substring(i + 1))) {
            return true; // one letter replaced
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Whether one of the names is a person's name of two words or more. */
    private boolean hasFullerForm(List<Name> names) {
        return names.stream().anyMatch(o -> words(personForm(o)).size() > 1);
    }

    /** The gender an honorific right before a mention gives it ("Mr. Obama": +1), else 0. */
    private int honorificGender(Name name) {
        String before = m.covered(Math.max(0, name.begin() - 6), name.begin()).stripTrailing();
        String[] words = before.split("[\\s\\p{Z}(]+");
        return words.length == 0 ? 0 : Lexicons.honorificGender(words[words.length - 1]);
    }

    /** The gender all honorifics before a surname give it in the document ("Mr. Obama" only), else 0. */
    private int surnameHonorific(String surname) {
        return surnameHonorifics.computeIfAbsent(lower(surname), key -> {
            int gender = 0;
            for (Name n : bySurname.getOrDefault(key, List.of())) {
                int g = honorificGender(n);
                if (g != 0 && gender != 0 && g != gender) {
                    return 0;
                }
                gender = g != 0 ? g : gender;
            }
            return gender;
        });
    }

    /**
     * Whether a fuller name's first name tells the other gender than the honorific of the mention ("Mr.
     * Obama" is not "Michelle Obama", "Mrs. Clinton" not "Bill Clinton").
     */
    private boolean otherGender(int honorific, Name other) {
        List<String> ow = withoutLoneParticle(words(personForm(other)));
        return honorific != 0 && ow.size() > 1 && DcorefLists.firstNameGender(ow.get(0)) == -honorific;
    }

    /**
     * Whether the document writes a person-shaped name ("First Last", whatever its type: a recogniser may type
     * "Lloyd Austin" as an organisation) ending with {@code word}, other than one of the type {@code type} of the
     * name {@code word} itself: a name typed as the fuller name it ends is that organisation or place ("The
     * Post" after "The Washington Post").
     */
    boolean personSurname(String word, String type) {
        return personWithSurname(word, type) != null;
    }

    /** The first name shaped like a person's ("First Last"), whose surname is {@code word}; or null. */
    private Name personWithSurname(String word) {
        return personWithSurname(word, EntityType.PER.name());
    }

    /** As {@link #personWithSurname(String)}, leaving out names of type {@code type} unless it is a person's. */
    private Name personWithSurname(String word, String type) {
        for (Name other : bySurname.getOrDefault(lower(word), List.of())) {
            if (other.type().equals(type) && !type.equals(EntityType.PER.name()) && !type.equals(TextModel.UNTYPED)) {
                continue;
            }
            List<String> ow = words(personForm(other));
            if (ow.size() > 1 && surname(ow).equalsIgnoreCase(word) && personShaped(other, word)) {
                return other;
            }
        }
        return null;
    }

    /** A person's name as written, without titles a recogniser left in it ("Defense Carlos Ortega"). */
    String personForm(Name name) {
        List<String> ws = words(written(name));
        int k = 0;
        while (k < ws.size() - 1 && Lexicons.isTitle(ws.get(k))) {
            k++;
        }
        return String.join(" ", ws.subList(k, ws.size()));
    }

    /** Whether a longer name holds a word, other than {@code word}, that the document also writes as a name on its own. */
    private boolean containsOtherName(Name longer, String word) {
        List<String> ws = words(written(longer));
        if (ws.size() < 2) {
            return false;
        }
        for (String w : ws) {
            if (w.equalsIgnoreCase(word)) {
                continue;
            }
            if (byWritten.containsKey(lower(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb follows the name, as it follows a clause's subject (not an apposition: "his wife, Heidi Cruz."). */
    private boolean subject(Name n) {
        int next = n.last() + 1;
        return next < m.size() && (m.tok(next).is("VERB") || m.tok(next).is("AUX"));
    }

    /**
     * The mention of the same person that fixes which person is meant. A bare surname is the person whose
     * full name is the subject of a clause earlier in its paragraph ("Hillary Clinton rebuffed a heckler.
     * “...,” Clinton told her" after "Bill Clinton"), else the person first introduced with it (news style
     * names relatives by first name or in full after that: "Sen. Ted Cruz ... his wife, Heidi Cruz ... Cruz
     * said" is Ted Cruz); a longer form, the nearest full form before it.
     */
    private Name nearestFullForm(Name name, PersonMatches pm) {
        List<Name> matches = pm.matches();
        if (words(personForm(name)).size() == 1 && !pm.fullForms().isEmpty()) {
            Name inParagraph = null;
            for (Name other : pm.fullForms()) {
                if (other.begin() < name.begin() && m.paragraphOf[other.first()] == m.paragraphOf[name.first()]
                        && subject(other) && (inParagraph == null || other.begin() > inParagraph.begin())) {
                    inParagraph = other;
                }
            }
            if (inParagraph != null) {
                return inParagraph;
            }
            Name first = pm.fullForms().get(0);
            if (!pm.ordered()) {
                for (Name other : pm.fullForms()) {
                    if (other.begin() < first.begin()) {
                        first = other;
                    }
                }
            }
            return ungluedFromHeadline(first, pm.fullForms());
        }
        if (pm.ordered()) {
            // in text order: the last full form at or before the name, else the first after it
            List<Name> full = pm.fullForms();
            int lo = 0;
            int hi = full.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (full.get(mid).begin() <= name.begin()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 ? full.get(lo - 1) : lo < full.size() ? full.get(lo) : name;
        }
        Name before = null;
        Name after = null;
        for (Name other : matches) {
            if (words(personForm(other)).size() < 2) {
                continue;
            }
            if (other.begin() <= name.begin()) {
                before = other;
            } else if (after == null) {
                after = other;
            }
        }
        return before != null ? before : after != null ? after : name;
    }

    private boolean samePerson(List<String> mine, List<String> theirs, boolean byFirstWord) {
        if (theirs.isEmpty()) {
            return false;
        }
        mine = withoutLoneParticle(mine);
        String myLast = surname(mine);
        String theirLast = surname(theirs);
        if (mine.size() == 1) {
            return byFirstWord ? theirs.size() > 1 && lower(mine.get(0)).equals(lower(theirs.get(0)))
                    : lower(myLast).equals(lower(theirLast));
        }
        return lower(myLast).equals(lower(theirLast)) && (theirs.size() == 1 || suffixAgrees(mine, theirs)
                && (similarFirstName(mine.get(0), theirs.get(0)) || endsWith(theirs, mine)));
    }

    /**
     * Whether a fuller form {@code theirs} may stand for the name {@code mine} as far as generational suffixes go:
     * a name with a suffix is no other form of a name without it or with another ("Donald Trump Jr." is not
     * "Donald J. Trump"), and a name ending in "Sr." is the father of a son the text names without a suffix
     * ("Duncan Hunter" and "his father, Duncan Hunter Sr."); a name without a suffix may stand for one with
     * "Jr." or "III", which the same person's name often leaves out.
     */
    private static boolean suffixAgrees(List<String> mine, List<String> theirs) {
        String my = generationalSuffix(mine);
        String their = generationalSuffix(theirs);
        return my.isEmpty() ? !their.equals("sr") : my.equals(their);
    }

    /** The generational suffix a name ends with, without its full stop ("Jr", "III"); "" for none. */
    private static String generationalSuffix(List<String> words) {
        String last = words.get(words.size() - 1);
        return words.size() > 1 && SpeakerNames.isGenerational(last) ? last.replace(".", "").toLowerCase(Locale.ROOT) : "";
    }

    /** "Vargas Llosa" after "Mario Vargas Llosa": a surname of two words or more, the end of a longer name. */
    private static boolean endsWith(List<String> longer, List<String> end) {
        if (end.size() < 2 || longer.size() <= end.size()) {
            return false;
        }
        for (int i = 0; i < end.size(); i++) {
            if (!lower(end.get(end.size() - 1 - i)).equals(lower(longer.get(longer.size() - 1 - i)))) {
                return false;
            }
        }
        return true;
    }

    /** "De Blasio" opening a sentence is a surname with its particle, no first name: ["Blasio"]. */
    private static List<String> withoutLoneParticle(List<String> words) {
        return words.size() == 2 && SpeakerNames.NAME_PARTICLES.contains(lower(words.get(0))) ? words.subList(1, 2) : words;
    }

    private static String surname(List<String> words) {
        return SpeakerNames.surname(words);
    }

    /** Same first name, an initial of it, or a spelling a letter or two apart ("Anthony", "Antony"). */
    static boolean similarFirstName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replace(".", "");
        String y = b.toLowerCase(Locale.ROOT).replace(".", "");
        if (x.equals(y)) {
            return true;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0);
        }
        return Math.min(x.length(), y.length()) >= 4 && editDistance(x, y) <= 2 && x.charAt(0) == y.charAt(0);
    }

    /**
     * Whether {@code other} may be a fuller form of person {@code name}: of a compatible type, or shaped
     * like a person's name ("First Last", two to four capitalised words) whatever type a recogniser
     * gave it, and holding no other name of the document.
     */
    private boolean personCompatible(Name name, Name other) {
        if (compatible(name, other)) {
            return true;
        }
        List<String> mine = words(written(name));
        return personShaped(other, mine.get(mine.size() - 1));
    }

    private boolean personShaped(Name other, String surname) {
        List<String> ws = words(personForm(other));
        if (ws.size() < 2 || ws.size() > 4) {
            return false;
        }
        for (String w : ws) {
            if (!Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return !containsOtherName(other, surname);
    }

    private boolean compatible(Name a, Name b) {
        return a.type().equals(b.type()) || a.type().equals(TextModel.UNTYPED) || b.type().equals(TextModel.UNTYPED)
                || (isPlaceOrOrg(a) && isPlaceOrOrg(b));
    }

    private static boolean isPlaceOrOrg(Name n) {
        return n.type().equals(EntityType.LOC.name()) || n.type().equals(EntityType.ORG.name());
    }

    /**
     * More words wins, but not a headline's form that only glues words before the other ({@link #headlineGlued});
     * at equal length the one earlier in the document.
     */
    private boolean fullerPerson(Name a, Name b) {
        List<String> fa = words(personForm(a));
        List<String> fb = words(personForm(b));
        if (headlineGlued(fa, a, fb, b)) {
            return false;
        }
        if (headlineGlued(fb, b, fa, a)) {
            return true;
        }
        return fa.size() != fb.size() ? fa.size() > fb.size() : a.begin() < b.begin();
    }

    /** The form of the text that a headline's {@code form} glues words before ({@link #headlineGlued}), else {@code form}. */
    private Name ungluedFromHeadline(Name form, List<Name> forms) {
        List<String> fw = words(personForm(form));
        for (Name other : forms) {
            if (headlineGlued(fw, form, words(personForm(other)), other)) {
                return other;
            }
        }
        return form;
    }

    /**
     * "‘Bloodline’ Star Norbert Leo Butz Is Ready" over "Norbert Leo Butz" in the text: in a headline's title
     * case a recogniser glues capitalised words to a name, so a headline's longer form that only adds words
     * before a form the text writes is no fuller name.
     */
    private boolean headlineGlued(List<String> longer, Name l, List<String> shorter, Name s) {
        return longer.size() > shorter.size() && withoutLoneParticle(shorter).size() >= 2
                && m.headline(m.paragraphOf[l.first()])
                && !m.headline(m.paragraphOf[s.first()]) && endsWith(longer, shorter);
    }

    private boolean fuller(Name a, Name b) {
        int wa = words(written(a)).size();
        int wb = words(written(b)).size();
        return wa != wb ? wa > wb : a.begin() < b.begin();
    }

    /** The fullest variant of a short name ("America") that the document writes as a name. */
    private String variant(String written) {
        for (List<String> group : Lexicons.NAME_VARIANTS) {
            boolean member = group.stream().anyMatch(v -> v.equalsIgnoreCase(written));
            if (!member) {
                continue;
            }
            for (String v : group) { // fullest first
                Name other = byWritten.get(lower(v));
                if (other != null) {
                    return written(other);
                }
            }
        }
        return null;
    }

    /** The letters of an acronym ("US", "U.S.", "NATO"), or null when the word is none. */
    static String acronymLetters(String written) {
        String s = written.replace(".", "");
        if (s.length() < 2 || s.length() > 6 || s.contains(" ")) {
            return null;
        }
        for (char c : s.toCharArray()) {
            if (!Character.isUpperCase(c)) {
                return null;
            }
        }
        return s;
    }

    /** Initials of the capitalised words of a name ("United States" = "US"); null for a single word. */
    static String initials(String written) {
        List<String> ws = words(written);
        if (ws.size() < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : ws) {
            if (NO_INITIAL.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    /** A name as written: no leading "the", no possessive, spaces normalised. */
    String written(Name name) {
        // without invisible format characters ("Doug \u00ADAndres", a soft hyphen in it, is "Doug Andres")
        String s = FORMAT_CHARACTERS.matcher(m.covered(name.begin(), name.end())).replaceAll("").strip();
        if (s.startsWith("the ") || s.startsWith("The ")) {
            s = s.substring(4);
        }
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'") || s.endsWith("\u2019")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s\u00A0]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A nominal source's string; one word in capitals that is a person's surname in the document (a
     * transcript label "PENCE:" after "Mike Pence", where no recogniser made it a name) is that person.
     */
    private String capitalsSurname(int first, int last) {
        if (first == last) {
            Tok t = m.tok(first);
            String word = m.text.substring(t.begin(), t.wordEnd());
            Name person = isUpperAcronym(word) && word.chars().allMatch(Character::isLetter) ? personWithSurname(word) : null;
            if (person != null) {
                return personCanonical(person);
            }
        }
        return nominal(first, last);
    }

    /**
     * A noun phrase as a speaker: as written, determiners already gone, lower case except for names,
     * proper nouns and capitalised adjectives inside a sentence (demonyms such as "Peruvian").
     */
    String nominal(int first, int last) {
        String withoutTimeWords = nominal(first, last, true);
        return withoutTimeWords.isEmpty() ? nominal(first, last, false) : withoutTimeWords;
    }

    private String nominal(int first, int last, boolean withoutTimeWords) {
        StringBuilder sb = new StringBuilder();
        boolean timeWordBefore = false;
        for (int k = first; k <= last; k++) {
            Tok t = m.tok(k);
            boolean skip = withoutTimeWords
                    && (timeWord(k, first, last) || (timeWordBefore && Phrases.possessiveMarker(t.text())));
            timeWordBefore = skip;
            if (skip) {
                continue; // "a Wednesday editorial", "Thursday's memo", "a study last year" (GUIDELINES H62, H63)
            }
            String word = k == last ? m.text.substring(t.begin(), t.wordEnd()) : t.text();
            // a capital that opens a sentence tells nothing: only a name found there keeps it ("Protesters")
            boolean inside = k > 0 && m.sentenceOf[k - 1] == m.sentenceOf[k];
            boolean keep = m.nameOf[k] >= 0 || isUpperAcronym(word)
                    || (inside && (t.is("PROPN") || (t.capitalised() && !t.is("NOUN"))));
            if (sb.length() > 0 && t.begin() > m.tok(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(keep ? word : word.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * Whether token {@code k} of a description is a time word that its speaker string leaves out: a day
     * ("Wednesday", "today") or a time noun with "last", "this", "next" ("last year"), not inside a name.
     */
    private boolean timeWord(int k, int first, int last) {
        if (m.nameOf[k] >= 0 && m.name(k).first() < m.name(k).last()) {
            return false; // "Black Friday Sales": part of a longer name
        }
        String w = m.tok(k).lower();
        return Lexicons.DAY_WORDS.contains(w)
                || (Lexicons.RELATIVE_TIME_WORDS.contains(w) && k < last && Lexicons.TIME_NOUNS.contains(m.tok(k + 1).lower()))
                || (k > first && Lexicons.TIME_NOUNS.contains(w) && Lexicons.RELATIVE_TIME_WORDS.contains(m.tok(k - 1).lower()));
    }

    private static boolean isUpperAcronym(String w) {
        return w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
