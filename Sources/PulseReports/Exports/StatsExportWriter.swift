import CSV
import PulseStats

/// Writes the tidy statistics table of `pulse stats` piece by piece: rows are encoded as they are given
/// and handed to `output` in chunks of about `chunkBytes` (or, for large pieces, as they were encoded),
/// so the whole table never sits in memory.
/// The bytes are exactly those of `StatsExport.csv` / `StatsExport.json` for the same rows.
///
///     var writer = StatsExportWriter(format: .csv) { chunk in try handle.write(contentsOf: chunk) }
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
    /// The rows CSV is encoded in at a time, on one core: about 100 kB.
    private static let rowsPerPiece = 1024
    /// The measures of the last block written, and their CSV fields (the same for every block).
    private var measureFields: (measures: [String], fields: StatsCSVEncoder.DelimitedFields)?

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
        try encode(rows, cells: { StatsColumns.cells($0, columns) })
    }

    /// Encodes a block of the contract's figures after those written so far (a writer of `.core`
    /// columns); CSV is encoded a piece of the block's groups at a time on every core, and handed over in
    /// order as the pieces are made (`concurrentStream`), so a block of any size takes a few pieces of
    /// memory.
    public mutating func write(_ block: CoreBlock) throws {
        precondition(columns == .core, "the contract's figures fill the core columns only")
        guard !block.isEmpty else { return }
        if rowsWritten == 0 { start() }
        switch format {
        case .csv:
            if measureFields?.measures != block.measures {
                var encoder = StatsCSVEncoder()
                measureFields = (block.measures, encoder.fieldsAndDelimiters(block.measures))
            }
            let fields = measureFields!.fields
            try concurrentStream(block.groups.count, pieceSize: max(1, Self.rowsPerPiece / block.measures.count)) {
                groups in
                var encoder = StatsCSVEncoder(reservingRows: groups.count * block.measures.count)
                encoder.appendRows(of: block, groups: groups, measureFields: fields)
                return encoder.bytes
            } consume: {
                try append($0)
            }
            rowsWritten += block.count
        case .json:
            for group in block.groups.indices {  // a group's numbers are computed together
                try appendJSON(block.figures(ofGroup: group), cells: StatsColumns.coreCells)
                rowsWritten += block.measures.count
            }
        }
    }

    /// Encodes rows as CSV, a contiguous piece at a time on every core (each piece in its own encoder, the
    /// pieces joined in order: the same bytes as one encoder), or as JSON.
    private mutating func encode(_ rows: [FigureRow], cells: @Sendable (FigureRow) -> [CSVCell]) throws {
        guard !rows.isEmpty else { return }
        if rowsWritten == 0 { start() }
        switch format {
        case .csv:
            try concurrentStream(rows.count, pieceSize: Self.rowsPerPiece) { range in
                var encoder = StatsCSVEncoder(reservingRows: range.count)
                for row in rows[range] { encoder.appendRow(cells(row)) }
                return encoder.bytes
            } consume: {
                try append($0)
            }
        case .json: try appendJSON(rows, cells: cells)
        }
        rowsWritten += rows.count
    }

    private mutating func appendJSON<Rows: Collection>(_ rows: Rows, cells: (Rows.Element) -> [CSVCell]) throws {
        let names = StatsColumns.names(columns)
        for (index, row) in rows.enumerated() {
            pending += Array((rowsWritten == 0 && index == 0 ? "  " : ",\n  ").utf8)
            pending += Array(StatsExport.jsonObject(names: names, cells: cells(row)).utf8)
            if pending.count >= chunkBytes { try flushPending() }
        }
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

    /// Appends an encoded CSV piece, handing over every full chunk.
    /// Gathers encoded rows into chunks of `chunkBytes`; a piece of at least a sixteenth of that (a
    /// `concurrentStream` piece, about 100 kB) is handed over as it is, after what was gathered before it,
    /// rather than copied into a chunk.
    private mutating func append(_ bytes: [UInt8]) throws {
        if bytes.count >= chunkBytes / 16 {
            try flushCSV()
            try output(bytes)
            return
        }
        csv += bytes
        if csv.count >= chunkBytes { try flushCSV() }
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
