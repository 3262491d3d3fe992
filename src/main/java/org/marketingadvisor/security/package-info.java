/**
 * Who may do what: consultants' and admins' accounts (bcrypt), form login with CSRF,
 * sign-out and session timeout, slowed-down repeated failures, the first admin, and the
 * admins' account pages. Respondents stay anonymous: their private token is their key.
 */
@ApplicationModule(allowedDependencies = { "web" })
package org.marketingadvisor.security;

import org.springframework.modulith.ApplicationModule;
