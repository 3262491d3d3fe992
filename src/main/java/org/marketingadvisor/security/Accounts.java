package org.marketingadvisor.security;

import org.springframework.context.ApplicationEventPublisher;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

	/** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
	static final int PASSWORD_MAX_BYTES = 72;

	/**
	 * The authority of a signed-in account whose password must be changed before anything
	 * else (see {@link PasswordChangeGate}).
	 */
	static final String MUST_CHANGE_PASSWORD = "PASSWORD_CHANGE_REQUIRED";

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

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository repository, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.encoder = encoder;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account a = repository.findByUsername(LoginAttempts.key(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + a.getRole().name()));
		if (a.isMustChangePassword()) {
			authorities.add(new SimpleGrantedAuthority(MUST_CHANGE_PASSWORD));
		}
		return User.withUsername(a.getUsername())
			.password(a.getPasswordHash())
			.authorities(authorities)
			.disabled(!a.isEnabled())
			.credentialsExpired(a.getPasswordExpiresAt() != null && clock.instant().isAfter(a.getPasswordExpiresAt()))
			.build();
	}

	/** Refuses a password that is too short or longer than bcrypt can keep. */
	static void checkPassword(String field, String password) {
		if (password == null || password.length() < PASSWORD_MIN) {
			throw new Refused(field, "accounts.error.password");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			throw new Refused(field, "accounts.error.password-long");
		}
	}

	/**
	 * Creates an account with a generated password that works until {@code validFor} has
	 * passed and must be changed at the first sign-in.
	 */
	@Transactional
	public Account createWithOneTimePassword(String username, String password, Role role, Duration validFor) {
		Account created = create(username, password, role);
		created.setOneTimePassword(created.getPasswordHash(), clock.instant().plus(validFor));
		return created;
	}

	/**
	 * Gives an account whose one-time password was never changed a new password: a
	 * one-time one again ({@code validFor} non-null) or the operator's own.
	 */
	@Transactional
	public void replaceOneTimePassword(String username, String password, Duration validFor) {
		Account a = repository.findByUsername(LoginAttempts.key(username))
			.orElseThrow(() -> new Refused("account", "accounts.error.missing"));
		checkPassword("password", password);
		if (validFor == null) {
			a.changePassword(encoder.encode(password));
		}
		else {
			a.setOneTimePassword(encoder.encode(password), clock.instant().plus(validFor));
		}
		events.publishEvent(new SecurityEvent(Actors.SYSTEM, SecurityEvent.Kind.ACCOUNT_PASSWORD, a.getUsername(),
				validFor == null ? "set from ADVISOR_ADMIN_PASSWORD" : "new one-time password"));
	}

	/** Whether this account still has a one-time password that has run out. */
	@Transactional(readOnly = true)
	public boolean oneTimePasswordExpired(String username) {
		return repository.findByUsername(LoginAttempts.key(username))
			.filter(a -> a.isMustChangePassword() && a.getPasswordExpiresAt() != null
					&& clock.instant().isAfter(a.getPasswordExpiresAt()))
			.isPresent();
	}

	/**
	 * The signed-in owner changes the password: the current one must be right, the new
	 * one follow the rules, differ from the current one and be typed the same twice.
	 */
	@Transactional
	public Account changePassword(String username, String current, String next, String repeat) {
		Account a = repository.findByUsername(LoginAttempts.key(username))
			.orElseThrow(() -> new Refused("account", "accounts.error.missing"));
		if (current == null || current.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES
				|| !encoder.matches(current, a.getPasswordHash())) {
			throw new Refused("current", "password.error.current");
		}
		checkPassword("next", next);
		if (next.equals(current)) {
			throw new Refused("next", "password.error.same");
		}
		if (!next.equals(repeat)) {
			throw new Refused("repeat", "password.error.repeat");
		}
		a.changePassword(encoder.encode(next));
		events.publishEvent(new SecurityEvent(a.getUsername(), SecurityEvent.Kind.ACCOUNT_PASSWORD, a.getUsername(),
				"changed by its owner"));
		return a;
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
		checkPassword("password", password);
		if (role == null) {
			throw new Refused("role", "accounts.error.role");
		}
		Account created = repository.save(Account.create(name, encoder.encode(password), role, clock.instant()));
		events.publishEvent(
				new SecurityEvent(Actors.current(), SecurityEvent.Kind.ACCOUNT_CREATED, name, "role " + role.name()));
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
			events.publishEvent(new SecurityEvent(Actors.current(),
					enabled ? SecurityEvent.Kind.ACCOUNT_ENABLED : SecurityEvent.Kind.ACCOUNT_DISABLED, a.getUsername(),
					null));
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
			events.publishEvent(new SecurityEvent(Actors.current(), SecurityEvent.Kind.ACCOUNT_ROLE, a.getUsername(),
					a.getRole().name() + " -> " + role.name()));
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
