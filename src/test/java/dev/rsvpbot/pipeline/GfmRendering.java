package dev.rsvpbot.pipeline;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * A summary read as GitHub reads it: CommonMark with GFM tables and autolinks (commonmark-java). Collects what a
 * reader gets: every link (target and visible text), every code span, the plain text.
 */
final class GfmRendering {
    private static final List<Extension> GFM = List.of(TablesExtension.create(), AutolinkExtension.create());

    /** A link as rendered: where it goes and the text it shows. */
    record Rendered(String destination, String text) {
    }

    final List<Rendered> links = new ArrayList<>();
    final List<String> codeSpans = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    static GfmRendering of(String markdown) {
        Node document = Parser.builder().extensions(GFM).build().parse(markdown);
        GfmRendering seen = new GfmRendering();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                StringBuilder shown = new StringBuilder();
                for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text t) {
                        shown.append(t.getLiteral());
                    } else if (child instanceof Code c) {
                        shown.append(c.getLiteral());
                    }
                }
                seen.links.add(new Rendered(link.getDestination(), shown.toString()));
                visitChildren(link);
            }

            @Override
            public void visit(Code code) {
                seen.codeSpans.add(code.getLiteral());
            }

            @Override
            public void visit(Text t) {
                seen.text.append(t.getLiteral()).append('\n');
            }
        });
        return seen;
    }

    List<String> destinations() {
        return links.stream().map(Rendered::destination).toList();
    }
}
