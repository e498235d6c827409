/**
 * The report's styles: VS Code's theme colours where they exist (light, dark, high contrast),
 * readable defaults in a browser.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f1f1f; --bg: #ffffff; --muted: #555555; --line: #d0d0d0; --panel: #f6f6f6; --link: #0b57d0; --err: #b00020; --warn: #8a5a00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --bg: #1e1e1e; --muted: #b4b4b4; --line: #4a4a4a; --panel: #252526; --link: #7cacf8; --err: #ff8a80; --warn: #e5b567; } }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 15px); line-height: 1.5;
  color: var(--vscode-foreground, var(--fg)); background: var(--vscode-editor-background, var(--bg)); margin: 0; }
main { max-width: 56rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.path { font-family: var(--vscode-editor-font-family, monospace); font-weight: normal; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
caption { text-align: left; font-style: italic; padding-bottom: 0.25rem; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--vscode-panel-border, var(--line)); vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.figures th { width: 40%; font-weight: normal; }
.note { border-left: 4px solid var(--vscode-charts-yellow, #b58900); padding-left: 0.75rem; }
.delta { color: var(--vscode-descriptionForeground, var(--muted)); }
.chart svg { background: var(--vscode-editorWidget-background, var(--panel)); border: 1px solid var(--vscode-panel-border, var(--line)); }
.bar { fill: var(--vscode-charts-blue, #2f6db3); }
.chart-svg { width: 100%; height: auto; }
/* long sentences: orange stripes, so colour is not the only signal */
.bar.long { fill: url(#hatch); }
.hatch-stripe { fill: var(--vscode-charts-orange, #b34f00); }
.hatch-ground { fill: var(--vscode-charts-orange, #b34f00); opacity: 0.35; }
.limit { stroke: var(--vscode-charts-red, #c00); stroke-dasharray: 4 3; stroke-width: 1; }
.limit-label, .axis { font-size: 10px; fill: var(--vscode-foreground, var(--fg)); }
figcaption { font-size: 0.9em; color: var(--vscode-descriptionForeground, var(--muted)); }
blockquote { margin: 0.25rem 0 0.75rem 1rem; color: var(--vscode-descriptionForeground, var(--muted)); }
ul.findings { list-style: none; padding: 0; }
ul.findings li { padding: 0.2rem 0; border-bottom: 1px solid var(--vscode-panel-border, var(--line)); }
.sev { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 0.3rem; border: 1px solid currentColor; border-radius: 3px; }
.sev-error .sev { color: var(--vscode-errorForeground, var(--err)); }
.sev-warning .sev { color: var(--vscode-editorWarning-foreground, var(--warn)); }
button.jump { font: inherit; color: var(--vscode-textLink-foreground, var(--link)); background: none; border: none; padding: 0; cursor: pointer; text-decoration: underline; }
button.jump:focus-visible { outline: 2px solid var(--vscode-focusBorder, #0b57d0); outline-offset: 2px; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.25rem; }
.verdict { font-size: 0.8em; font-weight: normal; padding: 0 0.35rem; border: 1px solid currentColor; border-radius: 3px; white-space: nowrap; }
.verdict-work { color: var(--vscode-errorForeground, var(--err)); }
.verdict-improve { color: var(--vscode-editorWarning-foreground, var(--warn)); }
.rule, .source { color: var(--vscode-descriptionForeground, var(--muted)); font-size: 0.9em; }
.ask { border-left: 4px solid var(--vscode-charts-blue, #2f6db3); padding-left: 0.75rem; }
ol.priorities li { margin: 0.3rem 0; }
code { font-family: var(--vscode-editor-font-family, monospace); font-size: 0.9em; }
details { margin: 0.5rem 0; } summary { cursor: pointer; }
body.vscode-high-contrast th, body.vscode-high-contrast td { border-bottom-color: var(--vscode-contrastBorder, #fff); }
body.vscode-high-contrast .bar { stroke: var(--vscode-contrastBorder, #fff); }
`
