package org.marketingadvisor.engine;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the content folders are (relative to the working directory unless absolute) and
 * how many Drools sessions to keep ready for reuse.
 */
@ConfigurationProperties("advisor")
public record EngineProperties(@DefaultValue("rules") Path rulesDir,
		@DefaultValue("knowledge-base") Path knowledgeBaseDir, @DefaultValue("8") int sessionPoolSize) {
}
