package dev.rsvpbot.pipeline;

import dev.rsvpbot.config.RenderConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.github.ThreadFiles;
import dev.rsvpbot.thread.IssueThread;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/** The shipped example thread (examples/), end to end through the real classifier, in both languages. */
class ExampleThreadGoldenTest {
    static IssueThread example() throws Exception {
        return new ThreadFiles().read(Path.of("examples", "issue.json"), Path.of("examples", "comments.json"));
    }

    static SummaryPipeline pipeline(String language) {
        return new SummaryPipeline(RsvpConfig.defaults().withRender(new RenderConfig(language)));
    }

    @Test
    void exampleThreadInChinese() throws Exception {
        GoldenFiles.assertMatches("example-zh.md", pipeline("zh").summarize(example(), "rsvp-bot").body());
    }

    @Test
    void exampleThreadInEnglish() throws Exception {
        GoldenFiles.assertMatches("example-en.md", pipeline("en").summarize(example(), "rsvp-bot").body());
    }

    @Test
    void exampleThreadAsJson() throws Exception {
        SummaryPipeline pipeline = pipeline("en");
        GoldenFiles.assertMatches("example-en.json", pipeline.json(pipeline.summarize(example(), "rsvp-bot").data()));
    }
}
