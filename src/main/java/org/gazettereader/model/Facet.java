// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

/** One value of a search filter (a year, section, issuer or type) and how many hits have it. */
public record Facet(String value, int count) {
}
