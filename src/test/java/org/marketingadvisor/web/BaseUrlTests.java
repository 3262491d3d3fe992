package org.marketingadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Whole links and the app's own origin: from {@code advisor.base-url} when set, from the
 * request only on a loopback host, and never from another Host header.
 */
class BaseUrlTests {

	private static MockHttpServletRequest request(String host) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/q/t");
		request.addHeader("Host", host);
		return request;
	}

	private static BaseUrl configured(String url) {
		return new BaseUrl(new AddressProperties(url == null ? null : URI.create(url)));
	}

	@Test
	void aConfiguredBaseUrlMakesEveryLinkWhateverTheHostSays() {
		BaseUrl base = configured("https://advisor.example.com/");
		assertThat(base.absolute(request("evil.example"), "/q/abc")).isEqualTo("https://advisor.example.com/q/abc");
		assertThat(base.absolute(request("localhost:8080"), "/q/abc")).isEqualTo("https://advisor.example.com/q/abc");
		assertThat(configured("https://example.com/advisor").absolute(request("x"), "/reports/t"))
			.isEqualTo("https://example.com/advisor/reports/t");
	}

	@Test
	void unsetOnlyALoopbackRequestGivesAWholeLinkAndAnyOtherHostThePath() {
		BaseUrl base = configured(null);
		assertThat(base.absolute(request("localhost:8080"), "/q/abc")).isEqualTo("http://localhost:8080/q/abc");
		assertThat(base.absolute(request("127.0.0.1:9000"), "/q/abc")).isEqualTo("http://127.0.0.1:9000/q/abc");
		assertThat(base.absolute(request("[::1]:8080"), "/q/abc")).isEqualTo("http://[::1]:8080/q/abc");
		assertThat(base.absolute(request("evil.example"), "/q/abc")).isEqualTo("/q/abc");
		assertThat(base.absolute(request("localhost.evil.example"), "/q/abc")).isEqualTo("/q/abc");
		assertThat(configured("").absolute(request("evil.example"), "/q/abc")).isEqualTo("/q/abc");
	}

	@Test
	void theOwnOriginIsTheConfiguredOneOrTheAddressedHost() {
		BaseUrl base = configured("https://advisor.example.com");
		assertThat(base.isOwnOrigin(request("advisor.example.com"), "https://advisor.example.com")).isTrue();
		assertThat(base.isOwnOrigin(request("advisor.example.com"), "https://advisor.example.com:443")).isTrue();
		assertThat(base.isOwnOrigin(request("advisor.example.com"), "http://advisor.example.com")).isFalse();
		assertThat(base.isOwnOrigin(request("advisor.example.com"), "https://evil.example")).isFalse();
		assertThat(base.isOwnOrigin(request("evil.example"), "https://evil.example")).isFalse();
		// a developer opening the app on localhost
		assertThat(base.isOwnOrigin(request("localhost:8080"), "http://localhost:8080")).isTrue();

		BaseUrl unset = configured(null);
		assertThat(unset.isOwnOrigin(request("app.example"), "https://app.example")).isTrue();
		assertThat(unset.isOwnOrigin(request("localhost:8080"), "http://localhost:8080")).isTrue();
		assertThat(unset.isOwnOrigin(request("localhost:8080"), "http://localhost:8081")).isFalse();
		assertThat(unset.isOwnOrigin(request("app.example"), "https://app.example.evil.example")).isFalse();
		assertThat(unset.isOwnOrigin(request("app.example"), "null")).isFalse();
		assertThat(unset.isOwnOrigin(request("app.example"), "%%not a url")).isFalse();
		assertThat(unset.isOwnOrigin(request("app.example"), "https://app.example/some/page?x=1")).isTrue();
	}

	@Test
	void aBaseUrlThatIsNoWebAddressStopsTheStart() {
		for (String bad : new String[] { "advisor.example.com", "ftp://advisor.example.com",
				"https://advisor.example.com/?x=1", "https://user@advisor.example.com" }) {
			assertThatThrownBy(() -> configured(bad)).as(bad)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("advisor.base-url");
		}
	}

}
