package org.marketingadvisor.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rule-set versions: whether the folders on disk are watched for changes, and whether a
 * change that builds is published without a consultant's review. The intervals of the
 * disk check and of following other instances are
 * {@code advisor.rules.disk-check-interval} and {@code advisor.rules.poll-interval}.
 */
@ConfigurationProperties("advisor.rules")
record RuleSetProperties(@DefaultValue("true") boolean watchDisk, @DefaultValue("false") boolean autoPublishDisk) {
}
