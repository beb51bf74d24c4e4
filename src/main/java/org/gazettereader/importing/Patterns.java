// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazettereader.model.DocNumber;

/** The line shapes of a gazette that several parser steps recognise. */
final class Patterns {
    static final String CN_NUM = "[一二三四五六七八九十百零〇]+";
    static final Pattern HEADING1 = Pattern.compile("^" + CN_NUM + "[、，,．.]");
    static final Pattern HEADING2 = Pattern.compile("^[（(]" + CN_NUM + "[）)]");
    static final Pattern HEADING3 = Pattern.compile("^\\d{1,3}[.．、](?!\\d)");
    static final Pattern HEADING4 = Pattern.compile("^[（(]\\d{1,3}[）)]");
    static final Pattern PART = Pattern.compile("^第" + CN_NUM + "编");
    static final Pattern CHAPTER = Pattern.compile("^第" + CN_NUM + "章");
    static final Pattern SECTION = Pattern.compile("^第" + CN_NUM + "节");
    static final Pattern ARTICLE = Pattern.compile("^(第" + CN_NUM + "条)");
    /** 附件, 附件1, 附件4-1, 附件 9-1: the number, with a sub-number for an attachment of an attachment. */
    static final Pattern ATTACHMENT_LABEL = Pattern.compile(
            "^附\\s*件\\s*([0-9０-９]{1,3}(?:\\s*[-－—–]\\s*[0-9０-９]{1,3})?)?\\s*[：:]?$");
    static final Pattern ATTACHMENT_LIST = Pattern.compile("^附\\s*件\\s*[：:]");
    static final Pattern NOTE = Pattern.compile("^[（(]\\s*(此件|本件|信息公开形式|公开方式)[^）)]*[）)]$");
    static final Pattern CONSULT_UNIT = Pattern.compile("^咨\\s*询\\s*单\\s*位\\s*[：:]\\s*(.*)$");
    static final Pattern CONSULT_PHONE = Pattern.compile("^咨\\s*询\\s*电\\s*话\\s*[：:]\\s*(.*)$");
    static final Pattern CONSULT_HEADING = Pattern.compile("^咨\\s*询\\s*与\\s*解\\s*读$");
    static final Pattern KEY_VALUE = Pattern.compile("^((?:[\\p{IsHan}]\\s*){2,8})[：:]\\s*(\\S.*)$");
    /** The number line under an order or an announcement: 第260号, （第3号）. */
    static final Pattern ORDER_NUMBER = Pattern.compile("^([（(])?\\s*第\\s*(\\d{1,5})\\s*号\\s*([）)])?$");
    static final Pattern DOC_TYPE = Pattern.compile(
            "(通知|批复|决定|意见|办法|命令|令|通报|公告|通告|规定|报告|请示|函|决议|纪要|方案|规划|细则|条例|议案|公报|指令|通令|规则|章程|答复|复函|意见书|照会|宣言|指示|任免|法)$");
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "(人民政府|政府|办公室|办公厅|委员会|委|局|厅|部|院|中心|会|署|所|社|队|处|公司|集团|银行|小组|指挥部|总队|支队|大学|学校|研究院|联合会|协会|法院|检察院|使馆|领事馆|区|县|市|省)$");
    private static final Pattern PERSON_SIGNATURE = Pattern.compile(
            "^(总理|副总理|国务委员|主席|省长|市长|县长|区长|部长|局长|主任|署长|行长)\\s*\\p{IsHan}{2,4}$");

    private static final Pattern CELL_GAP = Pattern.compile("\\t+| {2,}");
    private static final int MAX_CELL = 40;

    /**
     * The cells of a table row as text extraction lays it out (cells apart by tabs or by two or more
     * spaces: {@code 1  集成电路制造基地  杭州市  120}), or null when the line is not such a row.
     */
    static List<String> tableCells(String line) {
        if (line.indexOf('\t') < 0 && !line.contains("  ")) {
            return null; // most lines: no gap at all
        }
        String t = line.strip();
        if (t.isEmpty() || t.contains("。")) {
            return null;
        }
        String[] cells = CELL_GAP.split(t);
        if (cells.length < 2) {
            return null;
        }
        List<String> out = new ArrayList<>(cells.length);
        StringBuilder spaced = new StringBuilder();
        for (String c : cells) {
            String cell = c.strip();
            if (cell.isEmpty() || cell.length() > MAX_CELL) {
                return null;
            }
            // 指  挥  长：…: a label spaced out one character at a time is one cell.
            if (cell.length() == 1 && Character.UnicodeScript.of(cell.charAt(0)) == Character.UnicodeScript.HAN) {
                spaced.append(cell);
                continue;
            }
            out.add(spaced + cell);
            spaced.setLength(0);
        }
        if (spaced.length() > 0) {
            out.add(spaced.toString());
        }
        return out.size() < 2 ? null : out;
    }

    private Patterns() {
    }

    static boolean endsSentence(String t) {
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        return "。！？；：!?;:…”」』）)》】]".indexOf(c) >= 0;
    }

    static boolean startsStructure(String t) {
        return HEADING1.matcher(t).find() || HEADING2.matcher(t).find() || HEADING3.matcher(t).find()
                || HEADING4.matcher(t).find() || PART.matcher(t).find() || CHAPTER.matcher(t).find() || SECTION.matcher(t).find()
                || ARTICLE.matcher(t).find() || ATTACHMENT_LIST.matcher(t).find() || ATTACHMENT_LABEL.matcher(t).matches();
    }

    static boolean isKeyValue(String t) {
        Matcher m = KEY_VALUE.matcher(t);
        return m.matches() && t.length() <= 400;
    }

    static boolean isNote(String t) {
        return NOTE.matcher(t.strip()).matches();
    }

    /** A signature line: an organisation's name, or an office holder with a name (总理 朱镕基). */
    static boolean isSignature(String t) {
        String s = t.strip();
        if (s.isEmpty() || s.length() > 40 || s.matches(".*[。，；：:,;！？].*") || startsStructure(s)) {
            return false;
        }
        String compact = s.replaceAll("\\s+", "");
        return ORG_SUFFIX.matcher(compact).find() || PERSON_SIGNATURE.matcher(s).matches();
    }

    /** The whole line is a 文号 (possibly in brackets). */
    static Optional<DocNumber> docNumberLine(String t) {
        return DocNumber.parse(t.strip());
    }

    static Optional<String> docType(String title) {
        Matcher m = DOC_TYPE.matcher(title);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                n++;
            }
        }
        return n;
    }
}
