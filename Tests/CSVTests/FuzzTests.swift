import Testing

@testable import CSV

@Suite("CSVReader on random bytes")
struct FuzzTests {
    /// Random bytes of every value, some behind a byte-order mark, read with a small field limit:
    /// the reader must not trap, its positions must be consistent, and what it reads must not
    /// depend on the chunk size (this covers the field limit and the too-long-to-re-read path).
    @Test func randomBytesAreReadConsistentlyInAnyChunks() {
        var generator = SplitMix64(seed: 2026)
        let prefixes: [[UInt8]] = [[], [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
        let likely: [UInt8] = [0x22, 0x22, 0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x61, 0x00, 0xC3, 0xA9, 0xD8, 0xDC]
        for _ in 0..<2000 {
            let body = (0..<Int.random(in: 0...48, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? likely.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let input = prefixes.randomElement(using: &generator)! + body
            let limit = Int.random(in: 1...12, using: &generator)
            let whole = read(input, maximumFieldBytes: limit)
            for chunkSize in [1, 3] {
                #expect(read(input, maximumFieldBytes: limit, chunkSize: chunkSize) == whole, "input \(input)")
            }
            checkPositions(CSVReader(bytes: input, maximumFieldBytes: limit), input: input)
        }
    }

    private func checkPositions(_ reader: CSVReader, input: [UInt8]) {
        var previousLine = 0
        while let record = reader.next() {
            #expect(record.line > previousLine, "records start on increasing lines: \(input)")
            previousLine = record.line
            var fieldLine = record.line
            for i in 0..<record.count {
                #expect(record.position(i).line >= fieldLine)
                #expect(record.position(i).column == i + 1)
                #expect(record.byteCount(i) <= reader.maximumFieldBytes)
                fieldLine = record.position(i).line
            }
            #expect(record.isRejected == record.issues.contains { $0.severity == .error })
        }
        #expect(reader.physicalLines >= previousLine)
    }
}
