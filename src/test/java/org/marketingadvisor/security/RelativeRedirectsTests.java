package org.marketingadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Security redirects keep only the path of where they lead, never another host. */
class RelativeRedirectsTests {

	@Test
	void onlyThePathAndQueryOfAnAddressAreKept() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		assertThat(RelativeRedirects.pathOf(request, "http://evil.example/consultant/assessments?page=2"))
			.isEqualTo("/consultant/assessments?page=2");
		assertThat(RelativeRedirects.pathOf(request, "https://evil.example")).isEqualTo("/");
		assertThat(RelativeRedirects.pathOf(request, "/login?error")).isEqualTo("/login?error");
		assertThat(RelativeRedirects.pathOf(request, "//evil.example/x")).isEqualTo("/x");
		assertThat(RelativeRedirects.pathOf(request, "/\\evil.example")).isEqualTo("/");
		assertThat(RelativeRedirects.pathOf(request, "javascript:alert(1)")).isEqualTo("/");
		assertThat(RelativeRedirects.pathOf(request, "consultant")).isEqualTo("/");
		request.setContextPath("/app");
		assertThat(RelativeRedirects.pathOf(request, "http://evil.example/app/consultant")).isEqualTo("/consultant");
	}

}
