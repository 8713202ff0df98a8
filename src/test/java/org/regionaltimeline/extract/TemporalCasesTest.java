package org.regionaltimeline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The development set's temporal cases, scored as the scorer does: the longest expression's range must match. */
class TemporalCasesTest {

    @Test
    void atLeastNineInTenRangesAreRight() throws Exception {
        JsonNode cases = new ObjectMapper().readTree(DevSetScoreTest.resource("/devset/temporal_cases.json"));
        TemporalParser parser = new TemporalParser();
        int right = 0;
        StringBuilder wrong = new StringBuilder();
        for (JsonNode c : cases) {
            List<TemporalExpression> found = parser.parse(c.get("text").asText(), LocalDate.parse(c.get("reference").asText()));
            TemporalExpression longest = found.stream().max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
            JsonNode want = c.get("expected");
            boolean ok = longest != null && longest.date().start().toString().equals(want.get("start").asText())
                    && longest.date().end().toString().equals(want.get("end").asText());
            if (ok) {
                right++;
            } else {
                wrong.append(c.get("id").asText()).append(' ').append(c.get("text").asText()).append(" → ")
                        .append(longest == null ? "nothing" : longest.text() + " " + longest.date()).append('\n');
            }
        }
        System.out.println("temporal cases: " + right + "/" + cases.size() + "\n" + wrong);
        assertTrue(right >= 0.9 * cases.size(), right + "/" + cases.size() + " right:\n" + wrong);
    }
}
