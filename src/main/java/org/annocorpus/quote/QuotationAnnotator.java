package org.annocorpus.quote;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.annocorpus.preprocess.Clitics;
import org.annocorpus.quote.QuoteSpanFinder.Range;
import org.annocorpus.scheme.QuotationMarks;
import org.annocorpus.text.TokenView;
import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * Quotations (direct speech) with their speaker, by the project's annotation scheme: the content inside
 * a pair of quotation marks that reproduces a source's words (see {@link QuoteSpanFinder} for the span
 * rules, {@link NamingContext} and, with {@link #PARAM_NAMING_MODEL}, {@link NamingClassifier} for marks that
 * only name something), its {@code speaker} (canonical name, see {@link CanonicalNames}) and its
 * {@code speakerMention}, a {@link SourceMention} over the mention
 * of the source nearest to the quotation, and the {@code attributionSieve} that found it (see
 * {@link SpeakerAttributor} and {@link SpeakerSieves}). Several quotations of one
 * mention share one SourceMention.
 *
 * <p>Inputs: tokens with Universal Dependencies part-of-speech tags (DKPro's coarse values, read through
 * {@link TokenView}) and sentences. It also reads, when they are there, lemmas, paragraphs and DKPro
 * {@link NamedEntity} annotations (PER, ORG, LOC, MISC); they are not declared as inputs so that a
 * pipeline without a named-entity recogniser still validates. Without entities, runs of proper nouns
 * (titles removed) stand in for names, untyped.
 */
@ResourceMetaData(name = "Quotation annotator",
        description = "Quotation spans by the scheme's rules, their speaker (canonical name) and speaker mention.")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS"},
        outputs = {"org.annocorpus.type.Quotation", "org.annocorpus.type.Quotation:speaker",
                "org.annocorpus.type.Quotation:speakerMention",
                "org.annocorpus.type.Quotation:attributionSieve", "org.annocorpus.type.SourceMention"})
public class QuotationAnnotator extends JCasAnnotator_ImplBase {

    /** Whether to find speakers; without it, only quotation spans are written (speaker empty). */
    public static final String PARAM_ATTRIBUTE_SPEAKERS = "attributeSpeakers";
    @ConfigurationParameter(name = PARAM_ATTRIBUTE_SPEAKERS, defaultValue = "true")
    private boolean attributeSpeakers;

    /**
     * The attribution sieves to apply, by name, in order (the first that names a source decides); unset,
     * every sieve in the default order of {@link SpeakerSieves#DEFAULT_ORDER}.
     */
    public static final String PARAM_SIEVES = "sieves";
    @ConfigurationParameter(name = PARAM_SIEVES, mandatory = false)
    private String[] sieveNames;

    private List<SpeakerSieve> sieves;

    /**
     * A trained speaker ranker ({@code classpath:/...} or a file; see {@link SpeakerRanker}) that chooses
     * among every sieve's proposal and a few more candidates; empty: the first sieve that names a source
     * decides. The chosen speaker's {@code attributionSieve} is {@code ranker:SIEVE}.
     */
    public static final String PARAM_SPEAKER_MODEL = "speakerModel";
    @ConfigurationParameter(name = PARAM_SPEAKER_MODEL, defaultValue = "")
    private String speakerModel;

    /**
     * Which mention of the source becomes the quotation's {@code speakerMention}: {@code nearest}, the one
     * nearest to the quotation (the annotation scheme, GUIDELINES Q9), {@code attribution}, the one the
     * attribution was found through (the subject of "said"), or {@code source}, that one's whole noun phrase with
     * titles and appositions ({@link SourcePhrase}), the outer verb's subject where the attribution went through a
     * pronoun opening its complement clause ({@link OutermostMention}; PolNeAR marks Sources so).
     */
    public static final String PARAM_SPEAKER_MENTION = "speakerMention";
    @ConfigurationParameter(name = PARAM_SPEAKER_MENTION, defaultValue = SPEAKER_MENTION_NEAREST)
    private String speakerMention;

    /**
     * A trained classifier ({@code classpath:/...} or a file; see {@link NamingClassifier}) that drops quoted words
     * only named (a term, a title, scare quotes) among those {@link NamingContext}'s rules keep; empty: the rules
     * alone decide.
     */
    public static final String PARAM_NAMING_MODEL = "namingModel";
    @ConfigurationParameter(name = PARAM_NAMING_MODEL, defaultValue = "")
    private String namingModel;

    /** Values of {@link #PARAM_SPEAKER_MENTION}. */
    public static final String SPEAKER_MENTION_NEAREST = "nearest";
    public static final String SPEAKER_MENTION_ATTRIBUTION = "attribution";
    public static final String SPEAKER_MENTION_SOURCE = "source";
    private static final List<String> SPEAKER_MENTIONS = List.of(SPEAKER_MENTION_NEAREST, SPEAKER_MENTION_ATTRIBUTION,
            SPEAKER_MENTION_SOURCE);

    /** The location of the shipped speaker ranker, for {@link #PARAM_SPEAKER_MODEL}. */
    public static final String DEFAULT_SPEAKER_MODEL = SpeakerRanker.DEFAULT;

    private SpeakerRanker ranker;
    private NamingClassifier naming;

    /** The location of the shipped naming classifier, for {@link #PARAM_NAMING_MODEL}. */
    public static final String DEFAULT_NAMING_MODEL = NamingClassifier.DEFAULT;

    /** The names of the attribution sieves in their default order. */
    public static List<String> defaultSieves() {
        return SpeakerSieves.DEFAULT_ORDER;
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            sieves = SpeakerSieves.named(sieveNames == null ? null : List.of(sieveNames));
        } catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    PARAM_SIEVES + ": " + e.getMessage(), e));
        }
        if (!SPEAKER_MENTIONS.contains(speakerMention)) {
            throw new ResourceInitializationException(new IllegalArgumentException(PARAM_SPEAKER_MENTION + ": "
                    + speakerMention + " is none of " + String.join(", ", SPEAKER_MENTIONS)));
        }
        ranker = load(PARAM_SPEAKER_MODEL, speakerModel, SpeakerRanker::load);
        naming = load(PARAM_NAMING_MODEL, namingModel, NamingClassifier::load);
    }

    /** How a model is loaded from its location. */
    private interface ModelLoader<M> {
        M load(String location) throws IOException;
    }

    /** The model a parameter names (null when it names none); a model that cannot be read names the parameter. */
    private static <M> M load(String parameter, String location, ModelLoader<M> loader)
            throws ResourceInitializationException {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            return loader.load(location.trim());
        } catch (IOException e) {
            throw new ResourceInitializationException(new IOException(parameter + ": " + e.getMessage(), e));
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        Map<Long, SourceMention> mentions = new HashMap<>();
        for (Found f : extract(model(jcas), attributeSpeakers ? sieves : null,
                ranker == null ? null : ranker::decider, speakerMention, naming)) {
            Quotation quotation = new Quotation(jcas, f.span().contentBegin(), f.span().contentEnd());
            quotation.setSpeaker(f.speaker());
            quotation.setAttributionSieve("");
            if (!f.speaker().isEmpty()) {
                Mention mention = f.attribution().mention();
                long key = ((long) mention.begin() << 32) | mention.end();
                SourceMention source = mentions.computeIfAbsent(key, k -> {
                    SourceMention sm = new SourceMention(jcas, mention.begin(), mention.end());
                    sm.addToIndexes();
                    return sm;
                });
                quotation.setSpeakerMention(source);
                quotation.setAttributionSieve(f.attribution().sieve());
            }
            quotation.addToIndexes();
        }
    }

    /** A quotation found, with its attribution (null for none) and speaker string ("" for none). */
    record Found(QuoteSpan span, SpeakerAttributor.Attribution attribution, String speaker) {
    }

    /** The quotations of a document and their speakers; without sieves (null), spans only. */
    static List<Found> extract(TextModel model, List<SpeakerSieve> sieves) {
        return extract(model, sieves, (Function<SpeakerAttributor, SpeakerAttributor.Decider>) null);
    }

    /** The quotations of a document and their speakers, chosen by a ranker (null: the first sieve decides). */
    static List<Found> extract(TextModel model, List<SpeakerSieve> sieves, SpeakerRanker ranker) {
        return extract(model, sieves, ranker == null ? null : ranker::decider);
    }

    /**
     * The quotations of a document and their speakers, each decided by the decider made for the document's
     * attributor (null: the first sieve decides); speaker mentions the nearest (the scheme).
     */
    static List<Found> extract(TextModel model, List<SpeakerSieve> sieves,
            Function<SpeakerAttributor, SpeakerAttributor.Decider> decider) {
        return extract(model, sieves, decider, SPEAKER_MENTION_NEAREST, null);
    }

    /**
     * ... with the speaker mention chosen as {@link #PARAM_SPEAKER_MENTION} says ({@code speakerMention}), and the
     * quoted words the {@code naming} classifier takes for only named dropped (null: the rules alone decide).
     */
    static List<Found> extract(TextModel model, List<SpeakerSieve> sieves,
            Function<SpeakerAttributor, SpeakerAttributor.Decider> decider, String speakerMention,
            NamingClassifier naming) {
        List<QuoteSpan> quotes = markedQuotations(model);
        if (naming != null) {
            quotes = naming.quotations(model);
            model.setQuotes(quotes);
        }
        SpeakerAttributor attributor = sieves == null ? null : new SpeakerAttributor(model);
        List<SpeakerAttributor.Attribution> attributions = sieves == null ? null
                : decider == null ? attributor.attributeAll(sieves)
                : attributor.attributeAll(sieves, decider.apply(attributor));
        MentionChoice choice = attributor == null ? null : mentionChoice(speakerMention, model, attributor);
        List<Found> out = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            SpeakerAttributor.Attribution a = attributions == null ? null : attributions.get(q);
            // the attributor's canonical names: one index of the document's names, not a second
            String speaker = a == null ? "" : attributor.speaker(a.referent());
            if (!speaker.isEmpty()) {
                a = new SpeakerAttributor.Attribution(choice.of(q, a.mention(), a.referent(), speaker), a.referent(),
                        a.sieve());
            }
            out.add(new Found(quotes.get(q), speaker.isEmpty() ? null : a, speaker));
        }
        return out;
    }

    /** Which mention of quotation {@code q}'s source becomes its speaker mention, from the attribution's. */
    private interface MentionChoice {
        Mention of(int q, Mention attributed, Referent referent, String speaker);
    }

    /** The choice {@link #PARAM_SPEAKER_MENTION} names, over the document's mentions. */
    private static MentionChoice mentionChoice(String speakerMention, TextModel model, SpeakerAttributor attributor) {
        MentionsOfSource mentions = new MentionsOfSource(model, attributor);
        switch (speakerMention) {
            case SPEAKER_MENTION_NEAREST:
                return new NearestMention(model, mentions)::of;
            case SPEAKER_MENTION_SOURCE:
                SourcePhrase phrase = new SourcePhrase(model);
                OutermostMention outermost = new OutermostMention(model, mentions, phrase);
                return (q, attributed, referent, speaker) -> phrase.of(outermost.of(attributed, referent, speaker));
            default:
                return (q, attributed, referent, speaker) -> attributed;
        }
    }

    /**
     * The quotations of the model's text that the marks and {@link NamingContext}'s rules give, set as the model's
     * current quotations.
     */
    static List<QuoteSpan> markedQuotations(TextModel model) {
        List<QuoteSpan> found = QuoteSpanFinder.find(QuotationMarks.withTwoCharacterMarks(model.text), model.paragraphs,
                model.sentences);
        model.setQuotes(found);
        NamingContext naming = new NamingContext(model);
        List<QuoteSpan> quotes = new ArrayList<>();
        for (int q = 0; q < found.size(); q++) {
            if (!naming.onlyNames(q)) {
                quotes.add(found.get(q));
            }
        }
        model.setQuotes(quotes);
        return quotes;
    }

    /** A clitic with a typographic apostrophe ("’s", "n’t") cut off the word right before it. */
    private static boolean isTypographicClitic(String text, TextModel.RawToken previous, TokenView.Word token) {
        return previous.end() == token.begin() && text.indexOf('\u2019', token.begin()) >= 0
                && text.indexOf('\u2019', token.begin()) < token.end()
                && Clitics.start(text, previous.begin(), token.end()) == token.begin();
    }

    /** The document as the extractor sees it. */
    static TextModel model(JCas jcas) {
        TokenView view = TokenView.of(jcas);
        List<TextModel.RawToken> tokens = new ArrayList<>();
        for (TokenView.Word w : view.words()) {
            TextModel.RawToken previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            if (previous != null && isTypographicClitic(view.text(), previous, w)) {
                // The attribution rules read a possessive as part of its word ("America’s"), as the UD
                // tokenizer leaves it after a typographic apostrophe; the clitic splitter cut it off.
                tokens.set(tokens.size() - 1, new TextModel.RawToken(previous.begin(), w.end(), previous.pos(),
                        previous.lemma(), previous.gluedParticle()));
                continue;
            }
            tokens.add(new TextModel.RawToken(w.begin(), w.end(), w.upos(), w.lemma(), w.gluedParticle()));
        }
        List<Range> sentences = view.sentences().stream().map(s -> new Range(s.begin(), s.end())).toList();
        List<Range> paragraphs = view.paragraphs().stream().map(p -> new Range(p.begin(), p.end())).toList();
        List<TextModel.RawEntity> entities = new ArrayList<>();
        for (NamedEntity e : select(jcas, NamedEntity.class)) {
            entities.add(new TextModel.RawEntity(e.getBegin(), e.getEnd(), e.getValue()));
        }
        return new TextModel(view.text(), tokens, sentences, paragraphs, entities);
    }
}
