package org.marketingadvisor.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of a page needs from the web module beside the controllers
 * and advice it picks up itself: the message look-up and the error views the exception
 * handler renders (both plain components, which a slice does not scan).
 */
@TestConfiguration
@Import({ Messages.class, ErrorViews.class })
public class WebSlice {

}
