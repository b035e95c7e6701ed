package dev.rsvpbot.pipeline;

import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.digest.Digest;
import dev.rsvpbot.digest.DigestBuilder;
import dev.rsvpbot.digest.SummarisedIssue;
import dev.rsvpbot.render.DigestJson;
import dev.rsvpbot.render.DigestRenderer;
import dev.rsvpbot.thread.SeasonIssue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The digest end to end, pure: each season issue through the {@link SummaryPipeline} (the same ledger and agenda
 * as its summary comment), then the digest stage, then both renderers. The window and the time are passed in.
 *
 * <pre>{@code
 * DigestPipeline.Result r = new DigestPipeline(config).digest(issues, "rsvp-bot", now.minus(Duration.ofDays(7)), now);
 * }</pre>
 */
public final class DigestPipeline {
    private final SummaryPipeline summaries;
    private final DigestBuilder builder;
    private final DigestRenderer markdown;
    private final DigestJson json;

    public DigestPipeline(RsvpConfig config) {
        this(config, new SummaryPipeline(config));
    }

    /** With a given summary pipeline (tests that fix what each reply means). */
    DigestPipeline(RsvpConfig config, SummaryPipeline summaries) {
        this.summaries = summaries;
        this.builder = new DigestBuilder(config.digest(), config.agenda());
        this.markdown = new DigestRenderer(config.agenda(), config.commands(), config.render().language());
        this.json = new DigestJson(config.agenda(), config.commands(), config.render().language());
    }

    /**
     * @param body the comment, starting with its {@link dev.rsvpbot.render.DigestMarker} line
     * @param json the same data as JSON
     */
    public record Result(Digest digest, String body, String json) {
    }

    public Result digest(List<SeasonIssue> issues, String botLogin, Instant windowStart, Instant now) {
        List<SummarisedIssue> summarised = new ArrayList<>();
        for (SeasonIssue issue : issues) {
            ThreadSummary s = summaries.summarize(issue.thread(), botLogin).data();
            summarised.add(new SummarisedIssue(issue, s.ledger(), s.agenda()));
        }
        Digest digest = builder.build(summarised, windowStart, now);
        return new Result(digest, markdown.render(digest), json.write(digest));
    }
}
