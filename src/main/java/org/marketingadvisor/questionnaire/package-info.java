/**
 * The questionnaire the owner answers: serves its definition in the requested language
 * and turns submitted answers into validated {@link org.marketingadvisor.engine.Answers},
 * with one specific, translatable error per problem (unknown question, wrong type, option
 * not allowed, value out of range, required answer missing, answer to a question its
 * condition hides).
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "web" })
package org.marketingadvisor.questionnaire;

import org.springframework.modulith.ApplicationModule;
