package org.annocorpus.quote.bench;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annocorpus.io.SafeXmi;
import org.annocorpus.quote.QuotationAnnotator;
import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.annocorpus.util.AtomicFiles;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * The sieve ablation of the quotation extractor: on XMI that already holds everything the extractor reads
 * (tokens, tags, sentences, paragraphs, named entities) and no quotations, runs {@link QuotationAnnotator}
 * with every sieve ({@code all}) and once without each sieve ({@code no-NAME}, the others in their default
 * order), and writes each run's XMI to {@code OUT/CONFIG/xmi/}. Scoring is left to the benchmarks.
 *
 * <p>Usage: {@code SieveAblation BASE_XMI_DIR OUT_DIR [CONFIG...]} (only the named configurations, when
 * given); prints the configurations written, one a line.
 */
public final class SieveAblation {

    private SieveAblation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SieveAblation BASE_XMI_DIR OUT_DIR [CONFIG...]");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1]), List.of(args).subList(2, args.length)));
    }

    /** Runs the configurations named in {@code only}, or all of them when it is empty. */
    static int run(Path base, Path out, List<String> only) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(base)) {
            files = s.filter(p -> p.toString().endsWith(".xmi")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("error: no .xmi files in " + base);
            return 1;
        }
        JCas jcas = JCasFactory.createJCas();
        for (Map.Entry<String, List<String>> config : configurations().entrySet()) {
            if (!only.isEmpty() && !only.contains(config.getKey())) {
                continue;
            }
            AnalysisEngine engine = createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_SIEVES,
                    config.getValue().toArray(new String[0]));
            Path dir = out.resolve(config.getKey()).resolve("xmi");
            Files.createDirectories(dir);
            for (Path file : files) {
                jcas.reset();
                try (InputStream in = Files.newInputStream(file)) {
                    SafeXmi.deserialize(in, jcas.getCas(), false);
                } catch (org.xml.sax.SAXException e) {
                    throw new IOException(file + ": not readable XMI: " + e.getMessage(), e);
                }
                // a base with quotations of its own would mix two runs: start from none
                new ArrayList<>(JCasUtil.select(jcas, Quotation.class)).forEach(Quotation::removeFromIndexes);
                new ArrayList<>(JCasUtil.select(jcas, SourceMention.class)).forEach(SourceMention::removeFromIndexes);
                engine.process(jcas);
                AtomicFiles.write(dir.resolve(file.getFileName()), o -> {
                    try {
                        XmiCasSerializer.serialize(jcas.getCas(), o);
                    } catch (org.xml.sax.SAXException e) {
                        throw new IOException(e);
                    }
                });
            }
            engine.destroy();
            System.out.println(config.getKey());
        }
        return 0;
    }

    /** {@code all}, then {@code no-NAME} for each sieve, in the default order. */
    static Map<String, List<String>> configurations() {
        List<String> order = QuotationAnnotator.defaultSieves();
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("all", order);
        for (String drop : order) {
            out.put("no-" + drop, order.stream().filter(s -> !s.equals(drop)).toList());
        }
        return out;
    }
}
