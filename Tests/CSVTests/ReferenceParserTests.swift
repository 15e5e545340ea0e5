import Testing

@testable import CSV

/// A record as the reference parser sees it.
struct ReferenceRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [[UInt8]] = []
    var fieldLines: [Int] = []
    var rejected = false

    var description: String {
        "\(line): " + fields.map { escaped(String(decoding: $0, as: UTF8.self)) }.joined(separator: "|")
            + " @\(fieldLines)" + (rejected ? " !" : "")
    }

    init(line: Int) {
        self.line = line
    }

    init(_ record: CSVRecord) {
        line = record.line
        fields = (0..<record.count).map { i in record.withBytes(i) { Array($0) } }
        fieldLines = (0..<record.count).map { record.position($0).line }
        rejected = record.isRejected
    }
}

/// An obviously-correct CSV parser over a whole array, byte by byte, with the same rules as
/// ``CSVReader``: blank lines skipped, quotes only at a field's start, stray quotes kept, and an
/// unterminated quote resynchronised at the line after the one where its record started.
func referenceParse(_ input: [UInt8], delimiter: UInt8) -> [ReferenceRecord] {
    let quote = UInt8(ascii: "\"")
    func isBreak(_ index: Int) -> Bool { input[index] == 10 || input[index] == 13 }
    func afterBreak(_ index: Int) -> Int {
        input[index] == 13 && index + 1 < input.count && input[index + 1] == 10 ? index + 2 : index + 1
    }

    var records: [ReferenceRecord] = []
    var i = 0
    var line = 1
    while i < input.count {
        if isBreak(i) {
            i = afterBreak(i)
            line += 1
            continue
        }
        let recordStart = i
        var record = ReferenceRecord(line: line)
        var firstLine: ReferenceRecord?  // the record cut at its first line break
        var broken = false
        while true {
            var field: [UInt8] = []
            let fieldLine = line
            if i < input.count && input[i] == quote {
                i += 1
                var closed = false
                while i < input.count && !closed {
                    if input[i] == quote && i + 1 < input.count && input[i + 1] == quote {
                        field.append(quote)
                        i += 2
                    } else if input[i] == quote {
                        closed = true
                        i += 1
                    } else if isBreak(i) {
                        if firstLine == nil {
                            firstLine = record
                            firstLine!.fields.append(field)
                            firstLine!.fieldLines.append(fieldLine)
                        }
                        let next = afterBreak(i)
                        field += input[i..<next]
                        i = next
                        line += 1
                    } else {
                        field.append(input[i])
                        i += 1
                    }
                }
                let junkFollows = i < input.count && input[i] != delimiter && !isBreak(i)
                if !closed || (junkFollows && firstLine != nil) {
                    if firstLine == nil {
                        record.fields.append(field)
                        record.fieldLines.append(fieldLine)
                    }
                    broken = true
                    break
                }
            }
            while i < input.count && input[i] != delimiter && !isBreak(i) {
                field.append(input[i])
                i += 1
            }
            record.fields.append(field)
            record.fieldLines.append(fieldLine)
            if i < input.count && input[i] == delimiter {
                i += 1
                continue
            }
            if i < input.count {
                i = afterBreak(i)
                line += 1
            }
            break
        }
        if broken, var cut = firstLine {
            cut.rejected = true
            records.append(cut)
            var end = recordStart
            while !isBreak(end) { end += 1 }
            i = afterBreak(end)
            line = record.line + 1
            continue
        }
        record.rejected =
            broken || record.fields.contains { $0.contains(0) || String(validating: $0, as: UTF8.self) == nil }
        records.append(record)
    }
    return records
}

@Suite("CSVReader against a reference parser")
struct ReferenceParserTests {
    /// Pieces random inputs are made of, chosen to hit every rule: quotes, doubled quotes, every
    /// line end, both delimiters, multi-byte and invalid UTF-8, NUL.
    static let pieces: [[UInt8]] = [
        [0x61], [0x62], [0x20], [0x2C], [0x2C], [0x3B], [0x22], [0x22], [0x22, 0x22], [0x0A], [0x0A], [0x0D],
        [0x0D, 0x0A], [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80], [0xFF], [0x00],
    ]

    static func randomInput(_ generator: inout SplitMix64) -> [UInt8] {
        let count = Int.random(in: 0...40, using: &generator)
        return (0..<count).flatMap { _ in pieces.randomElement(using: &generator)! }
    }

    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";")])
    func agreesOnRandomInputs(delimiter: UInt8) {
        var generator = SplitMix64(seed: UInt64(delimiter))
        for _ in 0..<3000 {
            let input = Self.randomInput(&generator)
            let expected = referenceParse(input, delimiter: delimiter)
            for chunkSize in [1, 2, 5, 256 << 10] {
                let reader = CSVReader(bytes: input, delimiter: delimiter, chunkSize: chunkSize)
                var actual: [ReferenceRecord] = []
                while let record = reader.next() { actual.append(ReferenceRecord(record)) }
                #expect(actual == expected, "input \(input.map { String($0, radix: 16) }) in chunks of \(chunkSize)")
                if actual != expected { return }
            }
        }
    }

    @Test func referenceParserFollowsTheDocumentedRules() {
        let records = referenceParse(Array("a,\"b\nc\",d\n\"x\ny\"z\nw".utf8), delimiter: .comma)
        #expect(records.map(\.description) == ["1: a|b\\nc|d @[1, 1, 2]", "3: x @[3] !", "4: y\"z @[4]", "5: w @[5]"])
    }
}
