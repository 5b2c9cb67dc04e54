/**
 * The page's one stylesheet, inline (no external request). Calm: one accent
 * colour, system fonts, tabular figures, hairline rules. Met and missed are
 * told by icon, word and pattern as well as colour. On paper: A4, the cover
 * on a page of its own, headings kept with what follows, rows and figures
 * never split.
 */
export const CSS = `
:root{--ink:#1d2733;--muted:#56626f;--line:#dde2e7;--rule:#b9c2cc;--accent:#1f5a96;--accent-soft:#e8f0f8;--met:#24724f;--missed:#a8352a;--bg:#eceff3}
*{box-sizing:border-box}
html{background:var(--bg)}
body{margin:0;color:var(--ink);font:10pt/1.45 "Segoe UI","Helvetica Neue",Helvetica,Arial,"Liberation Sans",sans-serif;font-variant-numeric:tabular-nums;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.paper{background:#fff;max-width:210mm;margin:24px auto;padding:15mm 14mm 18mm;box-shadow:0 1px 3px rgba(20,30,40,.12),0 8px 24px rgba(20,30,40,.06)}
h1{font-size:25pt;font-weight:600;line-height:1.15;margin:0;letter-spacing:-.01em}
h2{font-size:13.5pt;font-weight:600;margin:26px 0 10px;padding-bottom:5px;border-bottom:1.5px solid var(--accent)}
h2 .secnum{display:inline-block;min-width:1.6em;color:var(--accent)}
h3{font-size:10.5pt;font-weight:600;margin:16px 0 6px}
p{margin:6px 0}
a{color:var(--accent);text-decoration:none}
code{font-family:"Cascadia Mono",Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:8.5pt}
code.hash{font-size:7.5pt;word-break:break-all;color:var(--muted)}
.muted,.note{color:var(--muted)}
.note{font-size:8.5pt}
.notice{background:var(--accent-soft);border-left:3px solid var(--accent);padding:5px 9px;margin:8px 0}
ul.examples{margin:0;padding-left:1.1em;font-size:8.5pt}
.cover-top{display:flex;justify-content:space-between;align-items:baseline;border-bottom:1px solid var(--line);padding-bottom:8px;margin-bottom:26px;font-size:9pt;color:var(--muted);letter-spacing:.06em;text-transform:uppercase}
.cover-top .brand{font-weight:600;color:var(--ink)}
.period-name{font-size:15pt;color:var(--accent);margin:4px 0 18px}
dl.facts{display:grid;grid-template-columns:1fr 1fr;gap:10px 28px;margin:0 0 22px}
dl.facts div{border-top:1px solid var(--line);padding-top:5px}
dl.facts dt{font-size:8pt;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
dl.facts dd{margin:2px 0 0}
dl.facts-inline{grid-template-columns:repeat(4,1fr);gap:6px 16px;margin:4px 0 8px}
h2.brief-title,h2.contents-title{font-size:9pt;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border:0;margin:18px 0 8px;padding:0}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}
.card{border:1px solid var(--line);border-top:3px solid var(--rule);border-radius:3px;padding:10px 12px}
.card .figure{display:block;font-size:21pt;font-weight:600;line-height:1.1}
.card .label{display:block;font-size:8.5pt;color:var(--muted);margin-top:3px}
.card-good{border-top-color:var(--met)}
.card-bad{border-top-color:var(--missed)}
.contents ol{columns:2;margin:0;padding-left:1.4em}
.contents li{margin:2px 0}
table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:6px 0 10px}
caption{caption-side:top;text-align:left;font-size:8pt;color:var(--muted);padding:2px 0}
table.chart-data caption{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
table.scorecard{font-size:8.2pt}
table.scorecard th,table.scorecard td{padding:4px 3px}
table.quality th:first-child{min-width:13em}
.legend-line .key{white-space:nowrap;margin-right:10px}
th,td{padding:4px 5px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{font-weight:600;color:var(--muted);font-size:8pt;border-bottom:1px solid var(--rule);vertical-align:bottom}
tbody th{font-weight:500}
.num{text-align:right;white-space:nowrap}
tr.total th,tr.total td{font-weight:600;border-top:1px solid var(--rule)}
.sub{display:block;font-size:7.5pt;color:var(--muted)}
.previous{display:block;font-size:7.5pt;color:var(--muted)}
.scorecard td{vertical-align:middle}
.attainment-cell{display:flex;align-items:center;gap:5px;white-space:nowrap}
svg.attainment{width:72px;height:12px}
.scorecard th:first-child,.scorecard td:first-child{min-width:8.5em}
.attainment-cell .figure{min-width:3.6em;text-align:right;font-weight:600}
.verdict{white-space:nowrap}
.verdict-met{color:var(--met)}
.verdict-missed{color:var(--missed);font-weight:600}
.verdict-none{color:var(--muted)}
.icon{vertical-align:-1.5px;margin-right:3px}
.icon circle{fill:none;stroke-width:1.2}
.icon path{fill:none;stroke-width:1.5;stroke-linecap:round;stroke-linejoin:round}
.icon-met{stroke:var(--met)}
.icon-missed{stroke:var(--missed)}
.icon-none{stroke:var(--muted)}
table.chart-data{font-size:7.5pt}
table.chart-data th,table.chart-data td{padding:2px 3px}
figure{margin:10px 0 18px;break-inside:avoid}
figcaption{font-weight:600;margin-bottom:4px}
svg.chart{display:block;width:100%;height:auto}
svg text{font-family:inherit}
svg.defs{position:absolute;width:0;height:0;overflow:hidden}
.tick{font-size:10px;fill:var(--muted)}
.legend{font-size:10.5px;fill:var(--ink)}
.grid{stroke:#e7eaee;stroke-width:1}
.axis{stroke:#9aa5b1;stroke-width:1}
.goal{stroke:var(--ink);stroke-width:1.2;stroke-dasharray:5 4}
.goal-label{font-size:10px;fill:var(--ink)}
.series{fill:none;stroke-width:2;stroke-linejoin:round}
.created{fill:var(--accent)}
.resolved{fill:url(#p-resolved);stroke:var(--accent);stroke-width:.8}
.backlog{fill:none;stroke:#8a5a12;stroke-width:1.8}
.backlog-marker{fill:#8a5a12}
svg.timeline{display:block;width:100%;min-width:90px;height:14px}
.tl-due{vector-effect:non-scaling-stroke}
table.breaches td:last-child{width:20%;vertical-align:middle}
table.breaches thead th.num{white-space:normal}
.nowrap{white-space:nowrap}
.tl-track{fill:#f3f5f7}
.tl-counted{fill:#3c4a5a}
.tl-late{fill:var(--missed)}
.tl-paused{fill:url(#p-paused)}
.tl-outside-hours{fill:#d9dee4}
.tl-holiday{fill:url(#p-holiday)}
.tl-due{stroke:var(--ink);stroke-width:1.6}
svg.swatch{vertical-align:-1px;margin-right:2px}
.legend-line svg.swatch:last-of-type{margin-right:6px}
.ab-track{fill:#e9edf1}
.ab-met{fill:var(--met)}
.ab-missed{fill:url(#p-missed);stroke:var(--missed);stroke-width:.8}
.ab-goal{stroke:var(--ink);stroke-width:1.6}
article.incident{border-left:3px solid var(--accent);padding:2px 0 2px 12px;margin:12px 0 16px;break-inside:avoid}
article.incident h3{margin:4px 0 0}
.incident-meta{font-size:8.5pt;color:var(--muted);margin:0 0 6px}
tr.sub-item th{padding-left:18px;font-weight:400;color:var(--muted)}
tr.nonzero td:nth-child(2){font-weight:600}
ol.observations{padding-left:2.2em}
ol.observations li{margin:0 0 8px;padding-left:2px}
.rule-tag{display:inline-block;font-size:7.5pt;text-transform:uppercase;letter-spacing:.05em;border:1px solid var(--rule);border-radius:2px;padding:0 4px;margin-right:4px;color:var(--muted)}
footer.page-end{margin-top:30px;padding-top:8px;border-top:1px solid var(--line);font-size:8pt;color:var(--muted)}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
html{background:none}
.paper{margin:0;padding:0;max-width:none;box-shadow:none}
.cover{break-after:page}
h2,h3,figcaption{break-after:avoid}
tr,figure,article.incident,.card{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit}
}
`;
