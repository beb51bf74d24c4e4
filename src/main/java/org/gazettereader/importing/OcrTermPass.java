// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Official terms as OCR commonly misreads them (入民政府 for 人民政府, 党中夬 for 党中央 …). Only the whole
 * misread term is replaced, never a single character on its own, so that ordinary words that share a
 * character with a term stay as they are. The list is fixed and short on purpose: each entry is a
 * misreading that cannot be a real word.
 */
public final class OcrTermPass extends LinePass {
    public static final String NAME = "ocr-terms";
    static final Map<String, String> TERMS = terms();

    public OcrTermPass() {
        super(NAME);
    }

    private static Map<String, String> terms() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("入民政府", "人民政府");
        m.put("入民代表大会", "人民代表大会");
        m.put("人民代表大舍", "人民代表大会");
        m.put("中华入民共和国", "中华人民共和国");
        m.put("中华人民共和囯", "中华人民共和国");
        m.put("中华人民共和困", "中华人民共和国");
        m.put("党中夬", "党中央");
        m.put("中夬军委", "中央军委");
        m.put("国务阮", "国务院");
        m.put("国务院办公斤", "国务院办公厅");
        m.put("常务委员舍", "常务委员会");
        m.put("自治匡", "自治区");
        m.put("直辖巿", "直辖市");
        m.put("国家经贸委员舍", "国家经贸委员会");
        m.put("人民法阮", "人民法院");
        m.put("人民检察阮", "人民检察院");
        return m;
    }

    @Override
    String repair(int index, String text, RepairLog log) {
        String out = text;
        for (Map.Entry<String, String> e : TERMS.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
                log.record(NAME, index, e.getKey() + " → " + e.getValue());
            }
        }
        return out;
    }
}
