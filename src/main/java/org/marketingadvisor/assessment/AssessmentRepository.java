package org.marketingadvisor.assessment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

	Optional<Assessment> findByToken(String token);

}
