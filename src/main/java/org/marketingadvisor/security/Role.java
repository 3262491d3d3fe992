package org.marketingadvisor.security;

/** What an account may do; an admin may also do what a consultant may. */
public enum Role {

	CONSULTANT, ADMIN

}
