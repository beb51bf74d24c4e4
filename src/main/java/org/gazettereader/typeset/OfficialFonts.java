// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The fonts of the official document (GB/T 9704) when the machine has them: 仿宋 for the body, 小标宋
 * (or 宋体) for titles, 黑体 for level-1 headings and attachment labels, 楷体 for level-2 headings;
 * otherwise the bundled font. Only the choice lives here; the window and the PDF load the faces.
 */
public final class OfficialFonts {
    /** The four kinds of type of an official document. */
    public enum Role { BODY, TITLE, HEADING1, HEADING2 }

    /**
     * What to draw a style with: {@code bold} asks the family for its bold face; {@code embolden}
     * thickens the outlines because the family has none (never both).
     */
    public record Face(String family, boolean bold, boolean embolden) {
    }

    /** Families in order of preference; those that carry their own weight come first in each list. */
    static final Map<Role, List<String>> PREFERRED = Map.of(
            Role.BODY, List.of("仿宋_GB2312", "FangSong_GB2312", "方正仿宋_GBK", "方正仿宋简体", "FZFangSong-Z02S", "仿宋",
                    "FangSong", "华文仿宋", "STFangsong"),
            Role.TITLE, List.of("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "小标宋",
                    "宋体", "SimSun", "新宋体", "NSimSun", "华文宋体", "STSong"),
            Role.HEADING1, List.of("黑体", "SimHei", "方正黑体_GBK", "方正黑体简体", "FZHei-B01S", "华文黑体", "STHeiti"),
            Role.HEADING2, List.of("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体_GBK", "方正楷体简体", "FZKai-Z03S",
                    "华文楷体", "STKaiti"));
    /** 小标宋 is a heavy face: a title set in it is not made bolder. 宋体 is light and takes bold. */
    private static final int HEAVY_TITLES = 5;

    private final String fallback;
    private final Predicate<String> hasBoldFace;
    private final Map<Role, String> chosen = new HashMap<>();

    /**
     * @param installed   the family names the machine has (any case)
     * @param hasBoldFace whether a family has a real bold face
     * @param fallback    the bundled family, used for whatever has no official font
     */
    public OfficialFonts(Collection<String> installed, Predicate<String> hasBoldFace, String fallback) {
        this.fallback = fallback;
        this.hasBoldFace = hasBoldFace;
        Map<String, String> byLowerCase = new HashMap<>();
        for (String f : installed) {
            byLowerCase.putIfAbsent(f.toLowerCase(Locale.ROOT), f);
        }
        for (Role r : Role.values()) {
            for (String f : PREFERRED.get(r)) {
                String got = byLowerCase.get(f.toLowerCase(Locale.ROOT));
                if (got != null) {
                    chosen.put(r, got);
                    break;
                }
            }
        }
    }

    public static Role role(TextStyle style) {
        return switch (style) {
            case TITLE, ATTACHMENT_TITLE -> Role.TITLE;
            case HEADING1, ATTACHMENT_LABEL -> Role.HEADING1;
            case HEADING2 -> Role.HEADING2;
            default -> Role.BODY;
        };
    }

    /** The official family chosen for {@code role}, or null when the bundled font stands in. */
    public String official(Role role) {
        return chosen.get(role);
    }

    public Face face(TextStyle style) {
        Role role = role(style);
        String family = chosen.getOrDefault(role, fallback);
        boolean bold = style.bold() && !carriesItsWeight(role, family);
        boolean real = bold && hasBoldFace.test(family);
        return new Face(family, real, bold && !real);
    }

    /** 小标宋, 黑体 and 楷体 are the weight GB/T 9704 asks for as they are. */
    private boolean carriesItsWeight(Role role, String family) {
        if (!chosen.containsKey(role)) {
            return false;
        }
        return switch (role) {
            case TITLE -> PREFERRED.get(Role.TITLE).subList(0, HEAVY_TITLES).stream().anyMatch(family::equalsIgnoreCase);
            case HEADING1, HEADING2 -> true;
            default -> false;
        };
    }
}
