package org.annocorpus.eval;

import static org.annocorpus.eval.Spans.outcomes;
import static org.annocorpus.eval.Spans.span;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SpanMatcherTest {

    private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    @Test
    void resultDoesNotDependOnAnnotationOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<Span> gold = randomSpans(random, 12);
            List<Span> system = randomSpans(random, 12);
            for (Mode mode : Mode.values()) {
                ModeCounts expected = Spans.score(gold, system, mode);
                for (int shuffle = 0; shuffle < 5; shuffle++) {
                    List<Span> g = new ArrayList<>(gold);
                    List<Span> s = new ArrayList<>(system);
                    Collections.shuffle(g, random);
                    Collections.shuffle(s, random);
                    ModeCounts shuffled = Spans.score(g, s, mode);
                    assertThat(outcomes(shuffled)).as("round %d, %s", round, mode).isEqualTo(outcomes(expected));
                    for (String type : expected.types().keySet()) {
                        assertThat(shuffled.types().get(type).prf()).isEqualTo(expected.types().get(type).prf());
                    }
                }
            }
        }
    }

    /** The matcher's credit is the best any one-to-one pairing achieves (brute force on small random cases). */
    @Test
    void creditIsMaximal() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<Span> gold = randomSpans(random, 1 + random.nextInt(5));
            List<Span> system = randomSpans(random, 1 + random.nextInt(5));
            for (Mode mode : Mode.values()) {
                SpanMatcher.Matching matching = SpanMatcher.match(gold, system, mode);
                int credit = matching.pairs().stream()
                        .mapToInt(p -> mode.credit(gold.get(p.gold()), system.get(p.system()))).sum();
                assertThat(credit).as("round %d, %s", round, mode).isEqualTo(bestCredit(gold, system, mode, 0, new boolean[system.size()]));
                assertThat(matching.pairs()).allMatch(p -> gold.get(p.gold()).overlaps(system.get(p.system())));
                assertThat(matching.pairs().size() + matching.unmatchedGold().size()).isEqualTo(gold.size());
                assertThat(matching.pairs().size() + matching.unmatchedSystem().size()).isEqualTo(system.size());
            }
        }
    }

    private static int bestCredit(List<Span> gold, List<Span> system, Mode mode, int g, boolean[] used) {
        if (g == gold.size()) {
            return 0;
        }
        int best = bestCredit(gold, system, mode, g + 1, used);
        for (int s = 0; s < system.size(); s++) {
            if (!used[s] && gold.get(g).overlaps(system.get(s))) {
                used[s] = true;
                best = Math.max(best, mode.credit(gold.get(g), system.get(s)) + bestCredit(gold, system, mode, g + 1, used));
                used[s] = false;
            }
        }
        return best;
    }

    private static List<Span> randomSpans(Random random, int n) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int begin = random.nextInt(40);
            spans.add(span(TYPES.get(random.nextInt(TYPES.size())), begin, begin + 1 + random.nextInt(8)));
        }
        return spans;
    }
}
