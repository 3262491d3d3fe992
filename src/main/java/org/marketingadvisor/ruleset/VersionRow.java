package org.marketingadvisor.ruleset;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.marketingadvisor.ruleset.VersionStore.Version;

/** A version as the authoring pages show it: its times in UTC, and whether it is live. */
public record VersionRow(Version version, String created, String published, boolean live) {

	/** How the authoring pages write a moment. */
	public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	public static VersionRow of(Version v, int liveNumber) {
		return new VersionRow(v, WHEN.format(v.createdAt()),
				v.publishedAt() == null ? "" : WHEN.format(v.publishedAt()),
				v.number() != null && v.number() == liveNumber);
	}

}
