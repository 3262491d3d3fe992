package org.marketingadvisor.security;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A consultant's or admin's account; the password is stored only as a bcrypt hash. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Set for a generated one-time password: every page leads to the change form. */
	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	/** When the password stops working; null for a password its owner chose. */
	@Column(name = "password_expires_at")
	private Instant passwordExpiresAt;

	@Version
	@Column(name = "row_version", nullable = false)
	private long rowVersion;

	protected Account() {
	}

	static Account create(String username, String passwordHash, Role role, Instant now) {
		Account a = new Account();
		a.id = UUID.randomUUID();
		a.username = username;
		a.passwordHash = passwordHash;
		a.role = role;
		a.enabled = true;
		a.createdAt = now;
		return a;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	/** A password its owner chose: it neither expires nor must be changed. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
		this.passwordExpiresAt = null;
	}

	/** A generated password: valid until {@code expiresAt}, to be changed at sign-in. */
	void setOneTimePassword(String passwordHash, Instant expiresAt) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
		this.passwordExpiresAt = expiresAt;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getPasswordExpiresAt() {
		return passwordExpiresAt;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public UUID getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
