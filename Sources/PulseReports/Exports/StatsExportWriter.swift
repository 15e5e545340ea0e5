import CSV
import PulseStats

/// Writes the tidy statistics table of `pulse stats` piece by piece: rows are encoded as they are given
/// and handed to `output` in chunks of about `chunkBytes`, so the whole table never sits in memory.
/// The bytes are exactly those of `StatsExport.csv` / `StatsExport.json` for the same rows.
///
///     var writer = StatsExportWriter(format: .csv) { chunk in handle.write(Data(chunk)) }
///     try StatsTable.analyse(dataset: dataset, fold: fold) { try writer.write($0.rows) }
///     try writer.finish()
public struct StatsExportWriter {
    /// The encodings of the table.
    public enum Format: String, CaseIterable, Sendable {
        case csv, json
    }

    public let format: Format
    public let columns: StatsColumnSelection
    private let chunkBytes: Int
    private let output: ([UInt8]) throws -> Void
    /// CSV rows encoded and not yet handed over.
    private var csv: [UInt8] = []
    /// Bytes not yet handed over: JSON text, or the CSV header.
    private var pending: [UInt8] = []
    private var rowsWritten = 0

    /// A writer that has not written anything yet (the CSV header or the JSON `[` come with the first
    /// `write` or `finish`).
    public init(
        format: Format, columns: StatsColumnSelection = .all, chunkBytes: Int = 1 << 20,
        output: @escaping ([UInt8]) throws -> Void
    ) {
        self.format = format
        self.columns = columns
        self.chunkBytes = max(1, chunkBytes)
        self.output = output
    }

    /// Encodes rows after those written so far; hands over every full chunk.
    public mutating func write(_ rows: [FigureRow]) throws {
        let columns = self.columns
        try write(
            rows, cells: { StatsColumns.cells($0, columns) }, encode: { $0.appendRow(StatsColumns.cells($1, columns)) })
    }

    /// Encodes the contract's figures after those written so far (a writer of `.core` columns).
    public mutating func write(_ rows: [CoreFigures]) throws {
        precondition(columns == .core, "the contract's figures fill the core columns only")
        try write(rows, cells: StatsColumns.coreCells, encode: { $0.appendRow($1) })
    }

    /// Writes rows given by their cells (for JSON) and by how they are encoded as CSV (the same bytes
    /// as their cells).
    private mutating func write<Row: Sendable>(
        _ rows: [Row], cells: @Sendable (Row) -> [CSVCell], encode: @Sendable (inout StatsCSVEncoder, Row) -> Void
    ) throws {
        guard !rows.isEmpty else { return }
        if rowsWritten == 0 { start() }
        switch format {
        case .csv: try writeCSV(rows, encode: encode)
        case .json:
            let names = StatsColumns.names(columns)
            for (index, row) in rows.enumerated() {
                pending += Array((rowsWritten == 0 && index == 0 ? "  " : ",\n  ").utf8)
                pending += Array(StatsExport.jsonObject(names: names, cells: cells(row)).utf8)
                if pending.count >= chunkBytes { try flushPending() }
            }
        }
        rowsWritten += rows.count
    }

    /// Ends the table and hands over the rest. Call once, after the last `write`.
    public mutating func finish() throws {
        if rowsWritten == 0 { start() }
        switch format {
        case .csv: try flushCSV()
        case .json:
            pending += Array((rowsWritten == 0 ? "]\n" : "\n]\n").utf8)
            try flushPending()
        }
    }

    private mutating func start() {
        switch format {
        case .csv:
            var header = CSVWriter()
            header.writeRow(StatsColumns.names(columns))
            pending = header.bytes
        case .json: pending += Array("[\n".utf8)
        }
    }

    /// Encodes rows as CSV, a contiguous piece per chunk on every core (each piece in its own encoder, the
    /// pieces joined in order: the same bytes as one encoder), handing over every full chunk.
    private mutating func writeCSV<Row: Sendable>(
        _ rows: [Row], encode: @Sendable (inout StatsCSVEncoder, Row) -> Void
    ) throws {
        let encoded = concurrentRanges(rows.count) { range in
            var encoder = StatsCSVEncoder(reservingRows: range.count)
            for row in rows[range] { encode(&encoder, row) }
            return encoder.bytes
        }
        for bytes in encoded {
            csv += bytes
            if csv.count >= chunkBytes { try flushCSV() }
        }
    }

    /// Hands over the header (still pending) and the rows encoded so far.
    private mutating func flushCSV() throws {
        if !pending.isEmpty { try flushPending() }
        guard !csv.isEmpty else { return }
        try output(csv)
        csv.removeAll(keepingCapacity: true)
    }

    private mutating func flushPending() throws {
        try output(pending)
        pending.removeAll(keepingCapacity: true)
    }
}
