// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import org.gazettereader.json.Json;
import java.time.LocalDate;
import java.util.List;
import org.gazettereader.importing.ParseResult;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.AttachmentTree;
import org.gazettereader.model.Block;
import org.gazettereader.model.Issue;
import org.gazettereader.model.Notice;

/** The {@code parse --json} shape of PRODUCT.md, keys in the documented order, absent values as null. */
public final class IssueJson {
    private IssueJson() {
    }

    /** A parse: {@code kind} ("issue" or "document") first, then the issue's keys. */
    public static Json toJson(ParseResult result) {
        Json o = Json.object();
        o.put("kind", result.kind().jsonName());
        o.setAll(toJson(result.issue()));
        return o;
    }

    public static Json toJson(Issue issue) {
        Json o = Json.object();
        o.put("gazette", issue.gazette());
        o.put("publisher", issue.publisher());
        numbering(o, issue.year(), issue.issue(), issue.totalIssue(), issue.published());
        Json sections = o.putArray("sections");
        issue.sections().forEach(sections::add);
        Json docs = o.putArray("documents");
        for (Notice n : issue.notices()) {
            docs.add(notice(n));
        }
        Json warnings = o.putArray("warnings");
        issue.warnings().forEach(warnings::add);
        return o;
    }

    /**
     * The keys that place an issue in its gazette's series, in this order: {@code year},
     * {@code issue}, {@code total_issue}, {@code published}. {@code list --json} writes them alike.
     */
    static void numbering(Json o, Integer year, Integer issue, Integer totalIssue, LocalDate published) {
        o.put("year", year);
        o.put("issue", issue);
        o.put("total_issue", totalIssue);
        o.put("published", JsonWriter.date(published));
    }

    static Json notice(Notice n) {
        Json d = Json.object();
        d.put("seq", n.seq());
        d.put("id", n.id());
        d.put("section", n.section());
        d.put("title", n.title());
        d.put("doc_number", n.docNumber());
        d.put("type", n.type());
        d.put("issuer", n.issuer());
        d.put("recipients", n.recipients());
        d.put("signed", JsonWriter.date(n.signed()));
        d.put("toc_page", n.tocPage());
        d.put("public", n.isPublic());
        if (n.consult() == null) {
            d.putNull("consult");
        } else {
            Json c = d.putObject("consult");
            c.put("unit", n.consult().unit());
            c.put("phone", n.consult().phone());
        }
        blocks(d.putArray("blocks"), n.blocks());
        Json atts = d.putArray("attachments");
        String[] parents = parents(n.attachments());
        for (int i = 0; i < n.attachments().size(); i++) {
            Attachment a = n.attachments().get(i);
            Json ao = atts.addObject();
            ao.put("label", a.label());
            ao.put("parent", parents[i]);
            ao.put("title", a.title());
            blocks(ao.putArray("blocks"), a.blocks());
        }
        return d;
    }

    /** For each attachment in the flat list, the label of the one it is nested under (附件4 for 附件4-1), or null. */
    private static String[] parents(List<Attachment> attachments) {
        String[] out = new String[attachments.size()];
        for (AttachmentTree root : AttachmentTree.of(attachments)) {
            markChildren(root, out);
        }
        return out;
    }

    private static void markChildren(AttachmentTree node, String[] out) {
        for (AttachmentTree child : node.children()) {
            out[child.part() - 1] = node.attachment().label();
            markChildren(child, out);
        }
    }

    private static void blocks(Json out, List<Block> blocks) {
        for (Block b : blocks) {
            Json bo = out.addObject();
            bo.put("type", b.type().jsonName());
            if (b.level() != null) {
                bo.put("level", b.level());
            }
            if (b.number() != null) {
                bo.put("number", b.number());
            }
            bo.put("text", b.text());
            if (!b.rows().isEmpty()) {
                Json rows = bo.putArray("rows");
                for (List<String> r : b.rows()) {
                    Json row = rows.addArray();
                    r.forEach(row::add);
                }
            }
            if (b.page() != null) {
                bo.put("page", b.page());
            }
        }
    }
}
