package org.marketingadvisor.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Assessments in their table; only this module reads and writes it. */
public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

	Optional<Assessment> findByToken(String token);

	@Query("SELECT new org.marketingadvisor.assessment.SubmittedAnswers(a.id, a.token, a.companyLabel, a.submittedAt, "
			+ "a.lang, a.answers) FROM Assessment a WHERE a.status = :status ORDER BY a.submittedAt, a.id")
	List<SubmittedAnswers> answersWithStatus(@Param("status") Assessment.Status status);

	@Query("SELECT a.id FROM Assessment a WHERE a.status = :status")
	List<UUID> idsWithStatus(@Param("status") Assessment.Status status);

}
