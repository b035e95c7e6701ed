package dev.rsvpbot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML file with the line of every key and value, so that errors can point at the line.
 * Jackson's tree drops locations; a second pass over the token stream records them by JSON pointer.
 */
final class YamlDocument {
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Parses the text; duplicate keys are errors, not "last one wins". */
    static YamlDocument parse(String text) throws JsonProcessingException {
        YAMLFactory factory = YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        ObjectMapper mapper = new ObjectMapper(factory);
        JsonNode root = mapper.readTree(text);
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            // The tree stops after the first value; the token pass reads the whole text, so what follows that
            // value (a second mapping at another indentation) is found only here: invalid YAML, with its line.
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("YAML parsed once but not twice", e);
        }
        return new YamlDocument(root == null ? MissingNode.getInstance() : root, lines);
    }

    JsonNode root() {
        return root;
    }

    /** The 1-based line of the key or item at the pointer ({@code /agenda/orals}), or of its nearest parent. */
    int lineOf(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }
}
