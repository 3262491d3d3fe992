package org.marketingadvisor.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A content file (YAML, DRL) with its path relative to its root folder, always with '/'.
 */
public record SourceFile(String path, byte[] content) {

	public String text() {
		return new String(content, StandardCharsets.UTF_8);
	}

	/**
	 * SHA-256 over the files' paths and contents, in order, hex: a key for what was made
	 * from exactly these files (caches of parsed, loaded and compiled content).
	 */
	public static String digest(List<SourceFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (SourceFile file : files) {
				digest.update(file.path().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.content());
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String fileName() {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? path : path.substring(slash + 1);
	}

}
