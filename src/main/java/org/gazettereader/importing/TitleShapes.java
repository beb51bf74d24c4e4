// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Notice heads in an issue whose items carry no 文号 and that has no usable contents page (old
 * issues): a title of one to three lines that ends like a kind of document (…的通知, …的决定, 公告,
 * 命令, 令, 任免人员, 照会, 联合宣言, 指示, 办法 …), after a blank line, followed by text that is not a title.
 */
final class TitleShapes {
    static final Pattern SHAPE = Pattern.compile(
            "(通知|决定|决议|公告|通告|命令|令|任免人员|任免名单|任免事项|任免国家工作人员|任命名单|照会|联合宣言|宣言|联合公报|公报|"
                    + "指示|办法|条例|规定|批复|报告|意见|声明|函|电)$");
    private static final Pattern NOT_A_TITLE = Pattern.compile("^(特此|此令|此复|现予|附件|附：)");
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_TITLE = 60;

    private TitleShapes() {
    }

    static List<NoticeLocator.Start> locate(List<SourceLine> lines, int from) {
        List<NoticeLocator.Start> out = new ArrayList<>();
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (lines.get(i).isBlank() || (i > 0 && !lines.get(i - 1).isBlank())) {
                continue;
            }
            int end = titleEnd(lines, i);
            if (end > 0) {
                out.add(new NoticeLocator.Start(i, end, end, null, null, null, null));
                i = end - 1;
            }
        }
        return out;
    }

    /** The end of a title that starts at {@code i}, or -1. */
    private static int titleEnd(List<SourceLine> lines, int i) {
        StringBuilder joined = new StringBuilder();
        for (int j = i, count = 0; j < lines.size() && count < MAX_TITLE_LINES; j++) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty()) {
                if (count == 0) {
                    continue;
                }
                break; // a title's lines stand together
            }
            if (!NoticeLocator.isTitleLine(t) || t.startsWith("（") || t.startsWith("(") || NOT_A_TITLE.matcher(t).find()) {
                return -1;
            }
            joined.append(t);
            count++;
            String title = TextNormalizer.removeWrapSpaces(joined.toString());
            if (title.length() > MAX_TITLE) {
                return -1;
            }
            if (title.length() >= 4 && SHAPE.matcher(title).find() && followedByText(lines, j + 1)) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean followedByText(List<SourceLine> lines, int from) {
        int next = DocumentParser.nextNonBlank(lines, from);
        if (next < 0) {
            return false;
        }
        String t = lines.get(next).text().strip();
        return !NoticeLocator.isTitleLine(t) || t.startsWith("（") || t.startsWith("(");
    }
}
