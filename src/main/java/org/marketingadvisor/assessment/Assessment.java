package org.marketingadvisor.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One owner's assessment. While a draft, its answers (raw JSON, as submitted by the form
 * or the API) may be saved again and again; once submitted, answers and result are frozen
 * together with the rule-set version that produced the result.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

	public enum Status {

		DRAFT, SUBMITTED

	}

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 64)
	private String token;

	@Column(name = "company_label", length = 200)
	private String companyLabel;

	@Column(nullable = false, length = 2)
	private String lang;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(nullable = false, length = 1_000_000)
	private String answers;

	@Column(name = "current_section", length = 100)
	private String currentSection;

	@Column(length = 1_000_000)
	private String result;

	@Column(name = "ruleset_version", length = 64)
	private String rulesetVersion;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "last_saved_at", nullable = false)
	private Instant lastSavedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "previous_id")
	private UUID previousId;

	/**
	 * Null until first stored: that is how Spring Data tells a new assessment (whose id
	 * is assigned here) from a stored one, so saving a new one is one INSERT, not a
	 * SELECT first.
	 */
	@Version
	@Column(name = "row_version", nullable = false)
	private Long rowVersion;

	protected Assessment() {
	}

	static Assessment draft(String token, String lang, String companyLabel, Instant now) {
		Assessment a = new Assessment();
		a.id = UUID.randomUUID();
		a.token = token;
		a.lang = lang;
		a.companyLabel = companyLabel;
		a.status = Status.DRAFT;
		a.answers = "{}";
		a.startedAt = now;
		a.lastSavedAt = now;
		return a;
	}

	/**
	 * A new draft for taking the diagnostic again, pre-filled with the answers of the
	 * assessment it follows.
	 */
	static Assessment followUp(Assessment previous, String token, String lang, Instant now) {
		Assessment a = draft(token, lang, previous.companyLabel, now);
		a.answers = previous.answers;
		a.previousId = previous.id;
		return a;
	}

	/** Saves a draft's answers and where the owner is; refused once submitted. */
	void saveDraft(String answersJson, String section, String lang, Instant now) {
		requireDraft();
		this.answers = answersJson;
		this.currentSection = section;
		this.lang = lang;
		this.lastSavedAt = now;
	}

	/**
	 * Freezes the answers with their evaluation and the rule-set version that produced
	 * it.
	 */
	void submit(String answersJson, String resultJson, String rulesetVersion, String lang, Instant now) {
		requireDraft();
		this.answers = answersJson;
		this.result = resultJson;
		this.rulesetVersion = rulesetVersion;
		this.lang = lang;
		this.status = Status.SUBMITTED;
		this.submittedAt = now;
		this.lastSavedAt = now;
	}

	private void requireDraft() {
		if (status != Status.DRAFT) {
			throw new AssessmentSubmittedException(id);
		}
	}

	public UUID getId() {
		return id;
	}

	public String getToken() {
		return token;
	}

	public String getCompanyLabel() {
		return companyLabel;
	}

	public String getLang() {
		return lang;
	}

	public Status getStatus() {
		return status;
	}

	public boolean isSubmitted() {
		return status == Status.SUBMITTED;
	}

	public String getAnswers() {
		return answers;
	}

	public String getCurrentSection() {
		return currentSection;
	}

	public String getResult() {
		return result;
	}

	public String getRulesetVersion() {
		return rulesetVersion;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getLastSavedAt() {
		return lastSavedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	/** The assessment this one was started from ("take the diagnostic again"), if any. */
	public UUID getPreviousId() {
		return previousId;
	}

}
