// Tagging speed of the trained tagger and CoreNLP's CoNLL 4-class CRF in one JVM, on the same
// documents: loading excluded, one warm-up pass each, then the CPU time of this thread for the timed
// passes. Run by eval/ner/speed.sh (java's single-file launch with the project's class path).
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.corenlp.CoreNlpResources;
import org.annocorpus.ner.tagger.ConllDocuments;
import org.annocorpus.ner.tagger.EntityTagger;
import org.annocorpus.ner.tagger.TaggedSentence;
import org.annocorpus.ner.tagger.TaggerModels;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;

public class SpeedBench {
    public static void main(String[] args) throws Exception {
        List<List<TaggedSentence>> docs = ConllDocuments.read(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long tokens = 0;
        for (List<TaggedSentence> d : docs) {
            for (TaggedSentence s : d) {
                tokens += s.tokens().size();
            }
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        EntityTagger tagger = TaggerModels.model(TaggerModels.DEFAULT);
        AbstractSequenceClassifier<CoreLabel> crf = CoreNlpResources.model(CoreNlpResources.CONLL_4CLASS);
        for (String name : new String[] {"trained tagger (ner-trained)", "CoreNLP conll.4class CRF"}) {
            boolean ours = name.startsWith("trained");
            long cpu = 0;
            long wall = 0;
            for (int pass = 0; pass <= passes; pass++) {
                long c0 = bean.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (List<TaggedSentence> d : docs) {
                    if (ours) {
                        tagger.tag(d);
                    } else {
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
                    }
                }
                if (pass > 0) { // pass 0 warms up
                    cpu += bean.getCurrentThreadCpuTime() - c0;
                    wall += System.nanoTime() - w0;
                }
            }
            System.out.printf("%s: %d tokens x %d passes, %.0f tokens per CPU second (%.0f per wall second)%n", name,
                    tokens, passes, tokens * passes / (cpu / 1e9), tokens * passes / (wall / 1e9));
        }
    }
}
