package org.annocorpus.ner.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.annocorpus.ner.tagger.Encoding;
import org.annocorpus.ner.tagger.Span;
import org.annocorpus.ner.tagger.TaggedSentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analytic gradients of a tiny network against finite differences of its loss, for every weight. */
class GradientCheckTest {

    private static final TaggedSentence SENTENCE = new TaggedSentence(
            List.of("Mr.", "Quenby", "Hale", "visited", "Varnholm", "in", "1996", "."),
            List.of(new Span(1, 2, "PER"), new Span(4, 4, "LOC")));

    @ParameterizedTest(name = "crf={0}, filters={1}, encoding={2}")
    @CsvSource({"true,2,BILOU", "true,2,BIO", "false,2,BILOU", "true,0,BILOU"})
    void analyticGradientsMatchFiniteDifferences(boolean crf, int filters, Encoding encoding) {
        Vocabulary vocabulary = new Vocabulary(List.of("<unk>", "mr.", "visited", "in", "0000", "."), "?MrQuenbyHal.");
        NeuralConfig config = new NeuralConfig(4, 3, filters, 3, crf, 0.0, encoding);
        BiLstmCrf net = new BiLstmCrf(config, vocabulary, List.of("PER", "LOC"), new Random(7));
        Random random = new Random(3);
        for (Parameter p : net.parameters()) { // CRF scores and biases start at 0: give them values to check
            for (int i = 0; i < p.size(); i++) {
                p.w[i] += 0.3 * (2 * random.nextDouble() - 1);
            }
        }
        net.lossAndGradients(SENTENCE, null);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        double eps = 1e-5;
        for (Parameter p : net.parameters()) {
            double[] analytic = p.g.clone();
            for (int i = 0; i < p.size(); i++) {
                double saved = p.w[i];
                p.w[i] = saved + eps;
                double plus = loss(net);
                p.w[i] = saved - eps;
                double minus = loss(net);
                p.w[i] = saved;
                double numeric = (plus - minus) / (2 * eps);
                double error = Math.abs(numeric - analytic[i]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic[i]));
                if (error > 1e-5) {
                    failures.add(p.name + "[" + i + "] analytic " + analytic[i] + " numeric " + numeric);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(net.weights());
        assertThat(failures).isEmpty();
    }

    private static double loss(BiLstmCrf net) {
        List<double[]> saved = new ArrayList<>();
        for (Parameter p : net.parameters()) {
            saved.add(p.g.clone());
        }
        double loss = net.lossAndGradients(SENTENCE, null);
        List<Parameter> ps = net.parameters();
        for (int k = 0; k < ps.size(); k++) {
            System.arraycopy(saved.get(k), 0, ps.get(k).g, 0, ps.get(k).size());
        }
        return loss;
    }
}
