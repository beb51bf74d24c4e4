// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.icons;

import org.kordamp.ikonli.IkonProvider;

/** Tells Ikonli which enum holds the reader's icons (found through {@code META-INF/services}). */
public final class IconProvider implements IkonProvider<Icon> {
    @Override
    public Class<Icon> getIkon() {
        return Icon.class;
    }
}
