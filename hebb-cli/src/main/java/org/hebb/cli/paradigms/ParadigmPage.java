package org.hebb.cli.paradigms;

import java.util.List;

/** The comparison's report page: the table and the learning-curve plot (curves.svg beside it), self-contained HTML. */
final class ParadigmPage {

    private ParadigmPage() {
    }

    static String html(String title, String command, String markdown, List<ParadigmTable.Row> rows) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px}"
                        + "td.n{text-align:right}</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n<p><code>")
                .append(esc(command)).append("</code></p>\n<p>")
                .append(esc(markdown.split("\n\n")[2])).append("</p>\n<table>\n<tr>");
        for (String c : ParadigmTable.COLUMNS) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (ParadigmTable.Row r : rows) {
            h.append("<tr>");
            List<String> cells = r.cells(true);
            for (int k = 0; k < cells.size(); k++) {
                h.append(k < 3 ? "<td>" : "<td class=\"n\">").append(esc(cells.get(k))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<h2>Learning curves</h2>\n<p>Median over runs with the quartile band; gradient and plasticity: "
                + "the training return of each episode; evolution: the best fitness so far against the fitness "
                + "episodes spent. Per-run values: curves.csv; held-out tests: heldout.csv.</p>\n"
                + "<img src=\"curves.svg\" alt=\"learning curves\" width=\"900\">\n</body></html>\n");
        return h.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
