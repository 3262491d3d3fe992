package org.marketingadvisor.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings: how many submitted assessments there must be before a report shows the
 * peers' averages (fewer would let an average give away one company's scores).
 */
@ConfigurationProperties("advisor.report")
public record ReportProperties(@DefaultValue("10") int peerMinimum) {
}
