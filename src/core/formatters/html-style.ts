// The HTML report's style sheet, shared by `--format html` and the drop-in page. System fonts only
// (nothing is fetched); added and left-out words are told apart by underline and strike-through as
// well as colour, so a black-and-white print still shows them.
export const REPORT_CSS = `
:root{--ink:#1b1f23;--muted:#57606a;--line:#d0d7de;--ins:#116329;--ins-bg:#dafbe1;--del:#a40e26;--del-bg:#ffebe9;--hi:#fff8c5;--err:#a40e26;--warn:#7d4e00}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:62rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid var(--line);overflow-wrap:anywhere}
h3{font-size:1.05rem;margin:1.5rem 0 .25rem}
.summary{color:var(--muted)}
.ok{color:var(--ins);font-weight:600}
.reason{color:var(--err);font-weight:600}
table.findings{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
table.findings th,table.findings td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
table.findings th{font-weight:600;color:var(--muted)}
table.findings td.msg{overflow-wrap:anywhere;width:60%}
.sev-2{color:var(--err);font-weight:600}
.sev-1{color:var(--warn);font-weight:600}
dl.cert{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0 .75rem;font-size:.92rem}
dl.cert dt{color:var(--muted)}
dl.cert dd{margin:0;overflow-wrap:anywhere}
.redline{font-family:Georgia,"Times New Roman",serif;font-size:1rem;line-height:1.6;border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem}
.para{margin:.5rem 0;overflow-wrap:anywhere}
.para .label{display:inline-block;min-width:2.2em;color:var(--muted)}
ins{color:var(--ins);background:var(--ins-bg);text-decoration:underline}
del{color:var(--del);background:var(--del-bg);text-decoration:line-through}
del.block{display:block;padding:.1rem .4rem;border-left:4px solid var(--del)}
.slot{border-bottom:1px dotted var(--muted)}
.para.sig{font-family:system-ui,sans-serif;font-size:.9rem;color:var(--muted)}
.legend{font-size:.85rem;color:var(--muted)}
.hl,:target{outline:3px solid #bf8700;background:var(--hi)}
a{color:#0550ae}
.rules section{margin:1rem 0;padding-top:.25rem;border-top:1px solid var(--line)}
.rules pre{white-space:pre-wrap;background:#f6f8fa;padding:.5rem;border-radius:4px;font-size:.85rem}
@media (max-width:600px){
  body{font-size:14px}main{padding:.75rem}.redline{padding:.25rem .5rem}
  table.findings thead{display:none}
  table.findings tr{display:grid;grid-template-columns:auto auto 1fr;gap:0 .5rem;border-bottom:1px solid var(--line);padding:.3rem 0}
  table.findings td{border:0;padding:.1rem .2rem}
  table.findings td.pos{display:none}
  table.findings td.msg{grid-column:1/-1;width:auto}
}
@media print{
  @page{margin:16mm 14mm}
  body{font-size:10.5pt}
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  h2{break-before:auto;break-after:avoid}
  h3{break-after:avoid}
  tr,.para{break-inside:avoid}
  .no-print{display:none!important}
  .hl,:target{outline:none;background:none}
  ins,del{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
