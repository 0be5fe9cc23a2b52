package org.annocorpus.eval;

import java.util.Arrays;
import java.util.List;

import org.annocorpus.scheme.Layer;
import org.annocorpus.scheme.SpeakerNames;

/**
 * The features the scheme scores on exact-matched annotations, with how each one is compared.
 */
public enum Attribute {
    /** Quotation speaker, equal after normalisation ({@link SpeakerNames#agree}). */
    SPEAKER(Layer.QUOTATION, "speaker") {
        @Override
        public boolean agrees(Features gold, Features system) {
            return SpeakerNames.agree(gold.speaker(), system.speaker());
        }
    },
    /** Quotation speaker, the last names agree ({@link SpeakerNames#agreeLeniently}). */
    SPEAKER_LENIENT(Layer.QUOTATION, "speakerLenient") {
        @Override
        public boolean agrees(Features gold, Features system) {
            return SpeakerNames.agreeLeniently(gold.speaker(), system.speaker());
        }
    },
    /**
     * Speaker mention, the same span as the gold's; compared only where the gold quotation has a mention
     * (a quotation without a source is the speaker attributes' business).
     */
    MENTION_EXACT(Layer.QUOTATION, "mentionExact") {
        @Override
        public boolean agrees(Features gold, Features system) {
            return system.hasMention() && gold.mentionBegin() == system.mentionBegin()
                    && gold.mentionEnd() == system.mentionEnd();
        }

        @Override
        public boolean appliesTo(Features gold) {
            return gold.hasMention();
        }
    },
    /** Speaker mention overlapping the gold's; compared only where the gold quotation has a mention. */
    MENTION_OVERLAP(Layer.QUOTATION, "mentionOverlap") {
        @Override
        public boolean agrees(Features gold, Features system) {
            return gold.mentionOverlaps(system);
        }

        @Override
        public boolean appliesTo(Features gold) {
            return gold.hasMention();
        }
    },
    /** Numeric value, equal within a relative tolerance of 1e-9 (decimal input is not exact in binary). */
    VALUE(Layer.NUMERIC, "value") {
        @Override
        public boolean agrees(Features gold, Features system) {
            double a = gold.value();
            double b = system.value();
            return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
        }
    },
    UNIT(Layer.NUMERIC, "unit") {
        @Override
        public boolean agrees(Features gold, Features system) {
            return gold.unit().equals(system.unit());
        }
    },
    QUALIFIER(Layer.NUMERIC, "qualifier") {
        @Override
        public boolean agrees(Features gold, Features system) {
            return gold.qualifier().equals(system.qualifier());
        }
    };

    private final Layer layer;
    private final String id;

    Attribute(Layer layer, String id) {
        this.layer = layer;
        this.id = id;
    }

    public abstract boolean agrees(Features gold, Features system);

    /** Whether a pair with this gold annotation is compared at all (default: every exact-matched pair). */
    public boolean appliesTo(Features gold) {
        return true;
    }

    public Layer layer() {
        return layer;
    }

    /** Name in JSON and tables. */
    public String id() {
        return id;
    }

    public static List<Attribute> of(Layer layer) {
        return Arrays.stream(values()).filter(a -> a.layer == layer).toList();
    }
}
