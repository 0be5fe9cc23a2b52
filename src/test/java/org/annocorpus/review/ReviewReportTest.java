package org.annocorpus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.source.BratGoldSource;
import org.annocorpus.eval.source.XmiSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The generated pages, read as HTML (what a browser shows of them is tested in {@link ReviewBrowserTest}). */
class ReviewReportTest {

    @TempDir
    Path tmp;

    private Path gold;
    private Path system;

    @BeforeEach
    void setUp() throws Exception {
        gold = ReviewFixture.writeGold(tmp.resolve("gold"));
        system = ReviewFixture.writeSystem(tmp.resolve("system"));
    }

    private ReviewReport.Result write(Path output, List<Layer> layers) throws Exception {
        return ReviewReport.write(new BratGoldSource(gold), new XmiSource(system), layers, output);
    }

    private Document page(Path output, String id) throws Exception {
        return Jsoup.parse(output.resolve("docs").resolve(id + ".html").toFile(), "UTF-8");
    }

    private static JsonNode data(Document page) throws Exception {
        return new ObjectMapper().readTree(page.getElementById("review-data").data());
    }

    @Test
    void everyAnnotationGetsTheScorersVerdict() throws Exception {
        Path out = tmp.resolve("review");
        write(out, List.of(Layer.values()));
        JsonNode annotations = data(page(out, "d1")).get("annotations");
        List<org.assertj.core.groups.Tuple> verdicts = Stream.of(annotations.fieldNames()).flatMap(it -> {
            List<String> ids = new java.util.ArrayList<>();
            it.forEachRemaining(ids::add);
            return ids.stream();
        }).map(id -> tuple(annotations.get(id).get("side").asText(), annotations.get(id).get("text").asText(),
                annotations.get(id).get("status").asText())).toList();
        assertThat(verdicts).containsExactlyInAnyOrder(
                tuple("gold", "Ana Ruiz", "correct"), tuple("system", "Ana Ruiz", "correct"),
                tuple("gold", "Tomas Berg", "boundary"), tuple("system", "Tomas", "boundary"),
                tuple("gold", "Lisbon <News> & Co", "type"), tuple("system", "Lisbon <News> & Co", "type"),
                tuple("gold", "Porto", "boundary+type"), tuple("system", "in Porto", "boundary+type"),
                tuple("gold", "Faro", "missed"), tuple("system", "We", "spurious"),
                tuple("gold", "We will hire 300 staff 😀 soon", "attribute"),
                tuple("system", "We will hire 300 staff 😀 soon", "attribute"),
                tuple("gold", "300", "correct"), tuple("system", "300", "correct"),
                tuple("gold", "4 million", "attribute"), tuple("system", "4 million", "attribute"));
        // partners point at each other; code point offsets after the emoji are one less than UTF-16 ones
        JsonNode million = find(annotations, "gold", "4 million");
        JsonNode partner = annotations.get(million.get("partner").asText());
        assertThat(partner.get("partner").asText()).isEqualTo(idOf(annotations, million));
        int[] cp = ReviewFixture.codePoints("4 million");
        assertThat(million.get("begin").asInt()).isEqualTo(cp[0]).isEqualTo(ReviewFixture.D1.indexOf("4 million") - 1);
        assertThat(million.get("detail").asText()).isEqualTo("qualifier: gold APPROX, system EXACT");
        JsonNode systemQuotation = find(annotations, "system", "We will hire 300 staff 😀 soon");
        assertThat(systemQuotation.get("speaker").asText()).isEqualTo("Tomas Berg");
        assertThat(systemQuotation.get("sieve").asText()).isEqualTo("verb-after");
        assertThat(find(annotations, "gold", "We will hire 300 staff 😀 soon").has("sieve")).isFalse();
        assertThat(find(annotations, "gold", "Faro").has("partner")).isFalse();
    }

    @Test
    void theTextIsDrawnWholeWithNestedAnnotationsBadgesAndLabels() throws Exception {
        Path out = tmp.resolve("review");
        write(out, List.of(Layer.values()));
        Document page = page(out, "d1");
        Element text = page.getElementById("text");
        // without badges and labels, the text is the document's, character for character (escaped, not markup)
        Element copy = text.clone();
        copy.select(".badge, .note").remove();
        assertThat(copy.wholeText()).isEqualTo(ReviewFixture.D1);
        assertThat(text.select("News")).isEmpty();

        assertThat(text.select(".badge").eachText()).containsExactly("B", "T", "BT", "A", "FP", "A", "FN");
        assertThat(text.select(".badge.k-missed").first().nextSibling().toString()).isEqualTo("Faro");
        // "300" lies inside both quotations: its pieces are nested in the gold and the system quotation span
        Element number = text.select(".a.g.L-numeric").stream().filter(e -> e.text().equals("300")).findFirst().orElseThrow();
        assertThat(number.parents()).filteredOn(e -> e.is(".a.L-quotations.k-attribute")).hasSize(2);
        // "We" is where the gold quotation, the system quotation and the spurious entity overlap
        Element we = text.select(".a.s.L-entities.k-spurious").first();
        assertThat(we.text()).isEqualTo("FPWe");
        assertThat(we.parents()).filteredOn(e -> e.is(".a.L-quotations")).hasSize(2);
        // labels: speakers of both quotations (they differ; the system's with the sieve that found it), value,
        // unit and qualifier of numeric claims
        assertThat(text.select(".note").eachText()).containsExactly("G 300, exact", "S 300, exact",
                "G Ana Ruiz", "S Tomas Berg (verb-after)", "G 4000000, approx", "S 4000000, exact");
        assertThat(text.select(".note.differs").eachText()).containsExactly("G Ana Ruiz", "S Tomas Berg (verb-after)",
                "G 4000000, approx", "S 4000000, exact");
    }

    @Test
    void theErrorListAndTheScoresComeFromTheScorer() throws Exception {
        Path out = tmp.resolve("review");
        write(out, List.of(Layer.values()));
        Document page = page(out, "d1");
        assertThat(page.select("#errors tbody tr")).extracting(tr -> tr.child(0).text())
                .containsExactly("B boundary", "T type", "BT boundary+type", "FP spurious", "FN missed", "A attribute",
                        "A attribute");
        Element porto = page.select("#errors tbody tr").get(2);
        int[] gold = ReviewFixture.codePoints("Porto");
        int[] system = ReviewFixture.codePoints("in Porto");
        assertThat(porto.text()).contains("LOC " + gold[0] + "–" + gold[1] + " “Porto”",
                "ORG " + system[0] + "–" + system[1] + " “in Porto”", "«in Porto»");
        assertThat(porto.selectFirst("a").attr("href")).startsWith("#g");
        // the header: entities 5 gold, 5 system; strict: 1 match, F1 1/5; partial: Ana Ruiz and Lisbon (same
        // boundaries) 1 each, Tomas and Porto 1/2 each: 3 matches, F1 3/5
        assertThat(page.select("table.scores tbody tr").first().text())
                .isEqualTo("entities 5 5 0.200 0.600 1 missed, 1 spurious, 1 boundary, 1 type, 1 boundary+type");

        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("tbody tr")).extracting(tr -> tr.child(0).text())
                .containsExactly("d1", "d2 no system output");
        assertThat(index.select("tbody tr a").eachAttr("href")).containsExactly("docs/d1.html", "docs/d2.html");
        assertThat(index.select("tfoot td").first().text()).isEqualTo("all documents");
        assertThat(index.text()).contains("d2: no system output");
    }

    @Test
    void pagesAreSelfContainedAndDeterministic() throws Exception {
        write(tmp.resolve("one"), List.of(Layer.values()));
        write(tmp.resolve("two"), List.of(Layer.values()));
        for (String file : List.of("index.html", "docs/d1.html", "docs/d2.html")) {
            byte[] first = Files.readAllBytes(tmp.resolve("one").resolve(file));
            assertThat(first).as(file).isEqualTo(Files.readAllBytes(tmp.resolve("two").resolve(file)));
            Document page = Jsoup.parse(new String(first, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.select("script[src], link, img, iframe, object, embed").size()).as(file).isZero();
            assertThat(page.select("a[href]").eachAttr("href")).as(file)
                    .allSatisfy(href -> assertThat(href).doesNotContain("://").doesNotStartWith("//"));
            assertThat(page.select("style").html()).as(file).doesNotContain("url(", "@import");
        }
        try (Stream<Path> files = Files.list(tmp.resolve("one"))) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void layersNotScoredAreShownFromGold() throws Exception {
        Path out = tmp.resolve("review");
        write(out, List.of(Layer.NUMERIC));
        JsonNode annotations = data(page(out, "d1")).get("annotations");
        assertThat(find(annotations, "gold", "Faro").get("status").asText()).isEqualTo("unscored");
        assertThat(find(annotations, "gold", "We will hire 300 staff 😀 soon").get("status").asText()).isEqualTo("unscored");
        // 5 entities and 1 quotation of gold, unscored; 2 numeric claims each of gold and system, scored
        assertThat(annotations.findValuesAsText("status")).hasSize(10).filteredOn("unscored"::equals).hasSize(6);
        Document page = page(out, "d1");
        assertThat(page.select("#text .badge").eachText()).containsExactly("A");
        assertThat(page.select("table.scores tr.unscored").eachText()).hasSize(2);
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("th.group").eachText()).containsExactly("numeric claims");
        assertThat(index.text()).contains("Not scored: entities, quotations");
    }

    @Test
    void theLayersOfASystemAreThoseItHasAnnotationsOf() throws Exception {
        assertThat(ReviewReport.layersIn(new XmiSource(system))).containsExactly(Layer.values());
    }

    private static JsonNode find(JsonNode annotations, String side, String text) {
        for (JsonNode a : annotations) {
            if (a.get("side").asText().equals(side) && a.get("text").asText().equals(text)) {
                return a;
            }
        }
        throw new AssertionError("no " + side + " annotation \"" + text + "\"");
    }

    private static String idOf(JsonNode annotations, JsonNode annotation) {
        var names = annotations.fieldNames();
        while (names.hasNext()) {
            String id = names.next();
            if (annotations.get(id) == annotation) {
                return id;
            }
        }
        throw new AssertionError();
    }

    @Test
    void aSystemDocumentWithoutGoldIsShownNotScored() throws Exception {
        Files.delete(gold.resolve("d1.txt"));
        Files.delete(gold.resolve("d1.ann"));
        Path out = tmp.resolve("review");

        ReviewReport.Result result = write(out, List.of(Layer.values()));

        Document page = page(out, "d1");
        assertThat(page.select("p.problem").text()).contains("No gold for this document");
        JsonNode annotations = data(page).get("annotations");
        assertThat(annotations.size()).isPositive();
        annotations.forEach(a -> assertThat(a.get("side").asText()).isEqualTo("system"));
        assertThat(result.evaluation().documents()).extracting(d -> d.id()).doesNotContain("d1");
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("a[href=docs/d1.html]")).hasSize(1);
    }
}
