import PulseModel
import PulseStats

/// The monthly pulse dashboard: `index.html` (the program at a glance), a page per cluster for its chair
/// and a page per school, as self-contained HTML files.
///
///     let input = ReportInput(dataset: dataset, table: table, quality: quality, month: Month("2026-08")!)
///     for file in Dashboard(input: input, fold: fold).files() { try write(file.bytes, to: file.path) }
///     try Dashboard(input: input, fold: fold).write { file in try write(file.bytes, to: file.path) }
///
/// The same input gives the same bytes: no clock is read ("today" is `input.asOf`), and a page does not
/// depend on which other pages were made before it or beside it.
public struct Dashboard: Sendable {
    public var input: ReportInput
    /// The fold the input's table was built from (for answer distributions).
    public var fold: PulseFold

    public init(input: ReportInput, fold: PulseFold) {
        self.input = input
        self.fold = fold
    }

    /// Every page: the index, then clusters and schools in dataset order.
    public func files() -> [ReportFile] {
        let pages = DashboardPages(input: input, fold: fold)
        return (0..<pages.count).map(pages.render)
    }

    /// Makes every page on every core and hands each to `write` as soon as it is made, so only the pages
    /// in the making are held at once. The pages are those of `files()`; the order in which `write` gets
    /// them is not fixed. Returns the number of pages.
    ///
    /// - Throws: the first error `write` threw (in page order); the other pages are still written.
    @discardableResult
    public func write(_ write: @Sendable (ReportFile) throws -> Void) throws -> Int {
        let pages = DashboardPages(input: input, fold: fold)
        let failures = concurrentMap(pages.count) { index -> (any Error)? in
            do {
                try write(pages.render(index))
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        return pages.count
    }
}
