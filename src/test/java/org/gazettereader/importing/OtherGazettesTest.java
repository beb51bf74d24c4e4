// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.Issue;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gazettes that follow other conventions than the sample parse too. */
class OtherGazettesTest {
    @TempDir
    Path dir;

    private Issue parse(String fixture) throws ImportException {
        Path file = Samples.copy("/fixtures/" + fixture, dir);
        return GazetteParser.standard().parse(file, SourceFiles.standard().read(file)).issue();
    }

    @Test
    void stateCouncilStyle() throws Exception {
        Issue issue = parse("state-council-1999-01.txt");
        assertThat(issue).extracting(Issue::gazette, Issue::year, Issue::issue, Issue::totalIssue)
                .containsExactly("中华人民共和国国务院公报", 1999, 1, 928);
        assertThat(issue.published()).isEqualTo(LocalDate.of(1999, 1, 20));
        assertThat(issue.publisher()).isEqualTo("中华人民共和国国务院办公厅");
        assertThat(issue.sections()).containsExactly("国务院文件", "国务院办公厅文件", "人事任免");
        assertThat(issue.notices()).extracting(Notice::title).containsExactly(
                "国务院关于进一步加强农村基层组织建设的通知", "中华人民共和国国务院令第260号",
                "国务院办公厅关于做好1999年春运工作的通知", "国务院任免国家工作人员");
        Notice first = issue.notices().get(0);
        // 文号 on the recipients' line, Chinese-numeral date, page footers.
        assertThat(first.docNumber()).isEqualTo("国发〔1999〕1号");
        assertThat(first.recipients()).isEqualTo("各省、自治区、直辖市人民政府，国务院各部委、各直属机构");
        assertThat(first.signed()).isEqualTo(LocalDate.of(1999, 1, 4));
        assertThat(first.tocPage()).isEqualTo(3);
        assertThat(first.blocks().get(0).page()).isEqualTo(3);
        assertThat(first.blocks()).filteredOn(b -> b.type() == BlockType.SIGNATURE).extracting(Block::page).containsExactly(4);
        assertThat(first.blocks()).noneMatch(b -> b.text().matches("—\\d+—"));
        // An order has no 文号: it says so instead of inventing one.
        Notice order = issue.notices().get(1);
        assertThat(order.docNumber()).isNull();
        assertThat(order.type()).isEqualTo("令");
        assertThat(order.issuer()).isEqualTo("中华人民共和国国务院");
        assertThat(order.signed()).isEqualTo(LocalDate.of(1999, 1, 8));
        assertThat(order.section()).isEqualTo("国务院文件");
        Notice appointments = issue.notices().get(3);
        assertThat(appointments.signed()).isNull();
        assertThat(appointments.section()).isEqualTo("人事任免");
        assertThat(issue.warnings()).contains("notice 4 (国务院任免国家工作人员): no signing date found",
                "notice 2 (中华人民共和国国务院令第260号): no 文号");
        // The English contents list is not taken for notices or sections.
        assertThat(issue.notices()).noneMatch(n -> n.title().contains("Circular"));
    }

    @Test
    void countyGazetteInGb18030WithCrlfAndNoContents() throws Exception {
        Issue issue = parse("county-gazette-gb18030.txt");
        assertThat(issue).extracting(Issue::gazette, Issue::year, Issue::issue, Issue::totalIssue)
                .containsExactly("清河县人民政府公报", 2024, 3, 45);
        assertThat(issue.sections()).isEmpty();
        assertThat(issue.warnings()).contains("no contents page (目录): sections unknown");
        assertThat(issue.notices()).hasSize(2);
        Notice flood = issue.notices().get(0);
        assertThat(flood.title()).isEqualTo("清河县人民政府关于做好2024年防汛工作的通知");
        assertThat(flood.docNumber()).isEqualTo("清政发〔2024〕7号");
        assertThat(flood.isPublic()).isTrue();
        assertThat(flood.signed()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(flood.blocks()).anyMatch(b -> b.text().equals(
                "各乡镇要充分认识防汛工作的严峻形势，克服麻痹思想和侥幸心理，切实把防汛工作摆在重要位置，确保安全度汛。"));
        Notice joint = issue.notices().get(1);
        assertThat(joint.issuer()).isEqualTo("清河县财政局、清河县教育局");
        assertThat(joint.docNumber()).isEqualTo("清财教〔2024〕12号");
        assertThat(joint.isPublic()).isFalse();
        assertThat(joint.signed()).isEqualTo(LocalDate.of(2024, 5, 20));
        Attachment rules = joint.attachments().get(0);
        assertThat(rules.label()).isNull();
        assertThat(rules.title()).isEqualTo("清河县学生资助资金管理办法");
        assertThat(rules.blocks()).extracting(Block::type).containsExactly(BlockType.HEADING, BlockType.ARTICLE,
                BlockType.ARTICLE, BlockType.HEADING, BlockType.ARTICLE, BlockType.TABLE);
        assertThat(rules.blocks().get(5).rows()).containsExactly(java.util.List.of("项目", "国家助学金"),
                java.util.List.of("标准", "每生每年2000元"), java.util.List.of("发放方式", "按学期发放"));
        assertThat(rules.blocks().get(5).page()).isEqualTo(5);
    }

    @Test
    void provincialStyleWithBracketedSectionsAnOrderFirstADocNumberAboveItsTitleAndALaidOutTable() throws Exception {
        Issue issue = parse("provincial-gazette-2024-10.txt");
        assertThat(issue.gazette()).isEqualTo("浙江省人民政府公报");
        assertThat(issue.totalIssue()).isEqualTo(1357);
        assertThat(issue.publisher()).isEqualTo("浙江省人民政府办公厅");
        assertThat(issue.published()).isEqualTo(LocalDate.of(2024, 4, 10));
        // 【…】 are the layout's, not the section's; the order's heading after the contents is no section.
        assertThat(issue.sections()).containsExactly("省政府令", "省政府文件", "部门文件", "人事任免");
        assertThat(issue.notices()).extracting(Notice::docNumber).containsExactly(
                null, "浙政发〔2024〕8号", "浙政函〔2024〕21号", "浙财综〔2024〕8号", "浙政干〔2024〕4号");
        // The contents cites the order as 办法（省政府令第398号）: matched by its number.
        Notice order = issue.notices().get(0);
        assertThat(order.title()).isEqualTo("浙江省人民政府令第398号");
        assertThat(order.section()).isEqualTo("省政府令");
        assertThat(order.tocPage()).isEqualTo(2);
        assertThat(order.signed()).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(order.attachments()).extracting(Attachment::title).containsExactly("浙江省公共数据条例实施办法");
        // The attachment list runs over two numbered lines; the second is an item, not a heading.
        Notice plan = issue.notices().get(1);
        assertThat(plan.blocks()).extracting(Block::type).containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH,
                BlockType.LIST_ITEM, BlockType.SIGNATURE, BlockType.DATE, BlockType.NOTE);
        assertThat(plan.attachments()).extracting(Attachment::label).containsExactly("附件1", "附件2");
        // Cells laid out with runs of spaces stay cells: 120 and the next row's 2 are never run together.
        Block table = plan.attachments().get(1).blocks().get(0);
        assertThat(table.type()).isEqualTo(BlockType.TABLE);
        assertThat(table.rows()).containsExactly(java.util.List.of("序号", "项目名称", "建设地点", "总投资（亿元）"),
                java.util.List.of("1", "集成电路制造基地", "杭州市", "120"),
                java.util.List.of("2", "新能源汽车零部件产业园", "宁波市", "85"));
        // The 文号 printed above the title: the title is still the title, and the 文号 line is not
        // left at the end of the notice before.
        Notice reply = issue.notices().get(2);
        assertThat(reply.title()).isEqualTo("浙江省人民政府关于同意设立杭州钱塘新区管理委员会的批复");
        assertThat(reply.type()).isEqualTo("批复");
        assertThat(reply.recipients()).isEqualTo("杭州市人民政府");
        assertThat(reply.section()).isEqualTo("省政府文件");
        assertThat(plan.attachments().get(1).blocks()).noneMatch(b -> b.text().contains("浙政函"));
        Notice joint = issue.notices().get(3);
        assertThat(joint.issuer()).isEqualTo("浙江省财政厅、浙江省发展和改革委员会");
        assertThat(issue.warnings()).containsExactly("notice 1 (浙江省人民政府令第398号): no 文号");
    }

    @Test
    void cityStyleWithoutContentsANumberedAnnouncementAndALabelledList() throws Exception {
        Issue issue = parse("city-gazette-announcement.txt");
        assertThat(issue.publisher()).isEqualTo("南州市人民政府办公室");
        assertThat(issue.notices()).extracting(Notice::title).containsExactly(
                "南州市人民政府关于印发南州市城市更新三年行动计划的通知", "南州市人民政府公告（第3号）",
                "南州市人民政府办公室关于调整南州市防汛抗旱指挥部组成人员的通知");
        // The announcement is numbered, not given a 文号; it is a notice of its own, not the tail of the plan.
        Notice announcement = issue.notices().get(1);
        assertThat(announcement.type()).isEqualTo("公告");
        assertThat(announcement.docNumber()).isNull();
        assertThat(announcement.signed()).isEqualTo(LocalDate.of(2022, 6, 1));
        // Its first sentence ends with a colon but names no recipients.
        assertThat(announcement.recipients()).isNull();
        assertThat(announcement.blocks().get(0).text()).startsWith("根据《中华人民共和国土地管理法》");
        assertThat(issue.notices().get(0).attachments().get(0).blocks()).noneMatch(b -> b.text().contains("公告"));
        // 指  挥  长：王建国    市长 and the name under it: a label column, names under names.
        Block members = issue.notices().get(2).blocks().get(1);
        assertThat(members.rows()).containsExactly(java.util.List.of("指挥长", "王建国", "市长"),
                java.util.List.of("副指挥长", "李红", "副市长"), java.util.List.of("", "赵强", "市应急管理局局长"));
    }
}
