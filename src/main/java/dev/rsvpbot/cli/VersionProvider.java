package dev.rsvpbot.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ({@code Implementation-Version}), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[]{"rsvp-bot " + (version == null ? "development" : version)};
    }
}
