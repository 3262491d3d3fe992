/**
 * What all endpoints and pages share: the language of a request, the error body of the
 * JSON API ({@code {"errors": [{"field", "message"}]}}) and the handler that turns
 * anything a client can get wrong into such a 4xx body instead of a stack trace.
 */
@ApplicationModule(displayName = "Web (shared by every page)", type = ApplicationModule.Type.OPEN)
package org.marketingadvisor.web;

import org.springframework.modulith.ApplicationModule;
