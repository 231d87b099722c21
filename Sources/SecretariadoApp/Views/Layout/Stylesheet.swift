/// The site's only stylesheet, served from `/static/site.css`. Kept in the binary so the
/// server needs no working directory, and external so the CSP can forbid inline styles.
enum Stylesheet {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c9c9c9; --bg: #ffffff; --soft: #f4f5f7;
          --link: #0b4f8a; --gob: #1f5fa8; --osc: #2e7d32; --og: #7b3294; --other: #5f5f5f;
          --ok-bg: #e3f2e6; --ok-ink: #1b4d25; --bad-bg: #fbe4e2; --bad-ink: #7d1a12; --warn-bg: #fff3d6; --warn-ink: #6b4500; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--link); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #f0a500; outline-offset: 2px; }
        .skip { position: absolute; left: -9999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
        header.site { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--soft); }
        .demo-notice { margin: 0; padding: .5rem 1.5rem; background: #fff4d6; border-bottom: 1px solid #d9b44a; color: #3d2f00; font-size: .95rem; }
        header.site .brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--ink); }
        header.site ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; align-items: center; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
        main:focus { outline: none; }
        footer.site { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); font-size: .9rem; }
        h1 { font-size: 1.8rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.1rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--soft); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .badge { display: inline-block; white-space: nowrap; padding: .1rem .5rem; border-radius: .75rem; font-size: .85rem; font-weight: 600; }
        .badge.ok { background: var(--ok-bg); color: var(--ok-ink); }
        .badge.bad { background: var(--bad-bg); color: var(--bad-ink); }
        .badge.warn { background: var(--warn-bg); color: var(--warn-ink); }
        .muted { color: var(--muted); }
        .legend { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; margin: .25rem 0; font-size: .9rem; }
        .legend .swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem; vertical-align: middle; border: 1px solid #0003; }
        .sw-gobierno { background: var(--gob); } .sw-sociedad_civil { background: var(--osc); } .sw-organismo_garante { background: var(--og); } .sw-other { background: var(--other); }
        form.stack { display: grid; gap: .75rem; max-width: 36rem; margin: 1rem 0 2rem; padding: 1rem; border: 1px solid var(--line); border-radius: .5rem; }
        form.inline { display: inline; margin: 0; }
        form.stack label { font-weight: 600; display: block; margin-bottom: .2rem; }
        input[type=text], input[type=email], input[type=password], input[type=url], input[type=date], input[type=number], select, textarea { width: 100%; padding: .45rem; border: 1px solid #767676; border-radius: .3rem; font: inherit; }
        button { font: inherit; padding: .45rem .9rem; border-radius: .3rem; border: 1px solid #0b4f8a; background: #0b4f8a; color: #fff; cursor: pointer; }
        header.site button { background: transparent; color: var(--link); border: none; padding: 0; text-decoration: underline; }
        button.secondary { background: #fff; color: #0b4f8a; }
        .hint { font-size: .85rem; color: var(--muted); margin: .2rem 0 0; }
        .notice { padding: .75rem 1rem; border-radius: .4rem; background: var(--ok-bg); color: var(--ok-ink); }
        .error-box { padding: .75rem 1rem; border-radius: .4rem; background: var(--bad-bg); color: var(--bad-ink); }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
        .card { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; }
        .secret { font-family: ui-monospace, monospace; background: var(--soft); padding: .5rem; word-break: break-all; }
        svg { max-width: 100%; height: auto; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        /* Installation of an STL */
        .badge.pending { background: var(--soft); color: var(--muted); border: 1px solid var(--line); }
        nav.subnav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: .5rem 0; margin: 0 0 1rem; border-bottom: 1px solid var(--line); }
        nav.subnav a[aria-current=page] { font-weight: 700; text-decoration: none; color: var(--ink); }
        article.step { margin: .75rem 0; }
        article.step h3 { margin-top: 0; }
        .warning-box { padding: .75rem 1rem; border-radius: .4rem; background: var(--warn-bg); color: var(--warn-ink); }
        .check { display: flex; gap: .5rem; align-items: baseline; }
        form.stack .check label, .check label { font-weight: normal; margin: 0; }
        fieldset { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem 1rem; }
        a.button { display: inline-block; padding: .45rem .9rem; border-radius: .3rem; background: #0b4f8a; color: #fff; text-decoration: none; }
        .hp { position: absolute; left: -9999px; width: 1px; height: 1px; overflow: hidden; }
        article.acta { max-width: 48rem; }
        .diff { font-family: ui-monospace, monospace; font-size: .85rem; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: 0; list-style: none; }
        .diff li { padding: 0 .4rem; }
        .diff .added { background: var(--ok-bg); color: var(--ok-ink); }
        .diff .removed { background: var(--bad-bg); color: var(--bad-ink); text-decoration: line-through; }
        @media print { header.site, footer.site, .no-print, .skip { display: none; } main { max-width: none; padding: 0; } article.acta { max-width: none; } }
        /* Sessions, voting, minutes and archive. */
        ol.agenda > li { margin-bottom: 1rem; }
        .motion { border-left: 4px solid var(--line); padding: .25rem 0 .25rem .75rem; margin: .5rem 0; }
        .motion h4 { margin: .25rem 0; }
        table.votes { width: auto; }
        .check { display: flex; gap: .5rem; align-items: center; }
        .check input { width: auto; }
        form.stack textarea { min-height: 4rem; }
        article.minutes h1 { font-size: 1.5rem; }
        @media print {
          header.site, footer.site, .skip, .noprint, form, nav { display: none !important; }
          body { font: 11pt/1.4 Georgia, "Times New Roman", serif; color: #000; }
          main { max-width: none; padding: 0; }
          a { color: #000; text-decoration: none; }
          h2 { break-after: avoid; border-bottom: 1px solid #000; }
          table, .motion, li { break-inside: avoid; }
          .badge { border: 1px solid #000; background: none !important; color: #000 !important; }
          .secret { background: none; border: 1px solid #000; font-size: 9pt; }
        }
        /* Printable documents (minutes, acta): what identifies the record, signature lines,
           and in print only the document itself, with a line naming the record on top and the
           page numbers at the foot of every page. */
        .print-toolbar { margin: .5rem 0 1rem; }
        .print-toolbar .hint { max-width: 48rem; }
        .print-only { display: none; }
        .doc-identity { margin-top: 2rem; }
        .doc-identity code { overflow-wrap: anywhere; }
        .signature-lines ul, ul.signature-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0 2rem; }
        li.sign { margin-top: 3rem; padding-top: .25rem; border-top: 1px solid var(--ink); }
        li.sign .signer { display: block; font-weight: 600; }
        li.sign .capacity { display: block; font-size: .85rem; color: var(--muted); }
        @page { margin: 2cm 2cm 2.4cm;
          @bottom-right { content: counter(page) " / " counter(pages); font: 9pt Georgia, "Times New Roman", serif; } }
        @media print {
          .print-toolbar, button { display: none !important; }
          .print-only { display: block; }
          .draft-mark { font-weight: 700; border: 2px solid #000; padding: .25rem .5rem; text-align: center; }
          .print-identity-line { font: 8pt/1.3 Georgia, "Times New Roman", serif; border-bottom: .5pt solid #000; padding-bottom: 2pt; margin: 0 0 .75rem; }
          .doc-identity { break-inside: avoid; border: 1px solid #000; padding: .25rem .75rem; }
          .doc-identity h2 { font-size: 11pt; margin-top: .5rem; }
          .doc-identity dl.facts { grid-template-columns: 1fr; gap: 0; }
          .doc-identity dd { margin: 0 0 .3rem 1rem; }
          .doc-identity code { font: 8.5pt ui-monospace, "DejaVu Sans Mono", monospace; }
          .signature-lines, .signature-list { break-before: auto; }
          .signature-lines h2 { break-after: avoid; }
          .signature-lines ul, ul.signature-list { grid-template-columns: 1fr 1fr; }
          li.sign { break-inside: avoid; margin-top: 1.6cm; border-top: 1px solid #000; }
          li.sign .capacity { color: #000; }
          article.minutes .table-scroll { overflow: visible; }
        }
        /* Follow-up: agreements, action plan, finances and outreach. */
        tr.overdue td { background: var(--bad-bg); }
        form.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin: 1rem 0; }
        form.filters > div { min-width: 10rem; }
        form.filters label { font-weight: 600; display: block; margin-bottom: .2rem; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        table.data { width: auto; min-width: 16rem; }
        .chart-with-table { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .chart { overflow-x: auto; }
        ul.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; list-style: none; padding: 0; }
        ul.figures li { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; }
        ul.figures strong { display: block; font-size: 1.4rem; }
        ol.notes > li, ol.history > li { margin-bottom: .75rem; }
        details > summary { cursor: pointer; color: var(--link); margin-top: .25rem; }
        /* Attached documents: digests and long file names wrap instead of widening a phone's page. */
        .attachments .digest, .attachments a { overflow-wrap: anywhere; }
        .attachments .digest { font-family: ui-monospace, monospace; font-size: .8rem; }
        .attachments-list > details { border-top: 1px solid var(--line); padding: .25rem 0; }
        .assessment .hint { max-width: 24rem; }
        td.nowrap { white-space: nowrap; }
        /* Forms sent back with errors: summary on top, each message beside its field. */
        .error-summary { border: 4px solid var(--bad-ink); padding: .75rem 1rem; margin: 0 0 1.5rem; border-radius: .25rem; }
        .error-summary:focus { outline: 3px solid #f0a500; }
        .error-summary h2 { margin: 0 0 .5rem; font-size: 1.25rem; color: var(--bad-ink); }
        .error-summary ul { margin: .5rem 0 0; padding-left: 1.25rem; }
        .error-summary a { color: var(--bad-ink); font-weight: 600; }
        .field-with-error { border-left: 4px solid var(--bad-ink); padding-left: .75rem; }
        .field-error { color: var(--bad-ink); font-weight: 600; margin: .2rem 0; }
        .field-with-error input, .field-with-error textarea, .field-with-error select { border: 2px solid var(--bad-ink); }
        /* Phones: tables scroll in their own box; the header folds into a menu; nothing is
           wider than the screen. */
        .table-scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
        .table-scroll > table { margin: 0; }
        header.site details.narrow { display: none; }
        header.site details.narrow > summary { list-style: none; color: var(--link); font-weight: 600; padding: .25rem .5rem; border: 1px solid var(--line); border-radius: .3rem; background: #fff; }
        header.site details.narrow > summary::-webkit-details-marker { display: none; }
        header.site details.narrow[open] { flex-basis: 100%; }
        header.site details.narrow[open] > summary { display: inline-block; margin-bottom: .5rem; }
        header.site details.narrow ul { flex-direction: column; align-items: flex-start; gap: .6rem; padding: .25rem 0 .5rem; }
        nav.subnav ul.subnav-second { border-bottom: none; margin: 0 0 1rem; padding-top: 0; font-size: .95rem; }
        nav.subnav a[aria-current=true] { font-weight: 700; }
        main { overflow-wrap: break-word; }
        main pre, main code, .secret { white-space: pre-wrap; word-break: break-all; }
        dl.facts dd, dl.facts dt { min-width: 0; }
        ul.work li { margin-bottom: .5rem; }
        .statement { margin: .25rem 0 .5rem; white-space: pre-line; }
        form.confirm { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: 1rem 0; }
        a.button.secondary { background: #fff; color: #0b4f8a; border: 1px solid #0b4f8a; }
        @media (max-width: 48rem) {
          header.site { padding: .5rem 1rem; flex-wrap: wrap; }
          header.site nav.wide { display: none; }
          header.site details.narrow { display: block; }
          main { padding: 1rem; }
          dl.facts { grid-template-columns: 1fr; }
          dl.facts dd { margin-bottom: .5rem; }
          .cards { grid-template-columns: 1fr; }
          form.stack { padding: .75rem; }
          form.filters > div { min-width: 0; flex: 1 1 100%; }
          .chart-with-table > * { max-width: 100%; }
        }
        """
}
