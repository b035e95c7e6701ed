package dev.rsvpbot.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LogEncodingTest {
    @Test
    void logLinesAreWrittenAsUtf8WhateverTheLocale() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(stderr).as("the STDERR appender of logback.xml").isNotNull();
        assertThat(((LayoutWrappingEncoder<?>) stderr.getEncoder()).getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }
}
