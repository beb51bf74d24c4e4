// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazettereader.model.Block;
import org.gazettereader.model.Notice;

/**
 * Dates of items without a signature block. Under a law's or regulation's title a note says when
 * and by whom it was adopted ({@code （2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）}) or promulgated
 * ({@code （2019年3月2日中华人民共和国国务院令第714号公布）}). That date and body are the document's date
 * and issuer when the text gives no other; a date alone in brackets under the title is its date.
 */
final class AdoptionNote {
    private static final Pattern NOTE = Pattern.compile("^[（(](.{6,20}?日)\\s*(.+?)(通过|公布|发布)");
    /** A date alone in brackets under the title, as old issues date their items: （一九五四年十月十九日）. */
    private static final Pattern DATED = Pattern.compile("^[（(]\\s*([^（）()]{6,20}?日)\\s*[）)]$");
    private static final Pattern SESSION = Pattern.compile("^(?:第[一二三四五六七八九十]+届)?(\\p{IsHan}{2,30}?)第[一二三四五六七八九十百]+次");
    private static final Pattern ORDER = Pattern.compile("^(\\p{IsHan}{2,30}?)令第\\d+号");
    private static final int LOOK_AT = 2;

    private AdoptionNote() {
    }

    static Notice complete(Notice n, List<String> warnings) {
        if (n.signed() != null && n.issuer() != null) {
            return n;
        }
        for (int k = 0; k < Math.min(LOOK_AT, n.blocks().size()); k++) {
            Block b = n.blocks().get(k);
            Matcher m = NOTE.matcher(b.text().strip());
            Matcher dated = DATED.matcher(b.text().strip());
            boolean note = m.find();
            if (!note && !dated.matches()) {
                continue;
            }
            LocalDate date = n.signed() != null ? n.signed()
                    : ChineseDates.find(note ? m.group(1) : dated.group(1)).orElse(null);
            String issuer = n.issuer() != null || !note ? n.issuer() : body(m.group(2).strip());
            String label = "notice " + n.seq() + " (";
            List<String> kept = new ArrayList<>();
            for (String w : warnings) {
                boolean solved = w.startsWith(label) && ((date != null && w.endsWith(": no signing date found"))
                        || (issuer != null && w.endsWith(": no issuer found")));
                if (!solved) {
                    kept.add(w);
                }
            }
            warnings.clear();
            warnings.addAll(kept);
            return new Notice(n.seq(), n.id(), n.section(), n.title(), n.docNumber(), n.type(), issuer, n.recipients(),
                    date, n.tocPage(), n.isPublic(), n.consult(), n.blocks(), n.attachments());
        }
        return n;
    }

    /**
     * The adoption note under the title ({@code （2021年6月10日…通过　2024年4月26日…修正）}), or null: it
     * tells the versions of a law apart, which share their title and first adoption date.
     */
    static String note(Notice n) {
        for (int k = 0; k < Math.min(LOOK_AT, n.blocks().size()); k++) {
            String t = n.blocks().get(k).text().strip();
            if (NOTE.matcher(t).find()) {
                return t;
            }
        }
        return null;
    }

    private static String body(String s) {
        Matcher session = SESSION.matcher(s);
        if (session.find()) {
            return session.group(1);
        }
        Matcher order = ORDER.matcher(s);
        return order.find() ? order.group(1) : null;
    }
}
