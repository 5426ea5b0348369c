// The page's own style, added to the report's (formatters/html-style.ts).
export const PAGE_CSS = `
header .intro{max-width:48rem}
.controls{border:2px dashed var(--line);border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
body.dragging .controls{border-color:#0969da;background:#ddf4ff}
.drop label{display:block;margin-bottom:.4rem}
.settings{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:center;margin-top:.75rem}
select,button,input[type=file]{font:inherit}
button{padding:.3rem .8rem;border:1px solid #8c959f;border-radius:6px;background:#f6f8fa;cursor:pointer}
button:disabled{cursor:default;opacity:.55}
:focus-visible{outline:3px solid #0969da;outline-offset:2px}
tr.finding[data-place]{cursor:pointer}
tr.finding[data-place]:hover{background:#f6f8fa}
.actions{display:flex;gap:.5rem;margin:.25rem 0 .5rem}
.rules-all{margin-top:2rem}
.rules-all summary{cursor:pointer;font-weight:600}
@media print{.controls,.rules-all,noscript{display:none}}
`;
