import CSV
import Foundation
import PulseModel
import PulseStats
import Testing

@testable import PulseReports

@Suite("Exports: stats written in pieces")
struct StatsExportWriterTests {
    /// Two months of three schools (one with a formula-like id and one too small to show), with roles.
    static let input: (dataset: Dataset, fold: PulseFold) = {
        let instrument = Instrument(items: [
            Item(id: "t1", dimension: "trust", text: "T1"),
            Item(id: "t2", dimension: "trust", text: "T2", reverse: true),
            Item(id: "c1", dimension: "clarity", text: "C1"),
        ])
        let schoolIDs = ["=S1", "S2", "S,3"]
        let dataset = Dataset(
            program: Program(name: "P", startMonth: Month(year: 2026, month: 2), minGroupSize: 5),
            clusters: [Cluster(id: "C1", name: "C1")],
            schools: schoolIDs.map {
                School(id: $0, name: $0, clusterID: "C1", level: .elementary, staffCount: 30)
            },
            instrument: instrument)
        var fold = PulseFold(instrument: instrument)
        var state: UInt64 = 5
        for index in 0..<160 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let school = index % 16 == 0 ? 2 : index % 2
            fold.add(
                Response(
                    id: "r\(index)", submitted: Day(year: 2026, month: 2 + index % 3, day: 3)!, schoolIndex: school,
                    role: index % 5 == 0 ? "leader" : "teacher",
                    answers: (0..<3).map { Int8(truncatingIfNeeded: (state >> (33 + 3 * $0)) % 6) }, comment: ""))
        }
        return (dataset, fold)
    }()

    static let options = AnalysisOptions(suppression: .primaryOnly)
    static let table = StatsTable(dataset: input.dataset, fold: input.fold, options: options)

    /// Rows of the whole table as blocks of the contract's figures, a period's groups in each (as
    /// `StatsTable.analyseCore` hands them over with blocks of a month).
    static func coreBlocks(_ rows: [FigureRow], measures: Int) -> [CoreBlock] {
        Dictionary(grouping: rows, by: \.period).sorted { $0.key < $1.key }.map { period, rows in
            CoreBlock(
                period: period, groups: stride(from: 0, to: rows.count, by: measures).map { rows[$0].group },
                measures: rows.prefix(measures).map(\.measure),
                numbers: rows.map(CoreFigures.init).map {
                    CoreBlock.Numbers(
                        n: $0.n, mean: $0.mean, sd: $0.sd, favorablePercent: $0.favorablePercent,
                        isSuppressed: $0.isSuppressed)
                })
        }
    }

    /// The table as one buffer, encoded cell by cell with `CSVWriter`.
    static var wholeCSV: [UInt8] {
        var writer = CSVWriter()
        writer.writeRow(StatsColumns.names)
        for row in table.rows { writer.writeRow(StatsColumns.cells(row)) }
        return writer.bytes
    }

    func pieces(_ format: StatsExportWriter.Format, chunkBytes: Int, rowsPerWrite: Int) throws -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        var writer = StatsExportWriter(format: format, chunkBytes: chunkBytes) { chunks.append($0) }
        var rows = Self.table.rows[...]
        while !rows.isEmpty {
            try writer.write(Array(rows.prefix(rowsPerWrite)))
            rows = rows.dropFirst(rowsPerWrite)
        }
        try writer.finish()
        return chunks
    }

    /// The contract's figures written alone give the bytes of the full rows' core columns, given as
    /// numbers or computed from the fold's cells by `StatsTable.analyseCore`.
    @Test func coreFiguresWriteTheCoreColumnsOfTheFullRows() throws {
        for format in StatsExportWriter.Format.allCases {
            var fromRows: [UInt8] = []
            var fromFigures: [UInt8] = []
            var fromBlocks: [UInt8] = []
            var rowsWriter = StatsExportWriter(format: format, columns: .core, chunkBytes: 100) { fromRows += $0 }
            var figuresWriter = StatsExportWriter(format: format, columns: .core, chunkBytes: 100) { fromFigures += $0 }
            var analysedWriter = StatsExportWriter(format: format, columns: .core, chunkBytes: 100) { fromBlocks += $0 }
            try rowsWriter.write(Self.table.rows)
            for block in Self.coreBlocks(Self.table.rows, measures: Self.table.measures.count) {
                try figuresWriter.write(block)
            }
            // Blocks of two groups computed from the fold as the writer asks, on every core.
            var options = Self.options
            options.groupsPerBlock = 2
            try StatsTable.analyseCore(dataset: Self.input.dataset, fold: Self.input.fold, options: options) { block in
                try analysedWriter.write(block)
            }
            try analysedWriter.finish()
            try rowsWriter.finish()
            try figuresWriter.finish()
            #expect(fromFigures == fromRows && !fromRows.isEmpty)
            #expect(fromBlocks == fromRows)
        }
    }

    /// One write of more rows than a piece is encoded on several cores and joined in order: the bytes
    /// of one `CSVWriter`.
    @Test func aLargeWriteIsEncodedInPiecesToTheSameBytes() throws {
        let rows = Array(repeatElement(Self.table.rows, count: 2_000 / Self.table.rows.count + 1).joined())
        #expect(rows.count > 3 * 512)
        var expected = CSVWriter()
        expected.writeRow(StatsColumns.names)
        for row in rows { expected.writeRow(StatsColumns.cells(row)) }
        var bytes: [UInt8] = []
        var writer = StatsExportWriter(format: .csv) { bytes += $0 }
        try writer.write(rows)
        try writer.finish()
        #expect(bytes == expected.bytes)
    }

    /// A core block of many more rows than a piece is encoded on every core and handed over piece after
    /// piece, in order: the bytes of the same rows written as full rows. An output that fails stops the
    /// write with its error, and is not called again.
    @Test func aLargeCoreBlockIsStreamedInPiecesToTheSameBytes() throws {
        let march = Self.table.rows.filter { $0.period == Self.table.rows[0].period }
        let rows = Array(repeatElement(march, count: 5_000 / march.count + 1).joined())
        let blocks = Self.coreBlocks(rows, measures: Self.table.measures.count)
        #expect(blocks.count == 1 && blocks[0].count == rows.count && rows.count > 4 * 1024)
        var expected: [UInt8] = []
        var rowsWriter = StatsExportWriter(format: .csv, columns: .core) { expected += $0 }
        try rowsWriter.write(rows)
        try rowsWriter.finish()
        var streamed: [[UInt8]] = []
        var blockWriter = StatsExportWriter(format: .csv, columns: .core, chunkBytes: 4096) { streamed.append($0) }
        try blockWriter.write(blocks[0])
        try blockWriter.finish()
        #expect(Array(streamed.joined()) == expected && streamed.count >= 5)

        struct Full: Error {}
        var calls = 0
        var failing = StatsExportWriter(format: .csv, columns: .core, chunkBytes: 4096) { _ in
            calls += 1
            throw Full()
        }
        #expect(throws: Full.self) { try failing.write(blocks[0]) }
        #expect(calls == 1)
    }

    /// A piece of at least a sixteenth of a chunk (as `concurrentStream` encodes them) is handed over as it
    /// is, not gathered (copied) into a chunk: the same bytes, in chunks smaller than `chunkBytes`.
    @Test func largePiecesAreHandedOverAsTheyAre() throws {
        let march = Self.table.rows.filter { $0.period == Self.table.rows[0].period }
        let rows = Array(repeatElement(march, count: 20_000 / march.count + 1).joined())
        let block = Self.coreBlocks(rows, measures: Self.table.measures.count)[0]
        var expected: [UInt8] = []
        var rowsWriter = StatsExportWriter(format: .csv, columns: .core) { expected += $0 }
        try rowsWriter.write(rows)
        try rowsWriter.finish()
        let chunkBytes = 256 << 10
        var streamed: [[UInt8]] = []
        var blockWriter = StatsExportWriter(format: .csv, columns: .core, chunkBytes: chunkBytes) {
            streamed.append($0)
        }
        try blockWriter.write(block)
        try blockWriter.finish()
        #expect(Array(streamed.joined()) == expected && expected.count > 2 * chunkBytes)
        #expect(streamed.count > 3 && streamed.dropLast().allSatisfy { $0.count < chunkBytes })
    }

    /// `--columns core` writes the contract's nine columns: the first nine of the whole table, row for
    /// row, in CSV and in JSON.
    @Test func coreColumnsAreTheFirstNineOfTheTable() throws {
        for format in StatsExportWriter.Format.allCases {
            var all: [UInt8] = []
            var core: [UInt8] = []
            var wholeWriter = StatsExportWriter(format: format, chunkBytes: 100) { all += $0 }
            var coreWriter = StatsExportWriter(format: format, columns: .core, chunkBytes: 100) { core += $0 }
            try wholeWriter.write(Self.table.rows)
            try coreWriter.write(Self.table.rows)
            try wholeWriter.finish()
            try coreWriter.finish()
            switch format {
            case .csv:
                func cells(_ bytes: [UInt8]) -> [[String]] {
                    let reader = CSVReader(bytes: bytes)
                    return Array(sequence(state: reader) { $0.next() }.map(\.strings))
                }
                let allCells = cells(all)
                let coreCells = cells(core)
                #expect(
                    coreCells.first == [
                        "period", "level", "group", "measure", "n", "mean", "sd", "favorable_pct", "suppressed",
                    ])
                #expect(coreCells == allCells.map { Array($0.prefix(9)) })
            case .json:
                let allObjects = try #require(try JSONSerialization.jsonObject(with: Data(all)) as? [[String: Any]])
                let coreObjects = try #require(try JSONSerialization.jsonObject(with: Data(core)) as? [[String: Any]])
                #expect(coreObjects.count == allObjects.count && coreObjects.allSatisfy { $0.count == 9 })
                for (c, a) in zip(coreObjects, allObjects) {
                    #expect(NSDictionary(dictionary: c) == NSDictionary(dictionary: a.filter { c[$0.key] != nil }))
                }
            }
        }
    }

    @Test(arguments: [(64, 1), (1000, 7), (1 << 20, 1000)])
    func csvPiecesJoinToTheWholeTable(chunkBytes: Int, rowsPerWrite: Int) throws {
        let chunks = try pieces(.csv, chunkBytes: chunkBytes, rowsPerWrite: rowsPerWrite)
        #expect(Array(chunks.joined()) == Self.wholeCSV)
        #expect(StatsExport.csv(Self.table.rows) == Self.wholeCSV)
        if chunkBytes == 64 { #expect(chunks.count > 10 && chunks.dropLast().allSatisfy { $0.count < 64 + 1000 }) }
        #expect(Self.table.rows.contains { $0.group.group == "=S1" } && Self.table.rows.contains { $0.n < 5 })
    }

    @Test func jsonPiecesJoinToOneValidArray() throws {
        let joined = Array(try pieces(.json, chunkBytes: 100, rowsPerWrite: 3).joined())
        #expect(joined == StatsExport.json(Self.table.rows))
        let text = String(decoding: joined, as: UTF8.self)
        #expect(text.hasPrefix("[\n  {\"period\": ") && text.hasSuffix("}\n]\n"))
        #expect(text.components(separatedBy: "},\n  {").count == Self.table.rows.count)
    }

    @Test func anEmptyTableIsAHeaderOrAnEmptyArray() throws {
        for (format, expected) in [(StatsExportWriter.Format.csv, wholeHeader), (.json, Array("[\n]\n".utf8))] {
            var bytes: [UInt8] = []
            var writer = StatsExportWriter(format: format) { bytes += $0 }
            try writer.write([FigureRow]())
            try writer.finish()
            #expect(bytes == expected)
        }
        #expect(StatsExport.json([]) == Array("[\n]\n".utf8))
    }

    var wholeHeader: [UInt8] {
        var writer = CSVWriter()
        writer.writeRow(StatsColumns.names)
        return writer.bytes
    }
}

@Suite("Exports: stats CSV encoder")
struct StatsCSVEncoderTests {
    /// The encoder's bytes are CSVWriter's, for awkward numbers and texts alike.
    @Test func everyCellIsEncodedAsCSVWriterDoes() {
        let doubles: [Double?] = [
            nil, 0, -0.0, 0.1 + 0.2, 1 / 3, 3.8123456789012345, 1e-05, 1e16, 123_456_789.125, -2.5e300,
            .leastNonzeroMagnitude, .greatestFiniteMagnitude, .nan, .infinity, -.infinity,
        ]
        let texts = ["", "S01", "=SUM(A1)", "+1", "-x", "@me", "a,b", "say \"hi\"", "two\nlines", "ü 🏫", "\tT"]
        var rows: [[CSVCell]] = doubles.map { [.double($0), .int(-42), .empty] }
        rows += texts.map { [.text($0), .text($0), .int(Int.max)] }
        rows.append([.int(0), .int(Int.min), .int(7), .int(-1_000_000)])
        rows.append(texts.map(CSVCell.text))
        var encoder = StatsCSVEncoder()
        var writer = CSVWriter()
        for _ in 0..<2 {  // the second time from the remembered texts
            for row in rows {
                encoder.appendRow(row)
                writer.writeRow(row)
            }
        }
        #expect(encoder.bytes == writer.bytes)
    }

    /// The rows of a block of the contract's figures are encoded as their nine cells are, awkward texts
    /// and numbers too, whether the block's groups are encoded in one range or in several.
    @Test func coreBlocksAreEncodedAsTheirCells() throws {
        let march = try #require(Month("2026-03"))
        let groups = [
            GroupKey(level: .program, group: GroupKey.programID), GroupKey(level: .cluster, group: "=C1"),
            GroupKey(level: .school, group: "a,b"), GroupKey(level: .school, group: "S01"),
        ]
        let measures = ["trust", "-x", "say \"hi\""]
        let values: [Double?] = [nil, 0, 1 / 3, 1e-05, .nan, 4.25]
        let numbers = (0..<groups.count * measures.count).map { row in
            let value = values[row % values.count]
            return CoreBlock.Numbers(
                n: row * 7, mean: value, sd: values[(row + 1) % values.count], favorablePercent: value.map { $0 * 100 },
                isSuppressed: value == nil)
        }
        let block = CoreBlock(period: march, groups: groups, measures: measures, numbers: numbers)
        var encoder = StatsCSVEncoder()
        var pieces = StatsCSVEncoder()
        var cellEncoder = StatsCSVEncoder()
        var fieldEncoder = StatsCSVEncoder()
        let fields = fieldEncoder.fieldsAndDelimiters(measures)
        for _ in 0..<2 {
            encoder.appendRows(of: block, groups: 0..<groups.count, measureFields: fields)
            pieces.appendRows(of: block, groups: 0..<1, measureFields: fields)
            pieces.appendRows(of: block, groups: 1..<3, measureFields: fields)
            pieces.appendRows(of: block, groups: 3..<4, measureFields: fields)
            for row in block { cellEncoder.appendRow(StatsColumns.coreCells(row)) }
        }
        #expect(encoder.bytes == cellEncoder.bytes)
        #expect(pieces.bytes == cellEncoder.bytes)
        #expect(block.count == 12 && block[4].group == groups[1] && block[4].measure == "-x" && block[4].n == 28)
        #expect(String(decoding: encoder.bytes, as: UTF8.self).contains("2026-03,cluster,'=C1,'-x,28,,4.25,,0\n"))
    }
}
