import Markup

/// The print rules of a briefing pack, appended to `PageStyle.css`.
///
/// Each page is a `section.sheet` of a fixed size that fits inside both printable areas (A4 210 × 297 mm
/// and Letter 215.9 × 279.4 mm, less 12 mm margins: at most 186 × 255.4 mm), with a page break after it.
/// Lists on a sheet are capped so they fit; `overflow:hidden` is the last guard that one sheet is one page.
enum BriefStyle {
    static let css: TrustedCSS =
        "header.page,footer.page{display:none}"
        + "body{background:#e8e8e8}"
        + "main{max-width:none;padding:12px 0}"
        + ".sheet{width:186mm;height:254mm;overflow:hidden;margin:0 auto 12px;padding:0;background:#fff;"
        + "box-shadow:0 0 0 1px #cfcfcf;font-size:9.5pt;line-height:1.35;display:flex;flex-direction:column}"
        + ".sheet>*{flex:none}"
        + ".sheet h2{font-size:15pt;margin:0 0 4px}"
        + ".sheet h3{font-size:11pt;margin:8px 0 3px}"
        + ".sheet .kicker{color:#595959;font-size:9pt;margin:0;text-transform:uppercase;letter-spacing:.04em}"
        + ".sheet table{font-size:8.5pt;margin:3px 0;width:100%}"
        + ".sheet th,.sheet td{padding:2px 5px}"
        + ".sheet .table-wrap{overflow:visible}"
        + ".sheet .tiles{grid-template-columns:repeat(3,minmax(0,1fr));gap:6px}"
        + ".sheet .tile{padding:5px 7px}"
        + ".sheet .tile h3{margin:0;font-size:10pt}"
        + ".sheet .tile .score{font-size:15pt}"
        + ".sheet .tile .change{font-size:8pt;margin:1px 0}"
        + ".sheet .tile .test{font-size:7pt}"
        + ".sheet .tile svg{width:100%;height:auto}"
        + ".sheet .note,.sheet .data-quality p{font-size:8.5pt}"
        + ".sheet td.date{white-space:nowrap}"
        + ".sheet .more{color:#595959;font-size:8.5pt;font-style:italic}"
        + ".cover{justify-content:center;padding:0 12mm}"
        + ".cover h1{font-size:26pt;line-height:1.15;margin:6px 0 10px}"
        + ".cover .facts{font-size:12pt;margin:10px 0}"
        + ".cover .facts dt{font-weight:600;margin-top:8px;color:#595959;font-size:9.5pt;text-transform:uppercase}"
        + ".cover .facts dd{margin:0}"
        + ".cover ol{font-size:11pt}"
        + "ol.discuss{margin:4px 0;padding-left:1.4em}"
        + "ol.discuss li{margin:3px 0}"
        + ".sheet .ladder{font-size:8.5pt;color:#595959}"
        + ".sheet .method p,.sheet .method li{font-size:9pt}"
        + "@media print{"
        + "body{background:none}"
        + "main{padding:0}"
        + ".sheet{margin:0;box-shadow:none;break-after:page}"
        + ".sheet:last-child{break-after:auto}"
        + "}"
}
