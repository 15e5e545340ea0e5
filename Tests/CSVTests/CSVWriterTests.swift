import Testing

@testable import CSV

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test func quotesOnlyWhenNeeded() {
        var writer = CSVWriter()
        writer.writeRow(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "semi;colon", ""])
        #expect(writer.string == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",semi;colon,\n")
    }

    @Test func quotesTheChosenDelimiter() {
        var writer = CSVWriter(delimiter: .semicolon)
        writer.writeRow(["a;b", "c,d"])
        #expect(writer.string == "\"a;b\";c,d\n")
    }

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
        ("\rx", "'\rx"), ("'=x", "''=x"), ("''-x", "'''-x"), ("it's", "it's"), ("'quoted'", "'quoted'"),
        ("a=b", "a=b"), ("", ""), ("'", "'"),
    ])
    func neutralisesFormulaTextReversibly(text: String, written: String) {
        #expect(CSVCell.neutralizingFormula(text) == written)
        #expect(CSVCell.restoringFormulaText(written) == text)
    }

    /// `writesVerbatim` is true exactly when the writer's field is the text's own bytes.
    @Test(arguments: [
        "", "S01", "trust_1", "it's", "a=b", "ü 🏫", "=SUM(A1)", "'=x", "+1", "-x", "@me", "\tT", "a,b",
        "say \"hi\"", "two\nlines", "cr\rhere",
    ])
    func writesVerbatimExactlyWhenTheFieldIsTheText(text: String) {
        var writer = CSVWriter()
        writer.writeRow([.text(text), .empty])
        let field = Array(writer.bytes.dropLast(2))
        #expect(writer.writesVerbatim(text) == (field == Array(text.utf8)))
        #expect(
            writer.writesVerbatim(text) == ![
                "=SUM(A1)", "'=x", "+1", "-x", "@me", "\tT", "a,b", "say \"hi\"", "two\nlines", "cr\rhere",
            ].contains(text))
    }

    @Test func writesNumbersAsNumbers() {
        var writer = CSVWriter()
        writer.writeRow([
            .int(-3), .double(-0.5), .double(0.1), .double(1e-7), .double(3), .double(.nan),
            .double(.infinity), .double(nil), .empty, .text("-3"),
        ])
        #expect(writer.string == "-3,-0.5,0.1,1e-07,3.0,,,,,'-3\n")
    }

    @Test func writesALoneEmptyCellSoItIsNotABlankLine() {
        var writer = CSVWriter()
        writer.writeRow(["h"])
        writer.writeRow([.empty])
        writer.writeRow([""])
        #expect(writer.string == "h\n\"\"\n\"\"\n")
        #expect(read(writer.bytes, delimiter: .comma).records == ["1: h", "2: ", "3: "])
    }

    @Test func literalsMakeCells() {
        let cells: [CSVCell] = ["s01", 12, 0.25]
        #expect(cells == [.text("s01"), .int(12), .double(0.25)])
    }

    @Test func takeBytesEmptiesTheWriter() {
        var writer = CSVWriter()
        writer.writeRow(["a"])
        #expect(writer.takeBytes() == Array("a\n".utf8))
        #expect(writer.bytes.isEmpty)
        writer.writeRow(["b"])
        #expect(writer.string == "b\n")
    }

    /// Property: random rows of typed cells, written and read back through `CSVReader`, give the
    /// same values, and no text cell reads back as a formula.
    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")])
    func randomRowsReadBackIdentically(delimiter: UInt8) throws {
        var generator = SplitMix64(seed: 42 &+ UInt64(delimiter))
        let alphabet: [String] = [
            "a", "Z", "0", " ", ",", ";", "\t", "\"", "'", "=", "+", "-", "@", "\r", "\n", "\r\n", "é", "😀", "日",
        ]
        func randomCell() -> CSVCell {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: return .int(Int.random(in: Int.min...Int.max, using: &generator))
            case 1:
                return .double(
                    [Double.nan, .infinity, -.infinity, nil, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
                        .randomElement(using: &generator)!)
            case 2: return .double(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
            case 3: return .empty
            default:
                let length = Int.random(in: 0...8, using: &generator)
                return .text((0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined())
            }
        }
        func expectedText(_ cell: CSVCell) -> String {
            switch cell {
            case .text(let text): text
            case .int(let value): String(value)
            case .double(let value?) where value.isFinite: value.description
            case .double, .empty: ""
            }
        }

        var writer = CSVWriter(delimiter: delimiter)
        var rows: [[CSVCell]] = []
        for _ in 0..<500 {
            let row = (0..<Int.random(in: 1...6, using: &generator)).map { _ in randomCell() }
            rows.append(row)
            writer.writeRow(row)
        }
        for chunkSize in [3, 256 << 10] {
            let reader = CSVReader(bytes: writer.bytes, delimiter: delimiter, chunkSize: chunkSize)
            for row in rows {
                let record = try #require(reader.next())
                #expect(record.issues.isEmpty)
                #expect(record.count == row.count)
                for (index, cell) in row.enumerated() where index < record.count {
                    let read = record.string(index)
                    if case .text = cell {
                        #expect(CSVCell.restoringFormulaText(read) == expectedText(cell))
                        #expect(!"=+-@\t\r".contains(read.first ?? "a"), "formula-safe: \(escaped(read))")
                    } else {
                        #expect(read == expectedText(cell))
                        if case .double(let value?) = cell, value.isFinite { #expect(Double(read) == value) }
                    }
                }
            }
            #expect(reader.next() == nil)
        }
    }
}
