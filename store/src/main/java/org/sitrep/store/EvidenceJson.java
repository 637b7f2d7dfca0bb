package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.sitrep.model.Evidence;

import java.util.ArrayList;
import java.util.List;

/** Evidence spans as the JSON array EVENT-SCHEMA.md shows: {@code [{"field", "text", "start", "end"}]}. */
final class EvidenceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvidenceJson() {
    }

    static String write(List<Evidence> evidence) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Evidence e : evidence) {
            array.addObject().put("field", e.field()).put("text", e.text()).put("start", e.start()).put("end", e.end());
        }
        return array.toString();
    }

    /** Returns the spans in {@code json}; throws IllegalArgumentException when it is not such an array. */
    static List<Evidence> read(String json) {
        try {
            List<Evidence> out = new ArrayList<>();
            for (JsonNode n : MAPPER.readTree(json)) {
                out.add(new Evidence(n.path("field").asText(), n.path("text").asText(), n.path("start").asInt(),
                        n.path("end").asInt()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored evidence is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
