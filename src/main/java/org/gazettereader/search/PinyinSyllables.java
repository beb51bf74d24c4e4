// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The toneless syllables of Mandarin as pinyin4j spells them ({@code v} for ü), and the split of
 * typed letters into syllables: {@code wenwubaohu} → wen wu bao hu, for phrase matching in the
 * body's pinyin. Typed {@code ü}, {@code u:}, {@code lue} and {@code nue} are read as pinyin4j writes them.
 */
final class PinyinSyllables {
    /** Every syllable pinyin4j gives a character in U+4E00..U+9FA5, without the lone consonants (m, n, ng, hng, r). */
    private static final Set<String> SYLLABLES = Set.of((
            "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen "
            + "ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang chui chun chuo ci cong "
            + "cou cu cuan cui cun cuo da dai dan dang dao de dei deng di dia dian diao die ding diu dong dou du duan dui "
            + "dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu "
            + "gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun "
            + "huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou "
            + "ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu "
            + "lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo "
            + "mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve "
            + "o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin "
            + "qing qiong qiu qu quan que qui qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san "
            + "sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang "
            + "shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong "
            + "tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu "
            + "xu xuan xue xun ya yan yang yao ye yi yiao yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei "
            + "zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun "
            + "zhuo zi zong zou zu zuan zui zun zuo").split(" "));
    private static final int LONGEST = 6;

    private PinyinSyllables() {
    }

    /** Lower case, with ü and u: written v, as the index spells them. */
    static String normalize(String letters) {
        return letters.toLowerCase(Locale.ROOT).replace("u:", "v").replace('ü', 'v');
    }

    /**
     * The syllables {@code letters} splits into, longest syllable first with backtracking
     * (fangan → fang an, xian → xian), or null when they do not split (initials such as zscq, English
     * words). An apostrophe separates syllables (xi'an).
     */
    static List<String> split(String letters) {
        String s = normalize(letters);
        List<String> out = new ArrayList<>();
        for (String part : s.split("'", -1)) {
            if (part.isEmpty() || part.length() > 60 || !split(part, 0, out, new boolean[part.length()])) {
                return null;
            }
        }
        return out;
    }

    /** {@code failed[i]}: the letters from i on do not split (keeps the search linear, not exponential). */
    private static boolean split(String s, int from, List<String> out, boolean[] failed) {
        if (from == s.length()) {
            return true;
        }
        if (failed[from]) {
            return false;
        }
        for (int len = Math.min(LONGEST, s.length() - from); len >= 1; len--) {
            String syl = canonical(s.substring(from, from + len));
            if (syl != null) {
                out.add(syl);
                // A syllable ending in n or g may belong to the next one (fangan: fang an or fan gan);
                // the longest that lets the rest split wins.
                if (split(s, from + len, out, failed)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        failed[from] = true;
        return false;
    }

    private static String canonical(String syl) {
        if (SYLLABLES.contains(syl)) {
            return syl;
        }
        return switch (syl) {
            case "lue" -> "lve";
            case "nue" -> "nve";
            default -> null;
        };
    }

    /** True when every character is a letter a pinyin syllable may hold (a–z, ü, an apostrophe). */
    static boolean letters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (!(c >= 'a' && c <= 'z' || c == 'ü' || c == '\'' || c == ':')) {
                return false;
            }
        }
        return true;
    }
}
