package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesClassifierTest {
    private final JsonLinesClassifier service = new JsonLinesClassifier(new ReplyClassifier(Lexicon.defaults()));
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> run(String input, JsonLinesClassifier.Outcome[] outcome) throws IOException {
        return runBytes(input.getBytes(java.nio.charset.StandardCharsets.UTF_8), outcome);
    }

    @Test
    void eachReplyGetsOneLineInInputOrderWithItsIdEchoedInItsOwnType() throws IOException {
        JsonLinesClassifier.Outcome[] outcome = new JsonLinesClassifier.Outcome[1];
        List<JsonNode> out = run("""
                {"id": "c42", "body": "大家好，我是新人李明，推荐人 @23LuZ，poster: https://arxiv.org/abs/1801.07698v2", "author": "liming"}
                {"id": 7, "body": "这周来不了"}
                """, outcome);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("id").isTextual()).isTrue();
        assertThat(out.get(0).get("id").asText()).isEqualTo("c42");
        assertThat(out.get(0).get("labels").toString()).isEqualTo("[\"POSTER\",\"NEWCOMER\"]");
        assertThat(out.get(0).get("talk").get("url").asText()).isEqualTo("https://arxiv.org/abs/1801.07698");
        assertThat(out.get(0).get("referrer").asText()).isEqualTo("23LuZ");
        assertThat(out.get(0).get("evidence").size()).isGreaterThanOrEqualTo(2);
        assertThat(out.get(1).get("id").isInt()).isTrue();
        assertThat(out.get(1).get("labels").toString()).isEqualTo("[\"WITHDRAW\"]");
        assertThat(out.get(1).has("talk")).isFalse();
        assertThat(outcome[0].badLines()).isEmpty();
        assertThat(outcome[0].classified()).isEqualTo(2);
    }

    @Test
    void aBadLineGetsAnErrorInItsPlaceAndTheRestGoOn() throws IOException {
        JsonLinesClassifier.Outcome[] outcome = new JsonLinesClassifier.Outcome[1];
        List<JsonNode> out = run(String.join("\n",
                "{\"id\": 1, \"body\": \"oral\"}",
                "",
                "{not json",
                "[1, 2]",
                "{\"id\": 4}",
                "{\"id\": 5, \"body\": 12}",
                "{\"id\": 6, \"body\": \"P\"} trailing",
                "{\"id\": {\"x\": 1}, \"body\": \"P\"}",
                "   ",
                "{\"id\": 9, \"body\": \"P\"}"), outcome);
        assertThat(out).hasSize(8);
        assertThat(out.get(0).get("labels").get(0).asText()).isEqualTo("ORAL");
        assertThat(out.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(1).get("error").asText()).startsWith("not valid JSON");
        assertThat(out.get(2).get("error").asText()).contains("got an array");
        assertThat(out.get(3).get("error").asText()).contains("missing \"body\"");
        assertThat(out.get(4).get("error").asText()).contains("\"body\" must be a string, got a number");
        assertThat(out.get(5).get("line").asInt()).isEqualTo(7);
        assertThat(out.get(6).get("error").asText()).contains("\"id\" must be a string or a number");
        assertThat(out.get(7).get("id").asInt()).isEqualTo(9);
        assertThat(outcome[0].badLines()).containsExactly(3, 4, 5, 6, 7, 8);
    }

    @Test
    void aLineIsReadInTheThreadItsIssueGivesAndABadIssueIsThatLinesError() throws IOException {
        JsonLinesClassifier.Outcome[] outcome = new JsonLinesClassifier.Outcome[1];
        String signUp = "\"issue\": {\"title\": \"课程登记\", \"body\": \"请回复：\\n1. 姓名\\n2. 是否参加【是/否】\", \"user\": {\"login\": \"teacher\"}}";
        List<JsonNode> out = run(String.join("\n",
                "{\"id\": 1, \"body\": \"1. 姓名：张三 2. 参加：【是】\", " + signUp + "}",
                "{\"id\": 2, \"body\": \"1. 姓名：张三 2. 参加：【是】\"}",
                "{\"id\": 3, \"body\": \"王五 @wangwu\", " + signUp + "}",
                "{\"id\": 4, \"body\": \"P\", \"issue\": \"課程\"}",
                "{\"id\": 5, \"body\": \"P\", \"issue\": {\"title\": 3}}"), outcome);
        assertThat(out.get(0).get("labels").toString()).isEqualTo("[\"ATTEND\"]");
        assertThat(out.get(0).get("evidence").get(0).get("cue").asText()).isEqualTo("thread:answer 1 (details)");
        assertThat(out.get(1).get("evidence").toString()).doesNotContain("thread:");
        assertThat(out.get(2).get("labels").toString()).isEqualTo("[\"ATTEND\"]");
        assertThat(out.get(3).get("error").asText()).contains("\"issue\" must be an object");
        assertThat(out.get(4).get("error").asText()).contains("\"issue\".title must be a string");
        assertThat(outcome[0].badLines()).containsExactly(4, 5);
    }

    @Test
    void anErrorDoesNotEchoTheBadLine() throws IOException {
        JsonLinesClassifier.Outcome[] outcome = new JsonLinesClassifier.Outcome[1];
        List<JsonNode> out = run("{\"body\": \"secret-token-ghp_abc\" oops}", outcome);
        assertThat(out.get(0).get("error").asText()).doesNotContain("secret-token");
    }

    private List<JsonNode> runBytes(byte[] input, JsonLinesClassifier.Outcome[] outcome) throws IOException {
        StringWriter out = new StringWriter();
        outcome[0] = service.run(new java.io.ByteArrayInputStream(input), out);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsSkipped() throws IOException {
        JsonLinesClassifier.Outcome[] outcome = new JsonLinesClassifier.Outcome[1];
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] line = "{\"id\": 1, \"body\": \"oral\"}\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] input = new byte[bom.length + line.length];
        System.arraycopy(bom, 0, input, 0, bom.length);
        System.arraycopy(line, 0, input, bom.length, line.length);
        List<JsonNode> out = runBytes(input, outcome);
        assertThat(out).singleElement().satisfies(n -> assertThat(n.get("id").asInt()).isEqualTo(1));
        assertThat(outcome[0].badLines()).isEmpty();
    }

    @Test
    void invalidUtf8IsAnErrorForThatLineAloneNotSilentlyRepaired() throws IOException {
        JsonLinesClassifier.Outcome[] outcome = new JsonLinesClassifier.Outcome[1];
        byte[] input = "{\"id\": 1, \"body\": \"caf\u00e9\"}\n{\"id\": 2, \"body\": \"cafe\"}\n{\"id\": 3, \"body\": \"ok\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        List<JsonNode> out = runBytes(input, outcome);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(out.get(0).get("error").asText()).contains("not valid UTF-8");
        assertThat(out.get(1).get("id").asInt()).isEqualTo(2);
        assertThat(outcome[0].badLines()).containsExactly(1);
    }

    @Test
    void aLineWithoutAnIdEchoesItsLineNumber() throws IOException {
        JsonLinesClassifier.Outcome[] outcome = new JsonLinesClassifier.Outcome[1];
        List<JsonNode> out = run("\n{\"body\": \"oral\"}\n", outcome);
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.has("id")).isFalse();
            assertThat(n.get("line").asInt()).isEqualTo(2);
            assertThat(n.has("error")).isFalse();
        });
    }

    @Test
    void aNullBodyIsAnEmptyReplyAsPreviewReadsIt() throws IOException {
        JsonLinesClassifier.Outcome[] outcome = new JsonLinesClassifier.Outcome[1];
        List<JsonNode> nullBody = run("{\"id\": 1, \"body\": null}\n", outcome);
        List<JsonNode> emptyBody = run("{\"id\": 1, \"body\": \"\"}\n", outcome);
        assertThat(nullBody).isEqualTo(emptyBody);
        assertThat(outcome[0].badLines()).isEmpty();
    }
}
