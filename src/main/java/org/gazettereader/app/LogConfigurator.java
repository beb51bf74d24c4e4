// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.helpers.NOPAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The log configuration, in code: a rolling file in the data folder ({@link Logging} points
 * {@value Logging#LOG_DIR_PROPERTY} at it first), rolled daily and at 5 MB, 14 days and 50 MB
 * kept; no file at all when {@value Logging#APPENDER_PROPERTY} is {@value Logging#NO_FILE}.
 * Logback's own status lines are dropped (stdout carries the command line's JSON; {@link Logging}
 * names an unusable folder in one line on stderr).
 *
 * <p>In code rather than in {@code logback.xml}: reading XML loads logback's configuration
 * framework and the JDK's XML parser, some 300 classes at every start of the window and of every
 * command. A {@code -Dlogback.configurationFile=…} given by an administrator is still honoured.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        if (Logging.NO_FILE.equals(System.getProperty(Logging.APPENDER_PROPERTY))) {
            NOPAppender<ILoggingEvent> none = new NOPAppender<>();
            none.setContext(context);
            none.setName("NONE");
            none.start();
            root.addAppender(none);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty(Logging.LOG_DIR_PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "gazette-reader-logs").toString());
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(Path.of(dir, "gazette-reader.log").toString());

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(Path.of(dir, "gazette-reader.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(rolling);
        file.setEncoder(encoder);
        file.start();
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
