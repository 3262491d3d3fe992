/**
 * The impact preview: what a draft would change in stored clients' reports, computed in
 * the background against the live version, read through the assessments' own API.
 */
package org.marketingadvisor.impact;
