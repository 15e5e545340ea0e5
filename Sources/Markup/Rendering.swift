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
        var output: [UInt8] = []
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A whole HTML document: `<!DOCTYPE html>`, then this node (normally ``html(lang:head:body:)``).
    public func renderHTMLDocument() -> String {
        String(decoding: renderHTMLDocumentUTF8(), as: UTF8.self)
    }

    /// ``renderHTMLDocument()`` as UTF-8 bytes, ready to write to a file without a `String` in between.
    public func renderHTMLDocumentUTF8() -> [UInt8] {
        var output = Array("<!DOCTYPE html>\n".utf8)
        write(to: &output)
        output.append(UInt8(ascii: "\n"))
        return output
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

    /// Appends the node's markup to `output` as UTF-8: pages are built as bytes, not by growing strings.
    private func write(to output: inout [UInt8]) {
        switch content {
        case .text(let string):
            Escaping.write(string, inAttribute: false, to: &output)
        case .styleSheet(let css):
            output.append(contentsOf: css.text.utf8)
        case .element(let tag, let attributes, let children):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: tag.name.utf8)
            // Attributes and children are read in place (not copied out of their arrays one by one).
            attributes.withUnsafeBufferPointer { attributes in
                for index in attributes.indices {
                    output.append(UInt8(ascii: " "))
                    output.append(contentsOf: attributes[index].name.name.utf8)
                    output.append(contentsOf: "=\"".utf8)
                    Escaping.write(attributes[index].value, inAttribute: true, to: &output)
                    output.append(UInt8(ascii: "\""))
                }
            }
            switch tag.kind {
            case .void:
                output.append(UInt8(ascii: ">"))
                return
            case .foreign where children.isEmpty:
                output.append(contentsOf: "/>".utf8)
                return
            case .normal, .foreign:
                output.append(UInt8(ascii: ">"))
            }
            var brokeLine = false
            children.withUnsafeBufferPointer { children in
                for index in children.indices {
                    if children[index].startsOnNewLine(inside: tag) {
                        output.append(UInt8(ascii: "\n"))
                        brokeLine = true
                    }
                    children[index].write(to: &output)
                }
            }
            if brokeLine { output.append(UInt8(ascii: "\n")) }
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: tag.name.utf8)
            output.append(UInt8(ascii: ">"))
        }
    }

    private func startsOnNewLine(inside parent: Tag) -> Bool {
        guard case .element(let tag, _, _) = content else { return false }
        return parent.layout == .container || tag.layout != .inline
    }
}
