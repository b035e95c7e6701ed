package dev.rsvpbot.classify;

/**
 * A talk named in a reply.
 *
 * @param title the title, or empty when only a link was given
 * @param url   the link, arXiv links normalised to {@code https://arxiv.org/abs/ID}; empty when only a title was given
 */
public record Talk(String title, String url) {
    public Talk {
        title = title == null ? "" : title;
        url = url == null ? "" : url;
    }
}
