package org.marketingadvisor.knowledge;

import java.nio.charset.StandardCharsets;

/**
 * A content file (YAML, DRL) with its path relative to its root folder, always with '/'.
 */
public record SourceFile(String path, byte[] content) {

	public String text() {
		return new String(content, StandardCharsets.UTF_8);
	}

	public String fileName() {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? path : path.substring(slash + 1);
	}

}
