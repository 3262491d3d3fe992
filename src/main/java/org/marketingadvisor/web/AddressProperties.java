package org.marketingadvisor.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code advisor.base-url}: the address respondents and consultants reach the app at (for
 * example {@code https://advisor.example.com}), from which every whole link the app
 * prints is made. Unset, links are made from the request only when it came to a loopback
 * host, never from an arbitrary Host header.
 */
@ConfigurationProperties("advisor")
public record AddressProperties(URI baseUrl) {
}
