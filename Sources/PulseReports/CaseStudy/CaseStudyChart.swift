import Markup

/// One chart of a case study in its three forms: the figure on `index.html`, the standalone `.svg` for
/// slides and the numbers behind it as formula-safe `.csv`.
public struct CaseStudyChart: Sendable {
    /// The file stem (a slug, unique in the folder).
    public var name: String
    public var title: String
    /// The figure for the page (chart, takeaway, notes, table).
    public var figure: Node
    /// The `<svg>` element drawn in the figure.
    public var svg: Node
    /// The CSV text.
    public var csv: String
}
