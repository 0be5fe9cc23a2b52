package org.annocorpus.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.annocorpus.ner.tagger.TaggerModels;
import org.annocorpus.ner.tagger.WordClusters;
import org.annocorpus.quote.SpeakerAttributor.Attribution;
import org.annocorpus.quote.SpeakerCandidates.Candidate;

/**
 * A log-linear ranker over a quotation's candidate speakers ({@link SpeakerCandidates}): the candidate
 * with the highest weighted sum of its features is the speaker ("no speaker" is a candidate too). The
 * chosen attribution records {@code ranker:SIEVE}, the first proposer of the candidate.
 *
 * <p>File format (text, gzip if the name ends in .gz): lines {@code # comment}, one line
 * {@code groups G1,G2,...} (the feature groups the model reads), one {@code clusters LOCATION} (the
 * tagger model whose word clusters the features read, "none" for none), then {@code feature TAB weight}.
 */
final class SpeakerRanker {

    /** The shipped model. */
    static final String DEFAULT = "classpath:/org/annocorpus/models/quote/speaker-ranker.txt.gz";
    private static final Map<String, SpeakerRanker> LOADED = new ConcurrentHashMap<>();

    final Map<String, Double> weights;
    final Set<String> groups;
    final String clustersLocation;
    private final WordClusters clusters;

    SpeakerRanker(Map<String, Double> weights, Set<String> groups, String clustersLocation, WordClusters clusters) {
        this.weights = weights;
        this.groups = Set.copyOf(groups);
        this.clustersLocation = clustersLocation;
        this.clusters = clusters;
    }

    WordClusters clusters() {
        return clusters;
    }

    /** The score of a candidate: the sum of the weights of its features of the model's groups. */
    double score(List<String> features) {
        double sum = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                sum += w;
            }
        }
        return sum;
    }

    /** The candidate the model prefers; ties go to the earlier candidate (sieve order, "no speaker" last). */
    int best(List<Candidate> candidates) {
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double sc = score(active(candidates.get(i).features(), groups));
            if (sc > top) {
                top = sc;
                best = i;
            }
        }
        return best;
    }

    /** The decision of the ranker for quotation {@code q}, as {@link SpeakerAttributor.Decider}. */
    Attribution decide(int q, SpeakerAttributor s, SpeakerCandidates candidates) {
        List<Candidate> list = candidates.of(q);
        Candidate c = list.get(best(list));
        return c.none() ? null : c.attribution().by("ranker:" + c.proposers().get(0));
    }

    /** A decider for one document's attributor. */
    SpeakerAttributor.Decider decider(SpeakerAttributor s) {
        SpeakerCandidates candidates = new SpeakerCandidates(s, clusters);
        return (q, a) -> decide(q, a, candidates);
    }

    /** The features of the given groups. */
    static List<String> active(List<String> features, Set<String> groups) {
        if (groups.containsAll(SpeakerCandidates.GROUPS)) {
            return features;
        }
        List<String> out = new ArrayList<>();
        for (String f : features) {
            if (groups.contains(SpeakerCandidates.group(f))) {
                out.add(f);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- files

    /** The model at a location ({@code classpath:/...} or a file path), loaded once per JVM. */
    static SpeakerRanker load(String location) throws IOException {
        return WeightFiles.load(location, LOADED, SpeakerRanker::read);
    }

    static SpeakerRanker read(BufferedReader r, String location) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        String[] header = new String[2]; // groups, clusters
        WeightFiles.read(r, location, weights, line -> {
            if (line.startsWith("groups ")) {
                header[0] = line.substring(7).trim();
                return true;
            }
            if (line.startsWith("clusters ")) {
                header[1] = line.substring(9).trim();
                return true;
            }
            return false;
        });
        if (header[0] == null || header[1] == null) {
            throw new IOException(location + ": no 'groups' or 'clusters' line: not a speaker ranker model");
        }
        String clusters = header[1];
        WordClusters wc = clusters.equals("none") ? WordClusters.empty() : TaggerModels.model(clusters).clusters();
        return new SpeakerRanker(weights, Set.of(header[0].split(",")), clusters, wc);
    }

    /** Writes the model: comments, groups, clusters, then the weights sorted by feature (byte-identical re-runs). */
    void write(OutputStream out, boolean gzip, List<String> comments) throws IOException {
        WeightFiles.write(out, gzip, comments, List.of(
                "groups " + String.join(",", SpeakerCandidates.GROUPS.stream().filter(groups::contains).toList()),
                "clusters " + clustersLocation), weights, List.of());
    }
}
