import Foundation
import Testing

@testable import Markup

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Markup rendering")
struct RenderingTests {
    @Test("void elements have no end tag; empty HTML elements do; empty SVG elements self-close")
    func voidElements() {
        #expect(Node.element(.br).render() == "<br>")
        #expect(Node.meta(charset: "utf-8").render() == "<meta charset=\"utf-8\">")
        #expect(Node.element(.br, [], [.text("ignored")]).render() == "<br>")
        #expect(Node.div([]).render() == "<div></div>")
        #expect(
            Node.rect(x: 1, y: 2, width: 3, height: 4).render() == "<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\"/>")
    }

    @Test("attributes keep their order; a repeated name replaces the value in place")
    func attributeOrder() {
        let node = Node.element(.span, [Attribute(.class, "a"), Attribute(.id, "x"), Attribute(.class, "b")])
        #expect(node.render() == "<span class=\"b\" id=\"x\"></span>")
    }

    @Test("line breaks only where whitespace is insignificant")
    func lineBreaks() {
        let node = Node.div(class: "card", [.h2("Climate"), .p([.text("Mean "), .strong("3.42")])])
        #expect(node.render() == "<div class=\"card\">\n<h2>Climate</h2>\n<p>Mean <strong>3.42</strong></p>\n</div>")
        let row = Node.table(header: [.th("A")], rows: [[.td("1")]]).render()
        #expect(
            row
                == "<table>\n<thead>\n<tr>\n<th scope=\"col\">A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>"
        )
    }

    @Test("the same tree renders to the same bytes")
    func determinism() {
        func page() -> Node {
            .html(
                lang: "en", head: [.meta(charset: "utf-8"), .title("T"), .style("p{margin:0}")],
                body: [
                    .div(class: "x", [.p("é & ü"), .details(open: true, summary: "More", [.p("…")])]),
                    .svg(width: 10.5, height: 4, [], [.path(d: PathData().move(to: 0, 1).line(to: 1 / 3, 2))]),
                ])
        }
        let first = page().renderHTMLDocument()
        #expect(first == page().renderHTMLDocument())
        #expect(first.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(first.contains("<style>p{margin:0}</style>"))
        #expect(first.contains("<details open=\"\">\n<summary>More</summary>"))
        #expect(first.contains("<path d=\"M0,1L0.33,2\"/>"))
    }

    @Test("style sheets are compile-time literals and are not escaped")
    func styleSheet() {
        let css: TrustedCSS = "a>b{content:\"x\"}"
        #expect(Node.style(css + "p{}").render() == "<style>a>b{content:\"x\"}p{}</style>")
    }

    @Test("a standalone SVG has an XML declaration and namespace and parses as XML")
    func standaloneSVG() throws {
        let hostile = "<script>\" onload='x' ]]> & \u{0}\u{202E}👩🏽‍🏫 e\u{301}"
        let svg = Node.svg(
            width: 100, height: 50, [Attribute(.role, "img")],
            [
                .title(hostile), .desc(hostile),
                .style("text{font-size:10px}"),
                .g(
                    [Attribute(.ariaLabel, hostile)],
                    [
                        .rect(x: 0, y: 0, width: 10, height: -5, [Attribute(.fill, "#000")], [.title(hostile)]),
                        .svgText(hostile, x: 1, y: 2),
                    ]),
            ])
        let text = svg.renderStandaloneSVG()
        #expect(
            text.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\""))
        #expect(!text.contains("<script"))
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(collector.elements.first == "svg")
        #expect(collector.elements.contains("rect"))
        #expect(!collector.elements.contains("script"))
        #expect(
            collector.ariaLabel == Node.text(hostile).textContent.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
                + "\u{202C}")
    }
}

/// Records element names and the `aria-label` the parser read back.
private final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var ariaLabel: String?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        elements.append(elementName)
        if let label = attributes["aria-label"] { ariaLabel = label }
    }
}
