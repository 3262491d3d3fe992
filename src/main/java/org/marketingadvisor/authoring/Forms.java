package org.marketingadvisor.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.authoring.VersionStore.Version;
import org.marketingadvisor.knowledge.KnowledgeBaseException;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the authoring pages share: reading form fields, finding the open draft a page
 * works on, checking knowledge-base content before saving, and writing a new entry as a
 * YAML list item.
 */
final class Forms {

	/** The short ids consultants type: small Latin letters and digits, single hyphens. */
	static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** A choice of a select, with its label. */
	record Choice(String value, String label) {
	}

	private Forms() {
	}

	static String param(HttpServletRequest request, String name) {
		String v = request.getParameter(name);
		return v == null ? "" : v;
	}

	/**
	 * Every non-blank value of a field that may repeat (checkboxes, multiple selects).
	 */
	static List<String> values(HttpServletRequest request, String name) {
		String[] v = request.getParameterValues(name);
		return v == null ? List.of() : Arrays.stream(v).filter(s -> !s.isBlank()).toList();
	}

	/** The open draft with this id, or 404. */
	static Version openDraft(VersionStore store, UUID id) {
		return store.byId(id)
			.filter(Version::draft)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The knowledge base of a draft (with what was added to it); 409 when a draft's
	 * knowledge base does not load (a raw edit by an admin can leave it so).
	 */
	static org.marketingadvisor.knowledge.KnowledgeBase knowledgeBase(VersionStore store, UUID id) {
		try {
			return KnowledgeBaseLoader.load(store.content(id).knowledgeBaseFiles());
		}
		catch (KnowledgeBaseException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, String.join("; ", ex.problems()));
		}
	}

	/** The knowledge base's problems with this content, as start-up would report them. */
	static List<String> knowledgeBaseProblems(Content content) {
		try {
			KnowledgeBaseLoader.load(content.knowledgeBaseFiles());
			return List.of();
		}
		catch (KnowledgeBaseException ex) {
			return RuleSetVersions.problemsOf(ex);
		}
	}

	/**
	 * One entry as a YAML list item ("- key: ..."), every line indented by
	 * {@code indent}.
	 */
	static String yamlListItem(Object entry, int indent) {
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
