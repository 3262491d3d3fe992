package org.marketingadvisor.ruleset;

import java.util.List;
import java.util.UUID;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseException;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What every page that edits a draft shares: finding the open draft it works on, its
 * knowledge base, checking knowledge-base content before saving, and writing a new entry
 * as a YAML list item.
 */
public final class Drafts {

	/** The short ids consultants type: small Latin letters and digits, single hyphens. */
	public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private Drafts() {
	}

	/** The open draft with this id, or 404. */
	public static Version openDraft(VersionStore store, UUID id) {
		return store.byId(id)
			.filter(Version::draft)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The knowledge base of a draft (with what was added to it); 409 when a draft's
	 * knowledge base does not load (a raw edit by an admin can leave it so).
	 */
	public static KnowledgeBase knowledgeBase(VersionStore store, UUID id) {
		try {
			return KnowledgeBaseLoader.load(store.content(id).knowledgeBaseFiles());
		}
		catch (KnowledgeBaseException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, String.join("; ", Problem.english(ex.problems())));
		}
	}

	/** The knowledge base's problems with this content, as start-up would report them. */
	public static List<Problem> knowledgeBaseProblems(Content content) {
		try {
			KnowledgeBaseLoader.load(content.knowledgeBaseFiles());
			return List.of();
		}
		catch (KnowledgeBaseException ex) {
			return Problems.of(ex);
		}
	}

	/**
	 * One entry as a YAML list item ("- key: ..."), every line indented by
	 * {@code indent}.
	 */
	public static String yamlListItem(Object entry, int indent) {
		String yaml = YAML.writeValueAsString(List.of(entry)).replaceFirst("^---\\s*\n", "");
		StringBuilder out = new StringBuilder();
		for (String line : yaml.split("\n")) {
			if (!line.isEmpty()) {
				out.append(" ".repeat(indent)).append(line).append('\n');
			}
		}
		return out.toString();
	}

}
