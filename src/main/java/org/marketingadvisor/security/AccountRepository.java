package org.marketingadvisor.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsername();

	long countByRoleAndEnabledTrue(Role role);

}
