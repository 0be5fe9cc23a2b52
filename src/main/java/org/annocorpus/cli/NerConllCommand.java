package org.annocorpus.cli;

import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.annocorpus.conll.BioEncoder;
import org.annocorpus.conll.Conll2003Cas;
import org.annocorpus.conll.Conll2003Parser;
import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.PipelineParser;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.Errors;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.TypeOrFeature;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.Capability;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus ner-conll}: runs the analysis components of a pipeline on the tokens and sentences of a
 * CoNLL-2003 file and writes conlleval's input: token, gold tag and predicted tag per line (IOB2), a
 * blank line after each sentence. The pipeline's reader, writers and segmenters (components that
 * produce tokens, sentences or paragraphs) are left out: the file's own tokenisation is kept.
 */
@Command(name = "ner-conll", mixinStandardHelpOptions = true,
        description = "Run a pipeline's named-entity components on the tokens of a CoNLL-2003 file and write"
                + " token, gold tag and predicted tag per line for conlleval.")
public class NerConllCommand implements Callable<Integer> {

    private static final Set<String> SEGMENTATION_TYPES = Set.of(Token.class.getName(), Sentence.class.getName(),
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph");

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true,
            description = "CoNLL-2003 file: token ... NE columns, IOB1 or IOB2, with or without -DOCSTART- lines.")
    Path input;

    @Option(names = "--output", required = true, description = "File to write (token gold predicted).")
    Path output;

    @Option(names = "--pipeline", defaultValue = "default",
            description = "Pipeline file, or the name of one in pipelines/ (default: ${DEFAULT-VALUE}).")
    String pipeline;

    /** Where documents begin; document-level components (consistency) see one document at a time. */
    enum Split {
        /** At -DOCSTART- lines; a file without them is cut before each Reuters dateline. */
        auto,
        /** At -DOCSTART- lines only. */
        docstart,
        /** Before each dateline ("LONDON 1996-08-30"), ignoring -DOCSTART- lines. */
        datelines,
        /** The whole file is one document. */
        none
    }

    @Option(names = "--split", defaultValue = "auto",
            description = "Where documents begin: auto (at -DOCSTART- lines, or before each Reuters dateline"
                    + " \"CITY YYYY-MM-DD\" in a file without them), docstart, datelines, none"
                    + " (default: ${DEFAULT-VALUE}).")
    Split split;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Conll2003Parser.Document> documents;
        try {
            documents = Conll2003Parser.parse(input);
        } catch (IOException e) {
            err.println("error: " + Errors.describe(e));
            err.flush();
            return ExitCodes.USAGE;
        }
        documents = split(documents);
        AnalysisEngine engine;
        try {
            engine = engine(err);
        } catch (PipelineDefinitionException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (UIMAException e) {
            err.println("error: the pipeline could not start: " + Errors.describe(e));
            err.flush();
            return ExitCodes.USAGE;
        }
        long start = System.nanoTime();
        StringBuilder result = new StringBuilder();
        int tokens = 0;
        int sentences = 0;
        try {
            JCas jcas = engine.newJCas();
            for (int d = 0; d < documents.size(); d++) {
                jcas.reset();
                Conll2003Parser.Document document = documents.get(d);
                List<List<Token>> casTokens = Conll2003Cas.fill(jcas, document, input.getFileName() + "#" + (d + 1));
                engine.process(jcas);
                for (int s = 0; s < document.sentences().size(); s++) {
                    Conll2003Parser.Sentence sentence = document.sentences().get(s);
                    List<Token> sentenceTokens = casTokens.get(s);
                    String[] predicted = BioEncoder.encode(sentenceTokens, selectCovered(jcas, NamedEntity.class,
                            sentenceTokens.get(0).getBegin(), sentenceTokens.get(sentenceTokens.size() - 1).getEnd()),
                            NamedEntity::getValue);
                    List<String> gold = Conll2003Parser.encodeIob2(sentence.entities(), sentence.tokens().size());
                    for (int i = 0; i < sentence.tokens().size(); i++) {
                        result.append(sentence.tokens().get(i)).append(' ').append(gold.get(i)).append(' ')
                                .append(predicted[i]).append('\n');
                    }
                    result.append('\n');
                    tokens += sentence.tokens().size();
                    sentences++;
                }
            }
            engine.collectionProcessComplete();
            AtomicFiles.writeString(output, result.toString());
        } catch (UIMAException | IOException | RuntimeException e) {
            err.println("error: " + Errors.describe(e));
            err.flush();
            return ExitCodes.FAILURES;
        } finally {
            engine.destroy();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s: %d documents, %d sentences, %d tokens in %.1f s (%.0f tokens/s) -> %s%n",
                pipeline, documents.size(), sentences, tokens, seconds, tokens / Math.max(seconds, 1e-9), output);
        out.flush();
        return ExitCodes.OK;
    }

    /** The pipeline's analysis components without its segmenters, as one engine. */
    private AnalysisEngine engine(PrintWriter err) throws PipelineDefinitionException, UIMAException {
        Path parent = input.toAbsolutePath().getParent();
        Map<String, String> variables = Map.of("input", parent.toString(), "output", parent.toString());
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(ProjectPaths.pipeline(pipeline), variables));
        List<AnalysisEngineDescription> kept = new ArrayList<>();
        for (AnalysisEngineDescription description : built.components()) {
            if (producesSegmentation(description)) {
                continue;
            }
            kept.add(description);
        }
        return AnalysisEngineFactory.createEngine(
                AnalysisEngineFactory.createEngineDescription(kept.toArray(new AnalysisEngineDescription[0])));
    }

    private static boolean producesSegmentation(AnalysisEngineDescription description) {
        Capability[] capabilities = description.getAnalysisEngineMetaData().getCapabilities();
        if (capabilities == null) {
            return false;
        }
        for (Capability capability : capabilities) {
            for (TypeOrFeature output : capability.getOutputs()) {
                if (SEGMENTATION_TYPES.contains(output.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Conll2003Parser.Document> split(List<Conll2003Parser.Document> documents) {
        boolean datelines = split == Split.datelines || split == Split.auto && documents.size() == 1;
        List<Conll2003Parser.Document> result = new ArrayList<>();
        if (split == Split.none) {
            List<Conll2003Parser.Sentence> all = new ArrayList<>();
            documents.forEach(d -> all.addAll(d.sentences()));
            result.add(new Conll2003Parser.Document(all));
            return result;
        }
        if (datelines) {
            List<Conll2003Parser.Sentence> all = new ArrayList<>();
            documents.forEach(d -> all.addAll(d.sentences()));
            return all.isEmpty() ? result : Conll2003Parser.splitAtDatelines(new Conll2003Parser.Document(all));
        }
        return documents;
    }
}
