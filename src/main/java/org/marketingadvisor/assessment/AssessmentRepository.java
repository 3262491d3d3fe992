package org.marketingadvisor.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Assessments in their table; only this module reads and writes it. */
public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

	Optional<Assessment> findByToken(String token);

	@Query("SELECT new org.marketingadvisor.assessment.SubmittedAnswers(a.id, a.token, a.companyLabel, a.submittedAt, "
			+ "a.lang, a.answers) FROM Assessment a WHERE a.status = :status ORDER BY a.id")
	List<SubmittedAnswers> firstAnswersWithStatus(@Param("status") Assessment.Status status, Pageable page);

	@Query("SELECT new org.marketingadvisor.assessment.SubmittedAnswers(a.id, a.token, a.companyLabel, a.submittedAt, "
			+ "a.lang, a.answers) FROM Assessment a WHERE a.status = :status AND a.id > :after ORDER BY a.id")
	List<SubmittedAnswers> answersWithStatusAfter(@Param("status") Assessment.Status status, @Param("after") UUID after,
			Pageable page);

	long countByStatus(Assessment.Status status);

	/** Counts at most {@code cap} rows: the scan stops there. */
	@Query(value = "SELECT COUNT(*) FROM (SELECT 1 FROM assessment WHERE status = :status AND answers LIKE :pattern "
			+ "LIMIT :cap) capped", nativeQuery = true)
	long countWithStatusAnswersLike(@Param("status") String status, @Param("pattern") String pattern,
			@Param("cap") int cap);

	@Query("SELECT a.id FROM Assessment a WHERE a.status = :status")
	List<UUID> idsWithStatus(@Param("status") Assessment.Status status);

}
