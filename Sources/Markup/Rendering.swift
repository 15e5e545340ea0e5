/// Serialising nodes to HTML and to standalone SVG.
///
/// Output is compact and deterministic: no indentation, and a line break only where whitespace cannot
/// change what the page shows (before a block element, and between the children of containers such as
/// `<tr>`, `<ul>`, `<svg>` and `<g>`).
///
///     Node.p("Fish & chips").render()  // "<p>Fish &amp; chips</p>"
extension Node {
    /// The node as an HTML fragment. SVG elements inside it use the HTML syntax for foreign content
    /// (`<rect/>`), which HTML parsers accept.
    public func render() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    /// A whole HTML document: `<!DOCTYPE html>`, then this node (normally ``html(lang:head:body:)``).
    public func renderHTMLDocument() -> String {
        "<!DOCTYPE html>\n" + render() + "\n"
    }

    /// A standalone SVG file: an XML declaration and this `<svg>` element with its namespace, so XML
    /// tools (`xmllint`, image viewers, slide software) read it.
    ///
    /// - Precondition: the node is an `<svg>` element.
    public func renderStandaloneSVG() -> String {
        guard case .element(.svg, let attributes, let children) = content else {
            preconditionFailure("renderStandaloneSVG() needs an <svg> element")
        }
        let namespace = Attribute(.xmlns, "http://www.w3.org/2000/svg")
        let root = Node.element(.svg, [namespace] + attributes.filter { $0.name != .xmlns }, children)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.render() + "\n"
    }

    private func write(to output: inout String) {
        switch content {
        case .text(let string):
            output += Escaping.text(string)
        case .styleSheet(let css):
            output += css.text
        case .element(let tag, let attributes, let children):
            output += "<" + tag.name
            for attribute in attributes {
                output += " " + attribute.name.name + "=\"" + Escaping.attribute(attribute.value) + "\""
            }
            switch tag.kind {
            case .void:
                output += ">"
                return
            case .foreign where children.isEmpty:
                output += "/>"
                return
            case .normal, .foreign:
                output += ">"
            }
            var brokeLine = false
            for child in children {
                if child.startsOnNewLine(inside: tag) {
                    output += "\n"
                    brokeLine = true
                }
                child.write(to: &output)
            }
            if brokeLine { output += "\n" }
            output += "</" + tag.name + ">"
        }
    }

    private func startsOnNewLine(inside parent: Tag) -> Bool {
        guard case .element(let tag, _, _) = content else { return false }
        return parent.layout == .container || tag.layout != .inline
    }
}
