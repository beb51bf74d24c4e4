// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

/** The consultation footer (咨询单位 / 咨询电话); either part may be null. */
public record Consult(String unit, String phone) {
}
