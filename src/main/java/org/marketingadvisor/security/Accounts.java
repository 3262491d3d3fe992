package org.marketingadvisor.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating (bcrypt-hashed password), disabling and re-roling, and looking them
 * up for sign-in. The last enabled admin can neither be disabled nor demoted, so the
 * workspace never locks itself out.
 */
@Service
public class Accounts implements UserDetailsService {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	static final int PASSWORD_MIN = 12;

	/** bcrypt reads at most 72 bytes; a longer password is refused rather than cut. */
	static final int PASSWORD_MAX_BYTES = 72;

	/** Why an account change was refused: a message key and the field it concerns. */
	public static final class Refused extends RuntimeException {

		private final String field;

		private final String key;

		Refused(String field, String key) {
			super(field + ": " + key);
			this.field = field;
			this.key = key;
		}

		public String field() {
			return field;
		}

		public String key() {
			return key;
		}

	}

	private final AccountRepository repository;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final AuditTrail audit;

	Accounts(AccountRepository repository, PasswordEncoder encoder, Optional<Clock> clock, AuditTrail audit) {
		this.repository = repository;
		this.encoder = encoder;
		this.clock = clock.orElse(Clock.systemUTC());
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account a = repository.findByUsername(LoginAttempts.key(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return User.withUsername(a.getUsername())
			.password(a.getPasswordHash())
			.roles(a.getRole().name())
			.disabled(!a.isEnabled())
			.build();
	}

	@Transactional
	public Account create(String username, String password, Role role) {
		String name = LoginAttempts.key(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new Refused("username", "accounts.error.username");
		}
		if (repository.findByUsername(name).isPresent()) {
			throw new Refused("username", "accounts.error.taken");
		}
		if (password == null || password.length() < PASSWORD_MIN) {
			throw new Refused("password", "accounts.error.password");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			throw new Refused("password", "accounts.error.password-long");
		}
		if (role == null) {
			throw new Refused("role", "accounts.error.role");
		}
		Account created = repository.save(Account.create(name, encoder.encode(password), role, clock.instant()));
		audit.record(AuditTrail.Actions.ACCOUNT_CREATED, name, "role " + role.name());
		return created;
	}

	@Transactional
	public Account setEnabled(UUID id, boolean enabled) {
		Account a = repository.findById(id).orElseThrow(() -> new Refused("account", "accounts.error.missing"));
		if (!enabled && a.isEnabled() && a.getRole() == Role.ADMIN && lastAdmin()) {
			throw new Refused("account", "accounts.error.last-admin");
		}
		if (a.isEnabled() != enabled) {
			a.setEnabled(enabled);
			audit.record(enabled ? AuditTrail.Actions.ACCOUNT_ENABLED : AuditTrail.Actions.ACCOUNT_DISABLED,
					a.getUsername(), null);
		}
		return a;
	}

	@Transactional
	public Account changeRole(UUID id, Role role) {
		Account a = repository.findById(id).orElseThrow(() -> new Refused("account", "accounts.error.missing"));
		if (role == null) {
			throw new Refused("role", "accounts.error.role");
		}
		if (a.getRole() == Role.ADMIN && role != Role.ADMIN && a.isEnabled() && lastAdmin()) {
			throw new Refused("account", "accounts.error.last-admin");
		}
		if (a.getRole() != role) {
			audit.record(AuditTrail.Actions.ACCOUNT_ROLE, a.getUsername(), a.getRole().name() + " -> " + role.name());
			a.changeRole(role);
		}
		return a;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return repository.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return repository.count() == 0;
	}

	private boolean lastAdmin() {
		return repository.countByRoleAndEnabledTrue(Role.ADMIN) <= 1;
	}

}
