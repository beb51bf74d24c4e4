// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gazettereader.typeset.OfficialFonts.Face;
import org.gazettereader.typeset.OfficialFonts.Role;
import org.junit.jupiter.api.Test;

/** The choice of fonts from lists of family names, as an office PC, a Linux box and this machine have them. */
class OfficialFontsTest {
    private static final String BUNDLED = "WenQuanYi Micro Hei";

    @Test
    void anOfficePcWithTheFounderTitleFont() {
        OfficialFonts f = new OfficialFonts(List.of("Arial", "SimSun", "NSimSun", "FangSong", "KaiTi", "SimHei",
                "方正小标宋简体", "Microsoft YaHei"), family -> family.equals("Microsoft YaHei"), BUNDLED);
        assertThat(f.face(TextStyle.BODY)).isEqualTo(new Face("FangSong", false, false));
        assertThat(f.face(TextStyle.DOC_NUMBER)).isEqualTo(new Face("FangSong", false, false));
        // 小标宋, 黑体 and 楷体 carry their own weight: no bold on top.
        assertThat(f.face(TextStyle.TITLE)).isEqualTo(new Face("方正小标宋简体", false, false));
        assertThat(f.face(TextStyle.ATTACHMENT_TITLE)).isEqualTo(new Face("方正小标宋简体", false, false));
        assertThat(f.face(TextStyle.HEADING1)).isEqualTo(new Face("SimHei", false, false));
        assertThat(f.face(TextStyle.ATTACHMENT_LABEL)).isEqualTo(new Face("SimHei", false, false));
        assertThat(f.face(TextStyle.HEADING2)).isEqualTo(new Face("KaiTi", false, false));
        // A bold table key in 仿宋, which has no bold face: thickened.
        assertThat(f.face(TextStyle.TABLE_KEY)).isEqualTo(new Face("FangSong", false, true));
    }

    @Test
    void gb2312VariantsComeFirstAndSimSunTitlesAreMadeBold() {
        OfficialFonts f = new OfficialFonts(List.of("fangsong", "仿宋_GB2312", "楷体_GB2312", "SimSun", "黑体"),
                family -> false, BUNDLED);
        assertThat(f.official(Role.BODY)).isEqualTo("仿宋_GB2312");
        assertThat(f.official(Role.HEADING2)).isEqualTo("楷体_GB2312");
        assertThat(f.official(Role.HEADING1)).isEqualTo("黑体");
        // 宋体 is light: a title in it is bold, and SimSun has no bold face.
        assertThat(f.face(TextStyle.TITLE)).isEqualTo(new Face("SimSun", false, true));
    }

    @Test
    void aRealBoldFaceIsUsedWhereTheFamilyHasOne() {
        Set<String> withBold = Set.of("SimSun", BUNDLED);
        OfficialFonts f = new OfficialFonts(List.of("SimSun"), withBold::contains, BUNDLED);
        assertThat(f.face(TextStyle.TITLE)).isEqualTo(new Face("SimSun", true, false));
        assertThat(f.face(TextStyle.HEADING1)).isEqualTo(new Face(BUNDLED, true, false));
    }

    @Test
    void withoutOfficialFontsEverythingIsTheBundledFontThickenedWhereBold() {
        // This machine's families: no official font among them.
        OfficialFonts f = new OfficialFonts(List.of("DejaVu Sans", "Noto Mono", "Droid Sans Fallback", BUNDLED),
                family -> false, BUNDLED);
        for (Role r : Role.values()) {
            assertThat(f.official(r)).isNull();
        }
        for (TextStyle s : TextStyle.values()) {
            assertThat(f.face(s)).isEqualTo(new Face(BUNDLED, false, s.bold()));
        }
    }
}
