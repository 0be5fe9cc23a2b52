package org.annocorpus.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentSpans;
import org.annocorpus.eval.Evaluation;
import org.annocorpus.eval.Evaluator;
import org.annocorpus.eval.source.DocumentSource;
import org.annocorpus.util.AtomicFiles;

/**
 * Writes the HTML review of a system's output against gold: {@code index.html} and {@code docs/ID.html} per
 * gold document, and a page per system document without gold showing the system output unscored.
 * Scoring is the scorer's ({@link Evaluator}): the pages show its pairings, verdicts and
 * figures. Gold of the layers that are not scored is shown too, for reading. Documents are rendered and
 * written one at a time, as the scorer reaches them. The pages are self-contained (styles and scripts
 * inline, nothing loaded) and deterministic.
 */
public final class ReviewReport {

    /** What was written; {@code shown}: layers whose gold is shown without being scored. */
    public record Result(Path index, int pages, Evaluation evaluation, List<Layer> shown) {
    }

    private ReviewReport() {
    }

    /**
     * The layers of which the system output has at least one annotation: what a review scores by default
     * (a layer the system does not annotate at all would only show every gold annotation as missed).
     */
    public static List<Layer> layersIn(DocumentSource system) throws IOException {
        Set<Layer> found = EnumSet.noneOf(Layer.class);
        Set<Layer> all = EnumSet.allOf(Layer.class);
        for (String id : system.ids()) {
            try {
                DocumentSpans spans = system.load(id, all);
                all.stream().filter(layer -> !spans.spans(layer).isEmpty()).forEach(found::add);
            } catch (IOException e) {
                continue; // reported when the document is scored
            }
            if (found.size() == all.size()) {
                break;
            }
        }
        return List.copyOf(found);
    }

    /** @param layers the layers to score; the gold of the others is shown for reading */
    public static Result write(DocumentSource gold, DocumentSource system, List<Layer> layers, Path output)
            throws IOException {
        List<Layer> shown = Arrays.stream(Layer.values()).filter(layer -> !layers.contains(layer)).toList();
        Set<Layer> shownSet = shown.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(shown);
        List<String> ids = gold.ids();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i);
        }
        Path docs = output.resolve("docs");
        List<IndexPage.Row> rows = new ArrayList<>();
        Evaluation evaluation = new Evaluator(layers, 40, false).evaluate(gold, system, (g, s, result, problem) -> {
            DocumentSpans goldShown = shown.isEmpty() ? g : gold.load(g.id(), shownSet);
            DocumentReview review = DocumentReview.of(g, s, result, layers, goldShown, shown, problem);
            int i = positions.get(g.id());
            DocumentPage.Context context = new DocumentPage.Context(gold.description(), system.description(),
                    i > 0 ? ids.get(i - 1) : null, i + 1 < ids.size() ? ids.get(i + 1) : null);
            AtomicFiles.writeString(docs.resolve(g.id() + ".html"), DocumentPage.render(review, context));
            Map<Layer, Integer> errors = new EnumMap<>(Layer.class);
            review.errors().forEach(row -> errors.merge(row.error().layer(), 1, Integer::sum));
            rows.add(new IndexPage.Row(g.id(), result.counts(), errors, problem));
        });
        // System documents without gold: their pages show the system output, not scored (nothing to score against)
        List<String> withoutGold = evaluation.extra();
        Set<Layer> all = EnumSet.allOf(Layer.class);
        for (int i = 0; i < withoutGold.size(); i++) {
            String id = withoutGold.get(i);
            DocumentSpans s;
            try {
                s = system.load(id, all);
            } catch (IOException e) {
                continue; // unreadable system output: listed on the index page, no page
            }
            DocumentReview review = DocumentReview.withoutGold(s);
            DocumentPage.Context context = new DocumentPage.Context(gold.description(), system.description(),
                    i > 0 ? withoutGold.get(i - 1) : null, i + 1 < withoutGold.size() ? withoutGold.get(i + 1) : null);
            AtomicFiles.writeString(docs.resolve(id + ".html"), DocumentPage.render(review, context));
        }
        Path index = output.resolve("index.html");
        AtomicFiles.writeString(index, IndexPage.render(evaluation, shown, rows));
        return new Result(index, rows.size() + withoutGold.size(), evaluation, shown);
    }
}
