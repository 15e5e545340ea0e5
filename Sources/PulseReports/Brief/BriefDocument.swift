import Markup

/// A briefing pack as one self-contained, print-first HTML document: cover, cluster summary, one page per
/// school, open challenges, method. It prints to exactly `pack.pageCount` pages on A4 or Letter.
///
///     let html = BriefDocument(pack, paper: .letter).document()
public struct BriefDocument: Sendable {
    public var pack: BriefPack
    public var paper: BriefPaper

    public init(_ pack: BriefPack, paper: BriefPaper = .a4) {
        self.pack = pack
        self.paper = paper
    }

    /// The pages in order, one `section.sheet` each.
    public var sheets: [Node] {
        [BriefCover.sheet(pack), BriefClusterSheet.sheet(pack)]
            + pack.schools.map { BriefSchoolSheet.sheet($0, in: pack) }
            + [BriefChallengesSheet.sheet(pack), BriefMethodSheet.sheet(pack)]
    }

    /// The `<html>` node.
    public func render() -> Node {
        PageShell(
            title: "Briefing pack: \(pack.cluster.name), \(pack.month.longName)", subtitle: pack.programName,
            sections: sheets, css: BriefStyle.css + paper.pageRule
        ).render()
    }

    /// The whole document as text.
    public func document() -> String { render().renderHTMLDocument() }
}
