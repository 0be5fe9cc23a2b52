package org.annocorpus.ner;

import static org.annocorpus.util.Sets.union;

import java.util.Set;

import org.annocorpus.scheme.Titles;

/**
 * General English word lists that tell names from the words around them: titles and honorifics before
 * a person's name, the portfolios in a title ("Secretary of State"), head nouns of organisation and
 * place names, nouns for weapons, determiners, and the calendar words that are capitalised without
 * being names.
 */
final class NameWords {

    private NameWords() {
    }

    /** Honorifics ({@link Titles}): never part of a name, and what follows them is a person. */
    public static final Set<String> HONORIFICS = Titles.forms(Titles.Kind.HONORIFIC);

    /** Titles that stand directly before a person's name ("President Biden", "spokesman Lin"; {@link Titles}). */
    public static final Set<String> TITLES = Titles.forms(Titles.Kind.TITLE);

    /**
     * Words that modify a title before it: the scheme's title parts ("Vice President", "Chief Cabinet Secretary";
     * {@link Titles}) and the portfolios and bodies a title names first ("Foreign Minister", "Health Secretary",
     * "House Speaker", "Army Gen.").
     */
    public static final Set<String> TITLE_MODIFIERS = union(Titles.forms(Titles.Kind.PART), Set.of("Finance",
            "Trade", "Economy", "Economic", "Interior", "Home", "Cabinet", "Health", "Education", "Energy",
            "Environment", "Commerce", "Industry", "Agriculture", "Labor", "Labour", "Transport", "Transportation",
            "State", "Treasury", "Security", "National", "Army", "Navy", "Air", "Force", "Secretary", "Supreme",
            "Grand", "Opposition", "Majority", "Minority", "House", "Senate", "Joint", "Staff", "Foreign-Affairs"));

    /** Words of a portfolio after "of"/"for" in a title ("Secretary of State", "Minister for Foreign Affairs"). */
    public static final Set<String> PORTFOLIO_WORDS = Set.of("State", "Defense", "Defence", "Foreign", "Affairs", "Home",
            "Internal", "Interior", "Finance", "Treasury", "Commerce", "Trade", "Industry", "Economy", "Justice", "Health",
            "Education", "Labor", "Labour", "Energy", "Agriculture", "Transportation", "Transport", "Homeland",
            "Security", "Veterans", "Housing", "Urban", "Development", "Environment", "Culture", "Science", "Technology",
            "Communications", "Information", "Immigration", "War", "Navy", "Army", "Air", "Force", "the", "and", ",",
            "Economic", "Fisheries", "Food", "Tourism", "Sport", "Sports", "Youth", "Women", "Family", "Welfare",
            "Social", "Public", "Works", "Land", "Infrastructure", "National", "Policy", "Staff");

    /** True for a title word, also a hyphenated one ("Lieutenant-Colonel", "Vice-Admiral"). */
    public static boolean isTitle(String word) {
        // "Rep" where a recogniser left the full stop of "Rep." out
        if (TITLES.contains(word) || TITLES.contains(word + ".")) {
            return true;
        }
        int hyphen = word.indexOf('-');
        if (hyphen <= 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (!TITLES.contains(part) && !TITLE_MODIFIERS.contains(part) && !RANKS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Military ranks that form hyphenated titles ("Major-General"), besides the titles and their parts. */
    public static final Set<String> RANKS = Titles.forms(Titles.Kind.RANK);

    /** Organisation and place heads that take an "of" phrase ("Ministry of Health", "Sea of Japan"). */
    public static final Set<String> OF_HEADS = Set.of("Ministry", "Department", "Bank", "University", "College",
            "Institute", "Organization", "Organisation", "Association", "Federation", "Union", "League", "Council",
            "Committee", "Commission", "Agency", "Office", "Bureau", "Court", "Board", "School", "Academy", "Museum",
            "Society", "Fund", "Foundation", "Army", "Navy", "Forces", "Force", "Party", "Corps", "House", "Chamber",
            "Sea", "Gulf", "Bay", "Strait", "Isle", "Island", "Islands", "Declaration", "Treaty", "Act", "Protocol",
            "Convention", "Charter", "Assembly", "Secretariat", "Authority", "Service", "Church",
            "Kingdom", "Republic", "Province", "Prefecture", "Cape", "Lake", "Mount", "Battle", "Tribunal",
            "Administration", "Command");

    /** Generational suffixes and initials that belong to a person's name. */
    public static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "VI", "VII",
            "VIII");

    /** Head nouns of organisation names ("Defense Ministry", "Bank of Japan", "US Forces Japan"). */
    public static final Set<String> ORGANISATION_HEADS = Set.of("Ministry", "Department", "Agency", "Command", "Forces",
            "Force", "Army", "Navy", "Corps", "Brigade", "Division", "Regiment", "Battalion", "Fleet", "Guard", "Guards",
            "Committee", "Commission", "Council", "Parliament", "Congress", "Senate", "Party", "Union", "League",
            "Association", "Organization", "Organisation", "Federation", "Institute", "Institution", "University",
            "College", "Foundation", "Fund", "Bank", "Company", "Corporation", "Corp.", "Corp", "Inc.", "Inc", "Ltd.",
            "Ltd", "Co.", "LLC", "PLC", "plc", "Group", "Holdings", "Airlines", "Airways", "Bureau", "Office", "Service",
            "Court", "Tribunal", "Police", "Authority", "Times", "Post", "Journal", "News", "Herald", "Tribune",
            "Telegraph", "Gazette", "Press", "Club", "Society", "Network", "Board", "Secretariat", "Assembly",
            "Coalition", "Alliance", "Movement", "Brigades", "Marines", "Reserve", "Exchange", "Museum",
            "Hospital", "School", "Academy", "Laboratory", "Laboratories", "Industries", "Motors", "Technologies",
            "Systems", "Enterprises", "Partners", "Broadcasting", "Television", "Radio", "Daily", "Weekly",
            "Magazine");

    /** Organisation heads that make a name an organisation whatever a model says ("US Forces Korea"). */
    public static final Set<String> STRONG_ORGANISATION_HEADS = Set.of("Ministry", "Department", "Agency", "Command",
            "Forces", "Army", "Navy", "Corps", "Brigade", "Regiment", "Battalion", "Fleet", "Committee", "Commission",
            "Council", "Party", "Association", "Organization", "Organisation", "Federation", "Institute", "University",
            "Corporation", "Corp.", "Corp", "Inc.", "Inc", "Ltd.", "Ltd", "Co.", "Bureau", "Authority", "Company");

    /** Head nouns that end place names ("Okinawa Prefecture", "Gulf of Aden" is in the lexicon). */
    public static final Set<String> PLACE_HEADS = Set.of("Prefecture", "Province", "County", "Island", "Islands",
            "Sea", "Seas", "Ocean", "Oceans", "River", "Rivers", "Mountains", "Mountain", "Mount", "Strait", "Straits",
            "Peninsula", "Valley", "Bay", "Gulf", "Lake", "Lakes", "Desert", "Canal", "Region", "District", "Oblast",
            "Basin", "Plateau", "Archipelago", "Coast", "Heights", "Highlands");

    /** Head nouns of names of laws, treaties, events and prizes, which are MISC ("Paris Agreement", "World Cup"). */
    public static final Set<String> MISC_HEADS = Set.of("Treaty", "Treaties", "Act", "Accord", "Accords", "Agreement",
            "Convention", "Charter", "Protocol", "Pact", "Doctrine", "Declaration", "Initiative", "Strategy", "War",
            "Olympics", "Games", "Cup", "Championship", "Championships", "Prize", "Award", "Summit", "Festival",
            "Conference", "Crisis", "Revolution", "Plan");

    /** The heads of names of laws and treaties, which are MISC whatever a model says ("Defense Treaty"). */
    public static final Set<String> LEGAL_HEADS = Set.of("Treaty", "Treaties", "Act", "Accord", "Accords", "Agreement",
            "Convention", "Charter", "Protocol", "Pact");

    /**
     * Heads that make a name of two or more words MISC whatever a model said: laws and treaties, and
     * named shows and programmes ("Freedom of Information Act", "Fifth Amendment", "Morning Show").
     */
    public static final Set<String> RETYPING_MISC_HEADS = Set.of("Treaty", "Treaties", "Act", "Accord", "Accords",
            "Agreement", "Convention", "Charter", "Protocol", "Pact", "Amendment", "Show");

    /** Plural place heads that two coordinated names can share ("East and South China Seas"). */
    public static final Set<String> SHARED_PLURAL_HEADS = Set.of("Seas", "Oceans", "Islands", "Rivers", "Mountains",
            "Straits", "Lakes", "Provinces", "Prefectures", "Heights");

    /** Words between a weapon's name and its noun ("Tomahawk cruise missiles", "Patriot air defense systems"). */
    public static final Set<String> WEAPON_MODIFIERS = Set.of("cruise", "ballistic", "hypersonic", "interceptor",
            "anti-ship", "anti-tank", "anti-aircraft", "anti-missile", "air", "defense", "defence", "missile",
            "surface-to-air", "air-to-air", "air-to-surface", "guided", "attack", "fighter", "stealth", "battle", "main",
            "multiple", "rocket", "armored", "armoured", "unmanned", "combat", "long-range", "short-range",
            "medium-range", "intermediate-range", "nuclear", "tactical", "naval", "assault", "transport", "patrol",
            "strike", "launch", "systems", "system");

    /** Nouns for weapons: a capitalised name right before one is a weapon's name ("Tomahawk cruise missiles"). */
    public static final Set<String> WEAPON_NOUNS = Set.of("missile", "missiles", "rocket", "rockets", "drone", "drones",
            "jet", "jets", "aircraft", "bomber", "bombers", "helicopter", "helicopters", "tank",
            "tanks", "howitzer", "howitzers", "submarine", "submarines", "destroyer", "destroyers", "frigate",
            "frigates", "warship", "warships", "interceptor", "interceptors", "launcher", "launchers", "rifle", "rifles",
            "warhead", "warheads", "torpedo", "torpedoes", "artillery", "batteries", "battery");

    /** Legislative chambers: before a title ("House Speaker Jane Roe") they name the body, an ORG of its own. */
    public static final Set<String> CHAMBERS = Set.of("House", "Senate", "Congress");

    /** The AP style's abbreviations of US states, as party tags write them ("R-Fla.", "D-N.Y."). */
    public static final Set<String> STATE_ABBREVIATIONS = Set.of("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.",
            "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.",
            "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.",
            "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.", "Tex.", "Calif",
            "Fla", "Tex");

    /** Determiners that are never part of a name. */
    public static final Set<String> DETERMINERS = Set.of("the", "The", "THE");

    /** Capitalised words that are no names on their own: days and months. */
    public static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
            "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    /** Lowercase words that may join the parts of a name ("Bank of Japan", "Ministry of the Interior"). */
    public static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "on", "de", "du", "des", "del", "della",
            "di", "da", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "&");

    /** True for a word written like a name: a capital first letter, or an abbreviation such as "U.S.". */
    public static boolean looksLikeName(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }
}
