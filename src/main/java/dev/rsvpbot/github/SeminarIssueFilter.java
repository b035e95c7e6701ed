package dev.rsvpbot.github;

import dev.rsvpbot.config.GithubConfig.IssueSelector;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Tells seminar issues apart: any configured label, or any title pattern found in the title. */
final class SeminarIssueFilter {
    private final List<String> labels;
    private final List<Pattern> titlePatterns;

    SeminarIssueFilter(IssueSelector selector) {
        this.labels = selector.labels().stream().map(String::strip).toList();
        this.titlePatterns = selector.titlePatterns().stream().map(SeminarIssueFilter::compile).toList();
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new GithubSetupException("github.issues.title-patterns: '" + regex + "' is not a valid regular expression ("
                    + e.getDescription() + ").");
        }
    }

    boolean matches(String title, Collection<String> issueLabels) {
        for (String label : issueLabels) {
            if (labels.stream().anyMatch(label::equalsIgnoreCase)) {
                return true;
            }
        }
        String t = title == null ? "" : title;
        return titlePatterns.stream().anyMatch(p -> p.matcher(t).find());
    }
}
