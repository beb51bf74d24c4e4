// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

/** Horizontal alignment of a paragraph's lines. */
public enum Align { LEFT, CENTER, RIGHT }
