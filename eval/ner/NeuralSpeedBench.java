// Tagging speed of the neural tagger (a model file of `corpus train ner-neural`) against the shipped perceptron
// and CoreNLP's CoNLL 4-class CRF, in one JVM on the same documents: loading excluded, one warm-up pass each,
// then the CPU time of this thread for the timed passes. Also the dev F1 of each on the file (exact spans, the
// project's Scores). Run by eval/ner/neural-speed.sh (java's single-file launch with the project's class path).
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.annocorpus.corenlp.CoreNlpResources;
import org.annocorpus.ner.neural.BiLstmCrf;
import org.annocorpus.ner.neural.NeuralModels;
import org.annocorpus.ner.tagger.ConllDocuments;
import org.annocorpus.ner.tagger.EntityTagger;
import org.annocorpus.ner.tagger.Scores;
import org.annocorpus.ner.tagger.Span;
import org.annocorpus.ner.tagger.TaggedSentence;
import org.annocorpus.ner.tagger.TaggerModels;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;

public class NeuralSpeedBench {
    public static void main(String[] args) throws Exception {
        List<List<TaggedSentence>> docs = ConllDocuments.read(Path.of(args[0]));
        Path modelFile = Path.of(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long tokens = docs.stream().flatMap(List::stream).mapToLong(s -> s.tokens().size()).sum();
        BiLstmCrf neural;
        try (InputStream in = Files.newInputStream(modelFile)) {
            neural = NeuralModels.read(in, modelFile.toString());
        }
        EntityTagger perceptron = TaggerModels.model(TaggerModels.DEFAULT);
        AbstractSequenceClassifier<CoreLabel> crf = CoreNlpResources.model(CoreNlpResources.CONLL_4CLASS);
        System.out.printf("%s: %d documents, %d tokens; neural model %s, %.1f MB, %d weights%n", args[0], docs.size(),
                tokens, modelFile, Files.size(modelFile) / 1e6, neural.weights());
        bench("neural BiLSTM-CNN-CRF (" + modelFile.getFileName() + ")", docs, tokens, passes, neural::tag, true);
        bench("shipped perceptron (ner-trained, eng.train + gold dev)", docs, tokens, passes, perceptron::tag, true);
        bench("CoreNLP conll.4class CRF", docs, tokens, passes, d -> {
            for (TaggedSentence s : d) {
                List<CoreLabel> words = new ArrayList<>();
                for (String t : s.tokens()) {
                    CoreLabel w = new CoreLabel();
                    w.setWord(t);
                    w.setValue(t);
                    w.setOriginalText(t);
                    words.add(w);
                }
                crf.classifySentence(words);
            }
            return null;
        }, false);
    }

    private static void bench(String name, List<List<TaggedSentence>> docs, long tokens, int passes,
            Function<List<TaggedSentence>, List<List<Span>>> tagger, boolean score) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long cpu = 0;
        long wall = 0;
        List<List<List<Span>>> predicted = new ArrayList<>();
        for (int pass = 0; pass <= passes; pass++) {
            long c0 = bean.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (List<TaggedSentence> d : docs) {
                List<List<Span>> p = tagger.apply(d);
                if (pass == 0) {
                    predicted.add(p);
                }
            }
            if (pass > 0) { // pass 0 warms up
                cpu += bean.getCurrentThreadCpuTime() - c0;
                wall += System.nanoTime() - w0;
            }
        }
        String f1 = score ? ", " + Scores.format(Scores.score(docs, predicted).get("ALL")) : "";
        System.out.printf("%s: %d tokens x %d passes, %.0f tokens per CPU second (%.0f per wall second)%s%n", name,
                tokens, passes, tokens * passes / (cpu / 1e9), tokens * passes / (wall / 1e9), f1);
    }
}
