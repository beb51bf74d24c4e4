// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The header of an official document (版头) above its title: 份号 (copy number), 密级 (classification),
 * 紧急程度 (urgency), the 发文机关标志 (one or several organs, with or without 文件), 签发人 and the 文号.
 * These lines are the header, never the title.
 */
final class DocumentHeader {
    private static final Pattern COPY_NUMBER = Pattern.compile("^(份号[：:]?\\s*)?\\d{6}$");
    private static final Pattern CLASSIFICATION = Pattern.compile("^(绝密|机密|秘密|内部)\\s*(★.{0,8})?$");
    private static final Pattern URGENCY = Pattern.compile("^(特急|加急|特提|平急|急件)$");
    private static final Pattern SIGNER = Pattern.compile("^签\\s*发\\s*人\\s*[：:].*$");
    /** 国务院办公厅文件, 国务院办公厅 中央军委办公厅文件, or 文件 on its own line. */
    private static final Pattern MASTHEAD = Pattern.compile("^[\\p{IsHan}\\s、]{0,60}文\\s*件$");

    private DocumentHeader() {
    }

    /** Index of the first line after the header that starts at {@code from}, skipping blank lines. */
    static int end(List<SourceLine> lines, int from) {
        int i = from;
        int lastHeader = from - 1;
        for (; i < lines.size() && i < from + 20; i++) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (isHeaderLine(t)) {
                lastHeader = i;
            } else if (organsAboveMasthead(lines, i)) {
                lastHeader = i;
            } else {
                break;
            }
        }
        return lastHeader + 1;
    }

    static boolean isHeaderLine(String line) {
        String t = line.strip();
        String compact = t.replaceAll("\\s+", "");
        return COPY_NUMBER.matcher(compact).matches() || CLASSIFICATION.matcher(compact).matches()
                || URGENCY.matcher(compact).matches() || SIGNER.matcher(t).matches()
                || (MASTHEAD.matcher(t).matches() && !t.contains("关于"))
                || Patterns.docNumberLine(stripSigner(t)).isPresent();
    }

    /** A 文号 line of an up-going document carries 签发人 on its right: {@code 国发〔2023〕5号  签发人：张三}. */
    static String stripSigner(String t) {
        int at = t.indexOf("签发人");
        return at > 0 ? t.substring(0, at).strip() : t;
    }

    /** Organ names stacked above a 文件 line: each a signature-like name, with 文件 a few lines below. */
    private static boolean organsAboveMasthead(List<SourceLine> lines, int i) {
        if (!Patterns.isSignature(lines.get(i).text())) {
            return false;
        }
        for (int j = i + 1, seen = 0; j < lines.size() && seen < 4; j++) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (MASTHEAD.matcher(t).matches()) {
                return true;
            }
            if (!Patterns.isSignature(t)) {
                return false;
            }
        }
        return false;
    }
}
